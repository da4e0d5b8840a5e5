using Markdig;

namespace WorkPlanSite.Rendering;

/// <summary>
/// Markdown to HTML with one immutable Markdig pipeline built once per build and shared across threads.
/// Extensions are chosen one by one rather than with UseAdvancedExtensions: that set includes media embeds
/// (iframes) and generic attributes (<c>{onclick=…}</c>), which would let content put active code on a page.
/// </summary>
public sealed class MarkdownRenderer
{
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
        .DisableHtml()
        .Build();

    /// <summary>Renders <paramref name="markdown"/> to an HTML fragment.</summary>
    public string ToHtml(string markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToHtml(markdown, _pipeline).Trim();
}
