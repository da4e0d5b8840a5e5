using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace WorkPlanSite.Model;

/// <summary>
/// A short fingerprint of a content file's text, used to notice that an original changed after it was translated.
/// It is computed on the text as read (line endings normalised, byte-order mark removed), so that saving a file
/// with other line endings does not make its translations outdated.
/// </summary>
internal static class ContentFingerprint
{
    /// <summary>Number of hexadecimal digits kept: short enough to copy by hand, long enough not to collide by chance.</summary>
    public const int Length = 8;

    /// <summary>The fingerprint of <paramref name="text"/>: the first <see cref="Length"/> hex digits of its SHA-256.</summary>
    public static string Of(string text)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes)), hash);
            return Convert.ToHexStringLower(hash[..(Length / 2)]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
