using System.Collections.Immutable;
using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace WorkPlanSite.Rendering;

/// <summary>The outcome of sanitizing a fragment: the safe HTML, and what was taken out (for a warning to the author).</summary>
/// <param name="Html">The fragment with only allowed elements, attributes and URLs.</param>
/// <param name="Removed">What was removed, as authors would recognise it (<c>&lt;script&gt;</c>, <c>onclick</c>, <c>javascript: link</c>), in order of appearance, without repeats.</param>
public sealed record SanitizedHtml(string Html, ImmutableArray<string> Removed);

/// <summary>
/// An allow-list sanitizer for the HTML that Markdown produces from what authors write, built on AngleSharp's
/// HTML5 parser so that it sees the markup exactly as a browser would (entities, broken tags, odd casing).
/// Elements that carry active or embedded content are removed with their content; unknown elements are
/// replaced by their content; attributes are kept only when listed, and URLs only with a harmless scheme.
/// </summary>
public sealed class HtmlAllowList
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>Removed with everything inside: scripts, styles, embedded documents and forms.</summary>
    private static readonly FrozenNames Dropped = new(
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "select",
        "textarea", "option", "optgroup", "datalist", "output", "keygen", "base", "link", "meta", "title", "template", "noscript",
        "noembed", "noframes", "xmp", "plaintext", "svg", "math", "audio", "video", "source", "track", "canvas", "portal", "param",
        "dialog", "slot", "head", "html", "body");

    /// <summary>Kept, with the attributes of <see cref="Attributes"/>.</summary>
    private static readonly FrozenNames Allowed = new(
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn",
        "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr");

    private static readonly FrozenNames Global = new("id", "class", "title", "lang", "dir");

    private static readonly ImmutableDictionary<string, FrozenNames> Attributes = new Dictionary<string, FrozenNames>
    {
        ["a"] = new("href", "hreflang", "rel"),
        ["img"] = new("src", "alt", "width", "height"),
        ["td"] = new("colspan", "rowspan", "style"),
        ["th"] = new("colspan", "rowspan", "scope", "style"),
        ["col"] = new("span"),
        ["colgroup"] = new("span"),
        ["ol"] = new("start", "type", "reversed"),
        ["li"] = new("value"),
        ["time"] = new("datetime"),
        ["blockquote"] = new("cite"),
        ["q"] = new("cite"),
        ["del"] = new("cite", "datetime"),
        ["ins"] = new("cite", "datetime"),
        ["details"] = new("open"),
    }.ToImmutableDictionary(StringComparer.Ordinal);

    private static readonly FrozenNames UrlAttributes = new("href", "src", "cite");

    private static readonly FrozenNames SafeSchemes = new("http", "https", "mailto", "tel");

    private static readonly FrozenNames ImageDataTypes = new("data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp", "data:image/avif");

    /// <summary>Returns <paramref name="html"/> with only allowed markup.</summary>
    public SanitizedHtml Sanitize(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var container = document.Body!;
        var nodes = Parser.ParseFragment(html, container);
        foreach (var node in nodes.ToArray())
        {
            container.AppendChild(node);
        }

        var removed = new List<string>();
        Clean(container, removed);
        return new SanitizedHtml(container.InnerHtml, removed.Distinct(StringComparer.Ordinal).ToImmutableArray());
    }

    // Iterative on purpose: author HTML may nest deeply, and the walk must not depend on the stack.
    private static void Clean(IElement root, List<string> removed)
    {
        var pending = new Stack<INode>(root.ChildNodes.Reverse());
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            switch (node)
            {
                case IElement element:
                    var name = element.LocalName;
                    if (element.NamespaceUri != AngleSharp.Dom.NamespaceNames.HtmlUri || Dropped.Contains(name))
                    {
                        removed.Add($"<{name}>");
                        element.Remove();
                    }
                    else if (!Allowed.Contains(name))
                    {
                        // An unknown element (<font>, <center>, <marquee>) gives way to its content, which is then cleaned in turn.
                        var children = element.ChildNodes.ToArray();
                        foreach (var child in children)
                        {
                            element.Parent!.InsertBefore(child, element);
                        }

                        element.Remove();
                        foreach (var child in children.Reverse())
                        {
                            pending.Push(child);
                        }
                    }
                    else
                    {
                        CleanAttributes(element, removed);
                        foreach (var child in element.ChildNodes.Reverse())
                        {
                            pending.Push(child);
                        }
                    }

                    break;
                case IComment or IProcessingInstruction or IDocumentType:
                    node.Parent?.RemoveChild(node);
                    break;
            }
        }
    }

    private static void CleanAttributes(IElement element, List<string> removed)
    {
        var name = element.LocalName;
        foreach (var attribute in element.Attributes.ToArray())
        {
            var attributeName = attribute.Name;
            var allowed = Global.Contains(attributeName) || (Attributes.TryGetValue(name, out var own) && own.Contains(attributeName));
            if (!allowed)
            {
                removed.Add(attributeName.StartsWith("on", StringComparison.Ordinal) ? $"{attributeName} attribute (script)" : $"{attributeName} attribute");
                element.RemoveAttribute(attributeName);
            }
            else if (UrlAttributes.Contains(attributeName) && !IsSafeUrl(attribute.Value, image: name == "img" && attributeName == "src"))
            {
                removed.Add($"{SchemeOf(attribute.Value)}: address");
                element.RemoveAttribute(attributeName);
            }
            else if (attributeName == "style" && !IsAlignment(attribute.Value))
            {
                removed.Add("style attribute");
                element.RemoveAttribute(attributeName);
            }
        }

        if (element is IHtmlAnchorElement && element.HasAttribute("href") && SchemeOf(element.GetAttribute("href")!) is "http" or "https")
        {
            // Links leaving the site tell the target nothing about this page.
            element.SetAttribute("rel", "noopener noreferrer");
        }
    }

    /// <summary>True for a URL without scheme (a path or fragment), with a harmless scheme, or an inline raster image.</summary>
    public static bool IsSafeUrl(string value, bool image)
    {
        var scheme = SchemeOf(value);
        if (scheme.Length == 0 || SafeSchemes.Contains(scheme))
        {
            return true;
        }

        if (image && scheme == "data")
        {
            var normalized = Normalize(value);
            var type = normalized.Split([';', ','], 2)[0].ToLowerInvariant();
            return ImageDataTypes.Contains(type);
        }

        return false;
    }

    /// <summary>
    /// The scheme of a URL as a browser reads it: leading and trailing spaces and control characters and every
    /// tab or line break removed first (so that <c>"jav&#9;ascript:"</c> is seen as <c>javascript:</c>); empty when there is none.
    /// </summary>
    public static string SchemeOf(string value)
    {
        var normalized = Normalize(value);
        var colon = normalized.IndexOf(':');
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
        new string(value.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(' ', '\0', '\u0001', '\u0002', '\u0003', '\u0004', '\u0005', '\u0006', '\u0007',
            '\b', '\u000B', '\f', '\u000E', '\u000F', '\u0010', '\u0011', '\u0012', '\u0013', '\u0014', '\u0015', '\u0016', '\u0017', '\u0018', '\u0019', '\u001A',
            '\u001B', '\u001C', '\u001D', '\u001E', '\u001F');

    // Markdig writes table column alignment as style="text-align: right;"; nothing else in a style attribute is kept.
    private static bool IsAlignment(string style) =>
        style.Trim() is "text-align: left;" or "text-align: right;" or "text-align: center;";

    /// <summary>A small read-only set of ASCII names.</summary>
    private sealed class FrozenNames(params string[] names)
    {
        private readonly FrozenSet<string> _names = names.ToFrozenSet(StringComparer.Ordinal);

        public bool Contains(string name) => _names.Contains(name);
    }
}
