using System.Buffers.Binary;
using System.Globalization;
using System.Xml;

namespace WorkPlanSite.Attachments;

/// <summary>
/// Reads an image's width and height from the first bytes of its file (PNG, JPEG, GIF, WebP) or from the root
/// element of an SVG, so that pages can reserve the image's place before it loads. Only the header is read, never
/// the pixels; a file that is not what its name says gives null.
/// </summary>
internal static class ImageHeader
{
    // Enough for every header read here; a JPEG with a large EXIF block before its frame header is scanned further.
    private const int HeaderBytes = 64 * 1024;

    /// <summary>The file extensions whose dimensions are read (lower case, without the dot).</summary>
    public static readonly IReadOnlySet<string> Readable = new HashSet<string>(["png", "jpg", "jpeg", "gif", "webp", "svg"], StringComparer.Ordinal);

    /// <summary>The dimensions of the image at <paramref name="path"/>, read by its extension; null when they cannot be read.</summary>
    public static PixelSize? Read(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        try
        {
            if (extension == "svg")
            {
                return Svg(path);
            }

            if (!Readable.Contains(extension))
            {
                return null;
            }

            using var stream = File.OpenRead(path);
            var buffer = new byte[(int)Math.Min(HeaderBytes, stream.Length)];
            stream.ReadExactly(buffer);
            var header = (ReadOnlySpan<byte>)buffer;
            PixelSize? size = extension switch
            {
                "png" => Png(header),
                "gif" => Gif(header),
                "webp" => WebP(header),
                _ => Jpeg(header, stream),
            };
            return size is { Width: > 0, Height: > 0 } ? size : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or XmlException or EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>PNG: the signature, then the IHDR chunk with width and height as 32-bit big-endian integers.</summary>
    internal static PixelSize? Png(ReadOnlySpan<byte> data) =>
        data.Length >= 24 && data[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) && data[12..16].SequenceEqual("IHDR"u8)
            ? Checked(BinaryPrimitives.ReadUInt32BigEndian(data[16..]), BinaryPrimitives.ReadUInt32BigEndian(data[20..]))
            : null;

    /// <summary>GIF: "GIF87a" or "GIF89a", then the logical screen's width and height as 16-bit little-endian integers.</summary>
    internal static PixelSize? Gif(ReadOnlySpan<byte> data) =>
        data.Length >= 10 && (data[..6].SequenceEqual("GIF87a"u8) || data[..6].SequenceEqual("GIF89a"u8))
            ? new PixelSize(BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..]))
            : null;

    /// <summary>WebP: a RIFF container whose first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended).</summary>
    internal static PixelSize? WebP(ReadOnlySpan<byte> data)
    {
        if (data.Length < 30 || !data[..4].SequenceEqual("RIFF"u8) || !data[8..12].SequenceEqual("WEBP"u8))
        {
            return null;
        }

        var chunk = data[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // After the frame tag (3 bytes) and the start code 9D 01 2A: 14 bits of width, 14 of height.
            return data[23] == 0x9D && data[24] == 0x01 && data[25] == 0x2A
                ? new PixelSize(BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF)
                : null;
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            // The signature byte 2F, then width - 1 and height - 1 in 14 bits each.
            if (data[20] != 0x2F)
            {
                return null;
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return new PixelSize((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            // Flags (4 bytes), then canvas width - 1 and height - 1 in 24 bits each.
            return new PixelSize(Uint24(data[24..]) + 1, Uint24(data[27..]) + 1);
        }

        return null;
    }

    /// <summary>JPEG: the markers after SOI up to a start-of-frame, whose header holds the height then the width.</summary>
    internal static PixelSize? Jpeg(ReadOnlySpan<byte> data, Stream? rest = null)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            return null;
        }

        // A large EXIF or ICC block may push the frame header past the bytes read first: read the whole file then.
        if (rest is not null && rest.Length > data.Length)
        {
            var all = new byte[rest.Length];
            rest.Position = 0;
            rest.ReadExactly(all);
            data = all;
        }

        var at = 2;
        while (at + 4 <= data.Length)
        {
            if (data[at] != 0xFF)
            {
                return null;
            }

            var marker = data[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += 2; // markers without a length
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]);
            var isFrame = marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);
            if (isFrame)
            {
                return at + 9 <= data.Length
                    ? new PixelSize(BinaryPrimitives.ReadUInt16BigEndian(data[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(at + 5)..]))
                    : null;
            }

            if (marker == 0xD9 || length < 2)
            {
                return null;
            }

            at += 2 + length;
        }

        return null;
    }

    /// <summary>
    /// SVG: the root element's <c>width</c> and <c>height</c> when they are lengths in pixels (or without a unit),
    /// else its <c>viewBox</c>'s, which is the size a browser gives an SVG image without them.
    /// </summary>
    internal static PixelSize? Svg(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(path, settings);
        if (!reader.ReadToFollowing("svg", "http://www.w3.org/2000/svg"))
        {
            return null;
        }

        var width = Pixels(reader.GetAttribute("width"));
        var height = Pixels(reader.GetAttribute("height"));
        var box = reader.GetAttribute("viewBox")?.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        double? boxWidth = null;
        double? boxHeight = null;
        if (box is { Length: 4 }
            && double.TryParse(box[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
            && double.TryParse(box[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var h) && w > 0 && h > 0)
        {
            (boxWidth, boxHeight) = (w, h);
        }

        // One length given: the other follows the view box's proportions, as a browser draws it.
        (width, height) = (width, height, boxWidth, boxHeight) switch
        {
            ({ } x, null, { } bw, { } bh) => (x, x * bh / bw),
            (null, { } y, { } bw, { } bh) => (y * bw / bh, y),
            (null, null, { } bw, { } bh) => (bw, bh),
            _ => (width, height),
        };
        return width is { } fw && height is { } fh ? Checked(Math.Round(fw), Math.Round(fh)) : null;
    }

    private static double? Pixels(string? length)
    {
        var text = length?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.EndsWith("px", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
    }

    private static int Uint24(ReadOnlySpan<byte> data) => data[0] | (data[1] << 8) | (data[2] << 16);

    private static PixelSize? Checked(double width, double height) =>
        width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue ? new PixelSize((int)width, (int)height) : null;
}
