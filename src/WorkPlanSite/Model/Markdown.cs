using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Model;

/// <summary>A Markdown text from a content file, with where it starts (for link and syntax messages) and its rendered HTML.</summary>
/// <param name="Source">The Markdown as written.</param>
/// <param name="Origin">Where its first character is written: the body of a Markdown file, or a front-matter value.</param>
/// <param name="Html">The HTML, filled in by the model stage; empty until then.</param>
public sealed record MarkdownText(string Source, SourcePosition Origin = default, string Html = "")
{
    /// <summary>True when the author wrote nothing.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Source);

    /// <summary>Where the first line that holds text is written, for messages about the text as a whole.</summary>
    public SourcePosition Start
    {
        get
        {
            var blank = 0;
            while (blank < Source.Length && Source.IndexOf('\n', blank) is var end and >= 0 && string.IsNullOrWhiteSpace(Source[blank..end]))
            {
                blank = end + 1;
            }

            return PositionOf(Source[..Math.Min(blank, Source.Length)].Count(c => c == '\n'), 0);
        }
    }

    /// <summary>The position in the source file of a 0-based line and column of <see cref="Source"/>.</summary>
    public SourcePosition PositionOf(int line, int column) =>
        Origin.Path is null
            ? default
            : new SourcePosition(Origin.Path, Origin.Line + Math.Max(0, line), (line <= 0 ? Origin.Column : 1) + Math.Max(0, column));
}
