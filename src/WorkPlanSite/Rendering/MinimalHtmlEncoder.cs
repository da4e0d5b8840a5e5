using System.Text.Encodings.Web;

namespace WorkPlanSite.Rendering;

/// <summary>
/// Escapes only what HTML requires (<c>&lt; &gt; &amp; "</c>) and writes every other character as itself,
/// so French pages read "é" and "d'action" in their source, not "&amp;#xE9;" and "&amp;#x27;". Control
/// characters, which HTML forbids even as references, become U+FFFD.
/// </summary>
public sealed class MinimalHtmlEncoder : HtmlEncoder
{
    /// <summary>The shared instance; the encoder holds no state.</summary>
    public static MinimalHtmlEncoder Instance { get; } = new();

    /// <inheritdoc />
    public override int MaxOutputCharactersPerInputCharacter => 6;

    /// <inheritdoc />
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (NeedsEncoding(c) || char.IsSurrogate(c))
            {
                // Surrogates are checked by the base class, which pairs them and calls back with the scalar.
                if (char.IsSurrogate(c) && i + 1 < textLength && char.IsHighSurrogate(c) && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var replacement = unicodeScalar switch
        {
            '<' => "&lt;",
            '>' => "&gt;",
            '&' => "&amp;",
            '"' => "&quot;",
            _ when IsControl(unicodeScalar) => "\uFFFD",
            _ => null,
        };
        if (replacement is null)
        {
            var text = char.ConvertFromUtf32(unicodeScalar);
            return Write(text, buffer, bufferLength, out numberOfCharactersWritten);
        }

        return Write(replacement, buffer, bufferLength, out numberOfCharactersWritten);
    }

    /// <inheritdoc />
    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar is '<' or '>' or '&' or '"' || IsControl(unicodeScalar);

    private static bool NeedsEncoding(char c) => c is '<' or '>' or '&' or '"' || IsControl(c);

    private static bool IsControl(int c) => (c < 0x20 && c is not '\t' and not '\n' and not '\r') || c is >= 0x7F and <= 0x9F || c is 0xFFFE or 0xFFFF;

    private static unsafe bool Write(string text, char* buffer, int bufferLength, out int written)
    {
        if (text.Length > bufferLength)
        {
            written = 0;
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = text[i];
        }

        written = text.Length;
        return true;
    }
}
