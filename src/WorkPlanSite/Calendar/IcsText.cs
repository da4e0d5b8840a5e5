using System.Text;

namespace WorkPlanSite.Calendar;

/// <summary>RFC 5545 text rules: escaping of TEXT values and folding of content lines at 75 octets.</summary>
public static class IcsText
{
    /// <summary>Escapes <c>\ ; ,</c> and line breaks of a TEXT value (RFC 5545 §3.3.11).</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            _ = c switch
            {
                '\\' => builder.Append("\\\\"),
                ';' => builder.Append("\\;"),
                ',' => builder.Append("\\,"),
                '\n' or '\r' => builder.Append("\\n"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// Folds a content line so that no line exceeds 75 octets of UTF-8 (RFC 5545 §3.1), continuation lines
    /// starting with a space, never splitting a character; ends it with CRLF.
    /// </summary>
    public static string Fold(string line)
    {
        var builder = new StringBuilder(line.Length + 8);
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                builder.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }

            builder.Append(rune.ToString());
            octets += size;
        }

        return builder.Append("\r\n").ToString();
    }
}
