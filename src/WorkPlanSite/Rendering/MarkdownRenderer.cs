using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Attachments;
using WorkPlanSite.Model;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Rendering;

/// <summary>A link written in Markdown, with where it is written.</summary>
public sealed record MarkdownLink(LinkInline Inline, SourcePosition Position);

/// <summary>
/// Markdown to HTML with one immutable Markdig pipeline built once per build and shared across threads.
/// Extensions are chosen one by one rather than with UseAdvancedExtensions: that set includes media embeds
/// (iframes) and generic attributes (<c>{onclick=…}</c>), which would let content put active code on a page.
/// Raw HTML is parsed by Markdig, then passed through <see cref="ContentHtmlSanitizer"/> unless the site trusts its authors.
/// Every text of the site goes through here, whatever page shows it: its links to content files and to files next to
/// the content (images, documents) are resolved here, and its images completed (<see cref="MediaMarkup"/>).
/// </summary>
/// <param name="rawHtml">What happens to HTML written in the Markdown.</param>
/// <param name="fileSizes">How a link to a document says its size, per language (the invariant English text for a language not in it).</param>
public sealed class MarkdownRenderer(RawHtmlMode rawHtml = RawHtmlMode.Sanitize, IReadOnlyDictionary<string, FileSizeText>? fileSizes = null)
{
    /// <summary>HTML nested deeper than this is refused: no text needs it, and parsers slow down with depth.</summary>
    public const int MaxHtmlDepth = 500;

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .UseListExtras()
        .UseDefinitionLists()
        .UseAbbreviations()
        .UseAutoLinks()
        .Build();

    // Made on the first text with raw HTML or an unusual address, then shared by every thread: most sites have
    // none, and the first HtmlSanitizer of a process costs about 0.3 s of processor time (measured on the published
    // tool: AngleSharp.Css's property tables, HtmlSanitizer's compiled expressions), which would only lengthen
    // their builds. After that, a text costs about 0.3 ms where the hand-written sanitizer took 0.1 ms.
    private readonly Lazy<ContentHtmlSanitizer> _sanitizer = new(() => new ContentHtmlSanitizer(), LazyThreadSafetyMode.ExecutionAndPublication);

    // Each thread's writer, reused from text to text (a renderer is made per build, so nothing outlives it).
    private readonly ThreadLocal<StringWriter?> _writers = new();

    /// <summary>Parses <paramref name="text"/>; null, with an error, when Markdig refuses it (absurdly deep nesting).</summary>
    public MarkdownDocument? Parse(MarkdownText text, DiagnosticBag diagnostics)
    {
        try
        {
            return Markdown.Parse(text.Source, _pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's guard against input nested so deep that it would exhaust the stack.
            diagnostics.Error(text.Start, "This Markdown is nested too deeply to be read (hundreds of '>' or list levels).",
                "Check the text: a quotation or a list needs only a few levels.");
            return null;
        }
    }

    /// <summary>Every link and image of a parsed text, with its position in the source file.</summary>
    public static IEnumerable<MarkdownLink> Links(MarkdownDocument document, MarkdownText text) =>
        document.Descendants<LinkInline>().Select(link => new MarkdownLink(link, text.PositionOf(link.Line, link.Column)));

    /// <summary>
    /// Renders <paramref name="text"/>, written in <paramref name="language"/>, to an HTML fragment: links to
    /// content files become page addresses (a link that leads to no page is reported as an error, as
    /// <see cref="Validation.ContentLinkValidator"/> would: the build checks content links here, during the one parse
    /// of each text), raw HTML is sanitized; what was removed is reported as a warning.
    /// </summary>
    public string ToHtml(MarkdownText text, string language, ContentLinkResolver? links, DiagnosticBag diagnostics)
    {
        if (text.IsEmpty || Parse(text, diagnostics) is not { } document)
        {
            return "";
        }

        // One walk over the text finds its links and whether it holds raw HTML.
        var found = new Found();
        Walk(document, found);
        CompleteLinks(found, text, language, links, diagnostics);
        var html = Render(document);
        if (HtmlNesting.Depth(html) > MaxHtmlDepth)
        {
            diagnostics.Error(text.Start, $"The HTML in this text is nested more than {MaxHtmlDepth} levels deep.", "Check for tags that are opened and never closed.");
            return "";
        }

        if (rawHtml == RawHtmlMode.Trust || IsMarkdigOnly(found))
        {
            return html;
        }

        var sanitized = _sanitizer.Value.Sanitize(html);
        if (sanitized.Removed.Length > 0)
        {
            diagnostics.Warning(PositionOfRawHtml(document, text, sanitized.Removed), $"Removed from the page, for safety: {string.Join(", ", sanitized.Removed)}.",
                "Pages may not run scripts, embed other pages or hold forms. Write the text in Markdown; a site whose authors are all trusted can set \"markdown\": { \"rawHtml\": \"trust\" } in site.config.json.");
        }

        return sanitized.Html;
    }

    /// <summary>
    /// Reports what rendering <paramref name="text"/> would report of its links and images (a link that leads nowhere,
    /// an image without a text alternative, a file too large), without rendering it: for a build that stops before
    /// the model stage. The files its links lead to are recorded by <paramref name="links"/> as when rendering.
    /// </summary>
    public void CheckLinks(MarkdownText text, string language, ContentLinkResolver links, DiagnosticBag diagnostics)
    {
        if (text.IsEmpty || Parse(text, diagnostics) is not { } document)
        {
            return;
        }

        var found = new Found();
        Walk(document, found);
        CompleteLinks(found, text, language, links, diagnostics);
    }

    /// <summary>
    /// Resolves the text's links to content files and to files next to it (each that leads nowhere is an error at its
    /// line and column) and completes its images and document links, in document order.
    /// </summary>
    private void CompleteLinks(Found found, MarkdownText text, string language, ContentLinkResolver? links, DiagnosticBag diagnostics)
    {
        var file = links is not null ? text.Origin.Path : null;
        var images = 0;
        foreach (var link in found.Links)
        {
            if (link is not LinkInline { Url: var written } inline)
            {
                continue;
            }

            ContentFile? target = null;
            if (file is { Length: > 0 } && written is { } url && ContentLinkResolver.IsContentLink(url))
            {
                var resolution = links!.Resolve(url, file, language);
                if (resolution.Url is { } resolved)
                {
                    inline.Url = resolved;
                    target = resolution.File;
                }
                else if (resolution.Problem is { } problem)
                {
                    diagnostics.Error(text.PositionOf(inline.Line, inline.Column), problem, resolution.Hint);
                }
            }

            if (inline.IsImage)
            {
                MediaMarkup.Image(inline, written ?? "", target, images++, text.PositionOf(inline.Line, inline.Column), diagnostics);
            }
            else if (target is not null)
            {
                MediaMarkup.Document(inline, target, fileSizes?.GetValueOrDefault(language) ?? FileSizeText.Invariant, text.PositionOf(inline.Line, inline.Column), diagnostics);
            }
        }
    }

    /// <summary>
    /// The document's HTML, trimmed. Markdig rents a renderer of the pipeline; the writer is the thread's own and
    /// reused, so that the only allocation left is the resulting string.
    /// </summary>
    private string Render(MarkdownDocument document)
    {
        var writer = _writers.Value ??= new StringWriter(CultureInfo.InvariantCulture);
        var builder = writer.GetStringBuilder();
        builder.Clear();
        Markdown.ToHtml(document, writer, _pipeline);
        var start = 0;
        var end = builder.Length;
        while (start < end && char.IsWhiteSpace(builder[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        var html = builder.ToString(start, end - start);
        if (builder.Capacity > 1024 * 1024)
        {
            // One huge text must not keep a huge buffer alive for the rest of the build.
            _writers.Value = null;
        }

        return html;
    }

    /// <summary>
    /// True when the text has no raw HTML and only harmless link addresses (read after content links were resolved):
    /// Markdig then escapes everything else, so its output needs no sanitizing (most texts; it spares parsing them again).
    /// </summary>
    private static bool IsMarkdigOnly(Found found) =>
        !found.HasRawHtml && found.Links.All(link => link switch
        {
            LinkInline l => UrlScheme.IsSafe(l.Url ?? "", image: l.IsImage),
            AutolinkInline a => UrlScheme.IsSafe(a.Url ?? "", image: false),
            _ => true,
        });

    /// <summary>What one walk over a parsed text finds.</summary>
    private sealed class Found
    {
        public List<Inline> Links { get; } = [];

        public bool HasRawHtml { get; set; }
    }

    /// <summary>Visits every block and inline of <paramref name="node"/>, as Markdig's Descendants() does, without an iterator per level.</summary>
    private static void Walk(MarkdownObject node, Found found)
    {
        switch (node)
        {
            case HtmlBlock or HtmlInline:
                found.HasRawHtml = true;
                break;
            case LinkInline or AutolinkInline:
                found.Links.Add((Inline)node);
                break;
        }

        switch (node)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Walk(child, found);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                Walk(inline, found);
                break;
            case ContainerInline inlines:
                for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                {
                    Walk(child, found);
                }

                break;
        }
    }

    /// <summary>Where the first piece of raw HTML or link mentioning what was removed is written, else where the text starts.</summary>
    private static SourcePosition PositionOfRawHtml(MarkdownDocument document, MarkdownText text, IEnumerable<string> removed)
    {
        var words = removed.Select(r => r.Trim('<', '>').Split(' ', ':')[0]).ToList();
        var candidates = document.Descendants().Select(node => node switch
        {
            HtmlBlock block => (block.Line, block.Column, Text: block.Lines.ToString()),
            HtmlInline inline => (inline.Line, inline.Column, Text: inline.Tag ?? ""),
            LinkInline link => (link.Line, link.Column, Text: link.Url ?? ""),
            AutolinkInline auto => (auto.Line, auto.Column, Text: auto.Url ?? ""),
            _ => (Line: -1, Column: -1, Text: ""),
        });
        foreach (var (line, column, raw) in candidates)
        {
            if (line >= 0 && words.Any(w => raw.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                return text.PositionOf(line, column);
            }
        }

        return text.Start;
    }
}
