using System.Collections.Frozen;
using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace WorkPlanSite.Rendering;

/// <summary>The outcome of sanitizing a fragment: the safe HTML, and what was taken out (for a warning to the author).</summary>
/// <param name="Html">The fragment with only allowed elements, attributes and URLs.</param>
/// <param name="Removed">
/// What was removed, as authors would recognise it (<c>&lt;script&gt;</c>, <c>onclick attribute (script)</c>,
/// <c>javascript: address</c>), without repeats: elements first, then attributes and styles, each in document order.
/// </param>
public sealed record SanitizedHtml(string Html, ImmutableArray<string> Removed);

/// <summary>
/// The site's policy for HTML that authors write in Markdown, applied by HtmlSanitizer (on AngleSharp's HTML5
/// parser, so that it sees the markup as a browser would): no scripts, styles, frames, embedded objects, forms or
/// event handlers; links only to paths, <c>http</c>, <c>https</c>, <c>mailto</c> and <c>tel</c>, and <c>data:</c> only for
/// raster images. Elements that carry active or embedded content are removed with their content, unknown elements
/// (<c>&lt;font&gt;</c>, <c>&lt;center&gt;</c>) give way to their content, and every removal is told to the caller.
/// One instance serves a whole build from every thread: HtmlSanitizer's <c>Sanitize</c> is thread-safe once configured.
/// </summary>
public sealed class ContentHtmlSanitizer
{
    /// <summary>Removed with everything inside: scripts, styles, embedded documents, media and forms.</summary>
    private static readonly FrozenSet<string> Dropped = new[]
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "select",
        "textarea", "option", "optgroup", "datalist", "output", "keygen", "base", "link", "meta", "title", "template", "noscript",
        "noembed", "noframes", "xmp", "plaintext", "svg", "math", "audio", "video", "source", "track", "canvas", "portal", "param",
        "dialog", "slot", "head", "html", "body",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] AllowedTags =
    [
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn",
        "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ];

    /// <summary>
    /// Allowed on any element (HtmlSanitizer's list is per attribute, not per element): every one of them is inert,
    /// and a URL in <c>href</c>, <c>src</c> or <c>cite</c> is checked wherever it stands.
    /// </summary>
    private static readonly string[] AllowedAttributes =
    [
        "id", "class", "title", "lang", "dir",
        "href", "hreflang", "rel", "src", "alt", "width", "height", "loading", "colspan", "rowspan", "scope", "span", "start", "type", "reversed",
        "value", "datetime", "cite", "open",
        // Only its text-align survives (see AllowedCssProperties): Markdig writes table column alignment that way.
        "style",
    ];

    private static readonly string[] UrlAttributes = ["href", "src", "cite"];

    private readonly HtmlSanitizer _sanitizer;

    /// <summary>What the current thread's call has removed so far; set for the length of one <see cref="Sanitize"/>.</summary>
    [ThreadStatic]
    private static Removals? t_removals;

    /// <summary>Configures the sanitizer; costly enough (HtmlSanitizer compiles its expressions) to make once per build.</summary>
    public ContentHtmlSanitizer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = AllowedTags.ToHashSet(StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = AllowedAttributes.ToHashSet(StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "text-align" },
            AllowedSchemes = UrlScheme.Safe.ToHashSet(StringComparer.OrdinalIgnoreCase),
            UriAttributes = UrlAttributes.ToHashSet(StringComparer.OrdinalIgnoreCase),
        });
        _sanitizer.RemovingTag += OnRemovingTag;
        _sanitizer.RemovingAttribute += OnRemovingAttribute;
        _sanitizer.RemovingStyle += (_, e) => Report($"style attribute ({e.Style.Name})");
        _sanitizer.FilterUrl += OnFilterUrl;
        // Comments are removed without a word: they show nothing and run nothing, and authors leave notes in them.
        // RemovingAtRule and RemovingCssClass cannot happen under this policy: every <style> element goes with its
        // content before style sheets are read, and no class is refused.
    }

    /// <summary>Returns <paramref name="html"/> with only allowed markup, and what was removed.</summary>
    public SanitizedHtml Sanitize(string html)
    {
        var removals = new Removals();
        t_removals = removals;
        try
        {
            return new SanitizedHtml(_sanitizer.Sanitize(html), removals.ToImmutable());
        }
        finally
        {
            t_removals = null;
        }
    }

    private static void Report(string removed) => t_removals?.Add(removed);

    private static void OnRemovingTag(object? sender, RemovingTagEventArgs e)
    {
        var tag = e.Tag;
        if (tag.Owner?.Body is not { } body || !body.Contains(tag))
        {
            // Inside an element already removed with its content: nothing more to do or to tell.
            return;
        }

        if (tag.NamespaceUri == NamespaceNames.HtmlUri && !Dropped.Contains(tag.LocalName))
        {
            // An unknown element (<font>, <center>, <marquee>) gives way to its content, which HtmlSanitizer then checks
            // like the rest: it lists every refused element of the fragment before removing any.
            e.Cancel = true;
            tag.Replace([.. tag.ChildNodes]);
            return;
        }

        Report($"<{tag.LocalName}>");
    }

    private static void OnRemovingAttribute(object? sender, RemovingAttributeEventArgs e)
    {
        var name = e.Attribute.Name;
        switch (e.Reason)
        {
            case RemoveReason.StyleAttributeEmpty or RemoveReason.ClassAttributeEmpty:
                // What emptied it was told already.
                break;
            case RemoveReason.NotAllowedUrlValue:
                Report(UrlScheme.Of(e.Attribute.Value) is { Length: > 0 } scheme ? $"{scheme}: address" : $"{name} attribute (address)");
                break;
            default:
                Report(name.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? $"{name} attribute (script)" : $"{name} attribute");
                break;
        }
    }

    private static void OnFilterUrl(object? sender, FilterUrlEventArgs e)
    {
        var image = e.Tag is IHtmlImageElement && e.Tag.GetAttribute("src") == e.OriginalUrl;
        if (e.SanitizedUrl is null && image && UrlScheme.Of(e.OriginalUrl) == "data" && UrlScheme.IsInlineRasterImage(e.OriginalUrl))
        {
            e.SanitizedUrl = e.OriginalUrl;
        }
        else if (e.SanitizedUrl is { } url && !UrlScheme.IsSafe(url, image))
        {
            // Both readings of the address must agree that it is harmless: HtmlSanitizer's and the browser-like one
            // that lets Markdown links skip the sanitizer.
            e.SanitizedUrl = null;
        }

        if (e.Tag is IHtmlAnchorElement && e.SanitizedUrl is { } kept && UrlScheme.Of(kept) is "http" or "https" && e.Tag.GetAttribute("href") == e.OriginalUrl)
        {
            // Links leaving the site tell the target nothing about this page.
            e.Tag.SetAttribute("rel", "noopener noreferrer");
        }
    }

    /// <summary>What one call removed, in order, without repeats.</summary>
    private sealed class Removals
    {
        private readonly List<string> _list = [];
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public void Add(string removed)
        {
            if (_seen.Add(removed))
            {
                _list.Add(removed);
            }
        }

        public ImmutableArray<string> ToImmutable() => [.. _list];
    }
}
