using System.Buffers;
using System.Net;

namespace WorkPlanSite.Text;

/// <summary>
/// The text of an HTML fragment, for summaries and meta descriptions, read in one pass without regular
/// expressions: a build asks for thousands of them.
/// </summary>
public static class HtmlText
{
    /// <summary>
    /// <paramref name="html"/> with every tag (a '&lt;', at least one character, then '&gt;') replaced by
    /// <paramref name="tagReplacement"/> and character references decoded.
    /// </summary>
    public static string Strip(string html, string tagReplacement)
    {
        var buffer = ArrayPool<char>.Shared.Rent(html.Length * Math.Max(1, tagReplacement.Length) + 1);
        try
        {
            var length = 0;
            var i = 0;
            while (i < html.Length)
            {
                var open = html.IndexOf('<', i);
                if (open < 0)
                {
                    break;
                }

                var close = open + 1 < html.Length ? html.IndexOf('>', open + 1) : -1;
                if (close < 0)
                {
                    // No tag closes after this point: the rest is text.
                    break;
                }

                if (close == open + 1)
                {
                    // "<>" is text; a tag may start at the '>'.
                    html.AsSpan(i, close - i).CopyTo(buffer.AsSpan(length));
                    length += close - i;
                    i = close;
                    continue;
                }

                html.AsSpan(i, open - i).CopyTo(buffer.AsSpan(length));
                length += open - i;
                tagReplacement.CopyTo(buffer.AsSpan(length));
                length += tagReplacement.Length;
                i = close + 1;
            }

            html.AsSpan(i).CopyTo(buffer.AsSpan(length));
            length += html.Length - i;
            var text = new string(buffer, 0, length);
            return text.Contains('&') ? WebUtility.HtmlDecode(text) : text;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary><paramref name="text"/> with every run of white space made one space, and none at either end.</summary>
    public static string CollapseWhiteSpace(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 1);
        try
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = c;
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
