using System.Net;

namespace WorkPlanSite.Writing;

/// <summary>
/// Finds the links (<c>href</c> of <c>a</c>, <c>link</c>, <c>area</c>; <c>src</c> of any element) and the ids
/// (<c>id</c>; <c>name</c> of <c>a</c>) of one generated page, with the line and column of each element.
/// </summary>
/// <remarks>
/// Why our own scanner rather than a full HTML tokenizer: the output link check reads every page the build writes,
/// and AngleSharp's tokenizer, which builds a token object and a string for every tag, attribute and run of text,
/// cost about 0.5 ms of processor time a page (as much as rendering it). The pages it reads are not arbitrary HTML:
/// they are the theme's Razor markup, Markdig's output and content HTML that went through <c>ContentHtmlSanitizer</c>, all
/// well-formed. So this scanner only walks the tags with spans, skips comments, doctypes and the raw text of
/// <c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c>, <c>xmp</c>, <c>iframe</c>, <c>noembed</c> and
/// <c>noframes</c> as the HTML tokenizer would, reads attributes in all their forms (double-quoted, single-quoted,
/// unquoted, valueless; names in any case), decodes character references in a value only when it holds '&amp;',
/// and creates a string only for the values it keeps. What it does not do (script escapes such as
/// <c>&lt;!--&lt;script&gt;</c> inside a script, the tree builder's error recovery) none of those pages needs.
/// </remarks>
internal static class PageLinkScanner
{
    /// <summary>Receives a link's target (entities decoded; valid only during the call), line and column.</summary>
    public delegate void LinkHandler(ReadOnlySpan<char> target, int line, int column);

    /// <summary>Receives an id (entities decoded; valid only during the call).</summary>
    public delegate void IdHandler(ReadOnlySpan<char> id);

    /// <summary>Calls <paramref name="onLink"/> for every link (target, line, column) and <paramref name="onId"/> for every id.</summary>
    public static void Scan(ReadOnlySpan<char> text, LinkHandler onLink, IdHandler onId)
    {
        var position = 0;

        // Lines are counted incrementally, from the last element that needed its position to the next one.
        var line = 1;
        var lineStart = 0;
        var counted = 0;

        while (position < text.Length)
        {
            var open = text[position..].IndexOf('<');
            if (open < 0)
            {
                return;
            }

            var start = position + open;
            var next = start + 1;
            if (next >= text.Length)
            {
                return;
            }

            var c = text[next];
            if (c == '!')
            {
                position = SkipMarkupDeclaration(text, next + 1);
                continue;
            }

            if (c == '?')
            {
                position = SkipTo(text, next, '>');
                continue;
            }

            var endTag = false;
            if (c == '/')
            {
                endTag = true;
                next++;
                if (next >= text.Length)
                {
                    return;
                }

                c = text[next];
            }

            if (!char.IsAsciiLetter(c))
            {
                // Not a tag: a '<' in text.
                position = next;
                continue;
            }

            var nameStart = next;
            while (next < text.Length && !IsSpace(text[next]) && text[next] is not ('/' or '>'))
            {
                next++;
            }

            var name = text[nameStart..next];
            var isA = name.Equals("a", StringComparison.OrdinalIgnoreCase);
            var hrefCounts = isA || name.Equals("link", StringComparison.OrdinalIgnoreCase) || name.Equals("area", StringComparison.OrdinalIgnoreCase);
            var seen = Seen.None;

            // Attributes, up to the tag's '>'.
            while (true)
            {
                while (next < text.Length && (IsSpace(text[next]) || text[next] == '/'))
                {
                    next++;
                }

                if (next >= text.Length)
                {
                    // A tag cut off by the end of the page is not a tag.
                    return;
                }

                if (text[next] == '>')
                {
                    next++;
                    break;
                }

                var attributeStart = next;
                next++; // The first character belongs to the name, even '='.
                while (next < text.Length && !IsSpace(text[next]) && text[next] is not ('/' or '>' or '='))
                {
                    next++;
                }

                var attribute = text[attributeStart..next];
                while (next < text.Length && IsSpace(text[next]))
                {
                    next++;
                }

                var value = ReadOnlySpan<char>.Empty;
                if (next < text.Length && text[next] == '=')
                {
                    next++;
                    while (next < text.Length && IsSpace(text[next]))
                    {
                        next++;
                    }

                    if (next >= text.Length)
                    {
                        return;
                    }

                    var quote = text[next];
                    if (quote is '"' or '\'')
                    {
                        var close = text[(next + 1)..].IndexOf(quote);
                        if (close < 0)
                        {
                            return;
                        }

                        value = text.Slice(next + 1, close);
                        next += close + 2;
                    }
                    else
                    {
                        var valueStart = next;
                        while (next < text.Length && !IsSpace(text[next]) && text[next] != '>')
                        {
                            next++;
                        }

                        value = text[valueStart..next];
                    }
                }

                if (endTag)
                {
                    continue;
                }

                // The first of two attributes with the same name counts, as in the HTML tokenizer.
                if (attribute.Equals("id", StringComparison.OrdinalIgnoreCase) && Once(ref seen, Seen.Id))
                {
                    if (value.Length > 0)
                    {
                        onId(Decode(value));
                    }
                }
                else if (isA && attribute.Equals("name", StringComparison.OrdinalIgnoreCase) && Once(ref seen, Seen.Name))
                {
                    if (value.Length > 0)
                    {
                        onId(Decode(value));
                    }
                }
                else if ((hrefCounts && attribute.Equals("href", StringComparison.OrdinalIgnoreCase) && Once(ref seen, Seen.Href))
                         || (attribute.Equals("src", StringComparison.OrdinalIgnoreCase) && Once(ref seen, Seen.Src)))
                {
                    var newlines = text[counted..start];
                    var count = newlines.Count('\n');
                    if (count > 0)
                    {
                        line += count;
                        lineStart = counted + newlines.LastIndexOf('\n') + 1;
                    }

                    counted = start;
                    onLink(Decode(value), line, start - lineStart + 1);
                }
            }

            position = next;
            if (!endTag)
            {
                position = RawTextEnd(text, name, position);
            }
        }
    }

    [Flags]
    private enum Seen
    {
        None = 0,
        Id = 1,
        Name = 2,
        Href = 4,
        Src = 8,
    }

    private static bool Once(ref Seen seen, Seen flag)
    {
        if ((seen & flag) != 0)
        {
            return false;
        }

        seen |= flag;
        return true;
    }

    private static ReadOnlySpan<char> Decode(ReadOnlySpan<char> value) =>
        value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value;

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f';

    /// <summary>After <c>&lt;!</c>: a comment ends at <c>--&gt;</c>, anything else (a doctype) at the next '&gt;'.</summary>
    private static int SkipMarkupDeclaration(ReadOnlySpan<char> text, int from)
    {
        if (text[from..].StartsWith("--", StringComparison.Ordinal))
        {
            var body = from + 2;

            // "<!-->" and "<!--->" are (empty) comments too.
            if (text[body..].StartsWith(">", StringComparison.Ordinal))
            {
                return body + 1;
            }

            if (text[body..].StartsWith("->", StringComparison.Ordinal))
            {
                return body + 2;
            }

            var close = text[body..].IndexOf("-->", StringComparison.Ordinal);
            return close < 0 ? text.Length : body + close + 3;
        }

        return SkipTo(text, from, '>');
    }

    private static int SkipTo(ReadOnlySpan<char> text, int from, char c)
    {
        var found = text[from..].IndexOf(c);
        return found < 0 ? text.Length : from + found + 1;
    }

    /// <summary>
    /// Where the markup starts again after an element whose content is text (its end tag, found whatever its case),
    /// or <paramref name="position"/> for other elements.
    /// </summary>
    private static int RawTextEnd(ReadOnlySpan<char> text, ReadOnlySpan<char> name, int position)
    {
        if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
        {
            return text.Length;
        }

        if (!IsRawText(name))
        {
            return position;
        }

        var from = position;
        while (true)
        {
            var close = text[from..].IndexOf("</", StringComparison.Ordinal);
            if (close < 0)
            {
                return text.Length;
            }

            var at = from + close;
            var after = at + 2 + name.Length;
            if (after <= text.Length
                && text.Slice(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == text.Length || IsSpace(text[after]) || text[after] is '/' or '>'))
            {
                // The end tag itself is read as a tag (it holds nothing the check needs).
                return at;
            }

            from = at + 2;
        }
    }

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase)
        || name.Equals("style", StringComparison.OrdinalIgnoreCase)
        || name.Equals("textarea", StringComparison.OrdinalIgnoreCase)
        || name.Equals("title", StringComparison.OrdinalIgnoreCase)
        || name.Equals("xmp", StringComparison.OrdinalIgnoreCase)
        || name.Equals("iframe", StringComparison.OrdinalIgnoreCase)
        || name.Equals("noembed", StringComparison.OrdinalIgnoreCase)
        || name.Equals("noframes", StringComparison.OrdinalIgnoreCase);
}
