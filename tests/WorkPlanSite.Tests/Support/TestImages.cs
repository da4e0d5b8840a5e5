using System.Buffers.Binary;
using System.Text;

namespace WorkPlanSite.Tests.Support;

/// <summary>Tiny image files made in code, each with the header of its format and the given width and height.</summary>
internal static class TestImages
{
    public static byte[] Png(int width, int height)
    {
        var bytes = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
        bytes.AddRange("IHDR"u8.ToArray());
        bytes.AddRange(BigEndian32(width));
        bytes.AddRange(BigEndian32(height));
        bytes.AddRange([8, 2, 0, 0, 0, 0, 0, 0, 0]); // bit depth, colour type, methods, CRC (not read)
        bytes.AddRange([0, 0, 0, 0, .. "IEND"u8.ToArray(), 0xAE, 0x42, 0x60, 0x82]);
        return [.. bytes];
    }

    public static byte[] Gif(int width, int height) =>
        [.. "GIF89a"u8.ToArray(), .. LittleEndian16(width), .. LittleEndian16(height), 0, 0, 0, 0x3B];

    /// <summary>A baseline JPEG: SOI, a JFIF APP0 segment, then a start-of-frame with the height before the width.</summary>
    public static byte[] Jpeg(int width, int height, int exifPadding = 0)
    {
        List<byte> bytes = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF\0"u8.ToArray(), 1, 1, 0, 0, 1, 0, 1, 0, 0];
        while (exifPadding > 0)
        {
            // APP1 blocks before the frame, as cameras write their EXIF data (at most 64 kB each).
            var block = Math.Min(exifPadding, 60_000);
            bytes.AddRange([0xFF, 0xE1, .. BigEndian16(block + 2)]);
            bytes.AddRange(new byte[block]);
            exifPadding -= block;
        }

        bytes.AddRange([0xFF, 0xC0, 0, 17, 8, .. BigEndian16(height), .. BigEndian16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        bytes.AddRange([0xFF, 0xD9]);
        return [.. bytes];
    }

    /// <summary>A WebP file of the given kind: "VP8 " (lossy), "VP8L" (lossless) or "VP8X" (extended).</summary>
    public static byte[] WebP(string kind, int width, int height)
    {
        byte[] chunk = kind switch
        {
            "VP8 " => [0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A, .. LittleEndian16(width), .. LittleEndian16(height), 0, 0],
            "VP8L" => [0x2F, .. LittleEndian32((width - 1) | ((height - 1) << 14)), 0, 0, 0, 0, 0],
            _ => [0, 0, 0, 0, .. LittleEndian24(width - 1), .. LittleEndian24(height - 1)],
        };
        return [.. "RIFF"u8.ToArray(), .. LittleEndian32(4 + 8 + chunk.Length), .. "WEBP"u8.ToArray(), .. Encoding.ASCII.GetBytes(kind), .. LittleEndian32(chunk.Length), .. chunk];
    }

    public static byte[] Svg(string rootAttributes) =>
        Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" {rootAttributes}><rect width=\"10\" height=\"10\"/></svg>\n");

    private static byte[] BigEndian32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] BigEndian16(int value) => [(byte)(value >> 8), (byte)value];

    private static byte[] LittleEndian16(int value) => [(byte)value, (byte)(value >> 8)];

    private static byte[] LittleEndian24(int value) => [(byte)value, (byte)(value >> 8), (byte)(value >> 16)];

    private static byte[] LittleEndian32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }
}
