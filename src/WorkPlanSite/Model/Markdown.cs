using System.Text;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Model;

/// <summary>A Markdown text from a content file, with where it starts (for link and syntax messages) and its rendered HTML.</summary>
/// <remarks>
/// Every text of the site is loaded before the first page is made (the checks across programmes need them all), so
/// the text as written is kept as UTF-8, half the size of a string for the Latin scripts the content is written in,
/// and read back as a string when asked for: at 10,000 pages the texts were most of what Load keeps for the
/// whole build. Two texts are equal when they say the same thing at the same place.
/// </remarks>
public sealed record MarkdownText
{
    private readonly byte[] _source;

    /// <summary>A text.</summary>
    /// <param name="source">The Markdown as written.</param>
    /// <param name="origin">Where its first character is written: the body of a Markdown file, or a front-matter value.</param>
    /// <param name="html">The HTML, filled in by the model stage; empty until then.</param>
    public MarkdownText(string source, SourcePosition origin = default, string html = "")
    {
        _source = source.Length == 0 ? [] : Encoding.UTF8.GetBytes(source);
        Origin = origin;
        Html = html;
    }

    /// <summary>The Markdown as written.</summary>
    public string Source => _source.Length == 0 ? "" : Encoding.UTF8.GetString(_source);

    /// <summary>Where its first character is written: the body of a Markdown file, or a front-matter value.</summary>
    public SourcePosition Origin { get; init; }

    /// <summary>The HTML, filled in by the model stage; empty until then.</summary>
    public string Html { get; init; }

    /// <summary>True when the author wrote nothing.</summary>
    public bool IsEmpty =>
        _source.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) is var first
        && (first < 0 || ((_source[first] >= 0x80 || _source[first] is (byte)'\f' or (byte)'\v') && string.IsNullOrWhiteSpace(Source)));

    /// <summary>Where the first line that holds text is written, for messages about the text as a whole.</summary>
    public SourcePosition Start
    {
        get
        {
            var source = Source;
            var blank = 0;
            while (blank < source.Length && source.IndexOf('\n', blank) is var end and >= 0 && string.IsNullOrWhiteSpace(source[blank..end]))
            {
                blank = end + 1;
            }

            return PositionOf(source[..Math.Min(blank, source.Length)].Count(c => c == '\n'), 0);
        }
    }

    /// <summary>The position in the source file of a 0-based line and column of <see cref="Source"/>.</summary>
    public SourcePosition PositionOf(int line, int column) =>
        Origin.Path is null
            ? default
            : new SourcePosition(Origin.Path, Origin.Line + Math.Max(0, line), (line <= 0 ? Origin.Column : 1) + Math.Max(0, column));

    /// <inheritdoc />
    public bool Equals(MarkdownText? other) =>
        other is not null && _source.AsSpan().SequenceEqual(other._source) && Origin.Equals(other.Origin) && string.Equals(Html, other.Html, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_source);
        hash.Add(Origin);
        hash.Add(Html, StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
