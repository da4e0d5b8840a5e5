using System.Collections.Frozen;

namespace WorkPlanSite.Rendering;

/// <summary>
/// Which link addresses content may use, read as a browser reads them: a path or fragment, <c>http</c>,
/// <c>https</c>, <c>mailto</c> and <c>tel</c>, and for images only an inline raster picture (<c>data:image/png</c>…).
/// <see cref="ContentHtmlSanitizer"/> applies the same rule to raw HTML; this is the quick check of Markdown links
/// that lets a text without raw HTML skip the sanitizer, and tells content links from addresses.
/// </summary>
public static class UrlScheme
{
    private static readonly FrozenSet<string> SafeSchemes = new[] { "http", "https", "mailto", "tel" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ImageDataTypes =
        new[] { "data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp", "data:image/avif" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What a browser strips from both ends of an address: spaces and C0 control characters.</summary>
    private static readonly char[] Trimmed = [.. " \0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"];

    /// <summary>The schemes content may link to, besides paths and fragments.</summary>
    public static IReadOnlySet<string> Safe => SafeSchemes;

    /// <summary>True for a URL without scheme (a path or fragment), with a harmless scheme, or, for an image, an inline raster picture.</summary>
    public static bool IsSafe(string value, bool image)
    {
        var scheme = Of(value);
        if (scheme.Length == 0 || SafeSchemes.Contains(scheme))
        {
            return true;
        }

        return image && scheme == "data" && IsInlineRasterImage(value);
    }

    /// <summary>True for a <c>data:</c> URL holding a PNG, JPEG, GIF, WebP or AVIF picture (never SVG, which can hold scripts).</summary>
    public static bool IsInlineRasterImage(string value)
    {
        var normalized = Normalize(value);
        var type = normalized.Split([';', ','], 2)[0].ToLowerInvariant();
        return ImageDataTypes.Contains(type);
    }

    /// <summary>
    /// The scheme of a URL as a browser reads it: leading and trailing spaces and control characters and every
    /// tab or line break removed first (so that <c>"jav&#9;ascript:"</c> is seen as <c>javascript:</c>); empty when
    /// there is none, <c>invalid</c> when what stands before the colon is no scheme a browser would accept.
    /// </summary>
    public static string Of(string value)
    {
        var normalized = Normalize(value);
        var colon = normalized.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return "";
        }

        var scheme = normalized[..colon];
        var slash = normalized.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon)
        {
            return "";
        }

        return char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            ? scheme.ToLowerInvariant()
            // Not a valid scheme, so not a relative path a browser would accept either: treat it as an unknown scheme.
            : "invalid";
    }

    private static string Normalize(string value) =>
        value.Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal)
            .Trim(Trimmed);
}
