namespace WorkPlanSite.Model;

/// <summary>A Markdown text from a content file, with where it starts (for link and syntax messages) and its rendered HTML.</summary>
/// <param name="Source">The Markdown as written.</param>
/// <param name="Html">The HTML, filled in by the model stage; empty until then.</param>
public sealed record MarkdownText(string Source, string Html = "")
{
    /// <summary>True when the author wrote nothing.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Source);
}
