using System.Text.Encodings.Web;
using RazorLight.Text;
using WorkPlanSite.Pages;

namespace WorkPlanSite.Rendering.Templates;

/// <summary>
/// Small pieces of markup that pages show by the hundred (dates, coded titles, links to activities), for templates
/// to write as <c>@Show.Date(period)</c>. They are written straight into the page, not as partial templates: a
/// timeline page shows hundreds of dates, and a partial costs a lookup, a page object and a buffer each time.
/// A theme that wants other markup for them writes it in its templates instead of calling these.
/// </summary>
public static class Show
{
    private static HtmlEncoder Encoder => TemplateEncoder.Instance;

    /// <summary>A date as text inside &lt;time&gt; (or a plain span when it has no machine-readable form).</summary>
    public static IRawString Date(DateView date) => new Piece<DateView>(date, static (writer, date) =>
    {
        if (date.DateTime is null)
        {
            writer.Write("<span class=\"date\">");
            writer.Write(Encoder.Encode(date.Text));
            writer.Write("</span>");
            return;
        }

        WriteTime(writer, "<time class=\"date\" datetime=\"", date.DateTime, date.Text);
    });

    /// <summary>
    /// A title with the code that numbers it ("Objective 1:", "1.1"). The space between them is real text, not only
    /// a margin, so that screen readers, copy-paste and reader modes keep them apart.
    /// </summary>
    public static IRawString CodedTitle(string? number, string title) => new Piece<(string?, string)>((number, title), static (writer, value) => WriteCodedTitle(writer, value.Item1, value.Item2));

    /// <summary>A link to an activity's page, with its code.</summary>
    public static IRawString ActivityLink(ActivityView activity) => new Piece<ActivityView>(activity, static (writer, activity) =>
    {
        writer.Write("<a href=\"");
        writer.Write(Encoder.Encode(activity.Url));
        writer.Write("\">");
        WriteCodedTitle(writer, activity.Code, activity.Title);
        writer.Write("</a>");
    });

    /// <summary>A heading's text, inside &lt;time&gt; when it names a month or a year.</summary>
    public static IRawString HeadingDate(string text, string? dateTime) => new Piece<(string, string?)>((text, dateTime), static (writer, value) =>
    {
        if (value.Item2 is null)
        {
            writer.Write(Encoder.Encode(value.Item1));
            return;
        }

        WriteTime(writer, "<time datetime=\"", value.Item2, value.Item1);
    });

    /// <summary>A &lt;time&gt; element: <paramref name="opening"/> up to the datetime value's opening quote, then the value and the text.</summary>
    private static void WriteTime(TextWriter writer, string opening, string dateTime, string text)
    {
        writer.Write(opening);
        writer.Write(Encoder.Encode(dateTime));
        writer.Write("\">");
        writer.Write(Encoder.Encode(text));
        writer.Write("</time>");
    }

    /// <summary>Markdown already rendered (and sanitized) by the generator, in a block; nothing when it is empty.</summary>
    public static IRawString Html(string? content, string? lang = null, string cssClass = "prose") => new Piece<(string?, string?, string)>((content, lang, cssClass), static (writer, value) =>
    {
        var (content, lang, cssClass) = value;
        if (string.IsNullOrWhiteSpace(content))
        {
            return;
        }

        writer.Write("<div class=\"");
        writer.Write(Encoder.Encode(cssClass));
        if (lang is not null)
        {
            writer.Write("\" lang=\"");
            writer.Write(Encoder.Encode(lang));
        }

        writer.Write("\">");
        writer.Write(content);
        writer.Write("</div>");
    });

    /// <summary>
    /// The start tag of a heading whose level a partial is given (<c>&lt;h3 id="x"&gt;</c>), for a partial shown under
    /// headings of different levels (an activity on its own page, and on the programme's printable page). Levels are
    /// kept between 1 and 6.
    /// </summary>
    public static IRawString HeadingStart(int level, string? id = null, string? cssClass = null) => new Piece<(int, string?, string?)>((level, id, cssClass), static (writer, value) =>
    {
        writer.Write("<h");
        writer.Write((char)('0' + Math.Clamp(value.Item1, 1, 6)));
        WriteAttribute(writer, "id", value.Item2);
        WriteAttribute(writer, "class", value.Item3);
        writer.Write('>');
    });

    /// <summary>The end tag of a heading started with <see cref="HeadingStart"/>.</summary>
    public static IRawString HeadingEnd(int level) => new Piece<int>(level, static (writer, level) =>
    {
        writer.Write("</h");
        writer.Write((char)('0' + Math.Clamp(level, 1, 6)));
        writer.Write('>');
    });

    /// <summary>
    /// The attributes that tell Pagefind to index a page the search finds (<paramref name="entry"/> not null): its
    /// <c>main</c> is the text (<c>data-pagefind-body</c>), with its kind and programme as metadata; nothing otherwise.
    /// Written inside the start tag, after a space: <c>&lt;main id="main"@Show.SearchIndexing(Model.Search)&gt;</c>
    /// (Razor writes data-* attributes even when their value is null).
    /// </summary>
    public static IRawString SearchIndexing(SearchEntry? entry) => new Piece<SearchEntry?>(entry, static (writer, entry) =>
    {
        if (entry is null)
        {
            return;
        }

        writer.Write(" data-pagefind-body data-pagefind-meta=\"");
        writer.Write(entry.Programme is null ? "kind[data-kind]" : "kind[data-kind], programme[data-programme]");
        writer.Write('"');
        WriteAttribute(writer, "data-kind", entry.Kind);
        WriteAttribute(writer, "data-programme", entry.Programme);
    });

    // ' name="value"', the value encoded; nothing when there is no value.
    private static void WriteAttribute(TextWriter writer, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        writer.Write(' ');
        writer.Write(name);
        writer.Write("=\"");
        writer.Write(Encoder.Encode(value));
        writer.Write('"');
    }

    private static void WriteCodedTitle(TextWriter writer, string? number, string title)
    {
        if (!string.IsNullOrEmpty(number))
        {
            writer.Write("<span class=\"code\">");
            writer.Write(Encoder.Encode(number));
            writer.Write("</span> ");
        }

        writer.Write(Encoder.Encode(title));
    }

    /// <summary>A piece of markup written when the page writes it, from its value, without a string of its own.</summary>
    private sealed class Piece<T>(T value, Action<TextWriter, T> write) : IRawString
    {
        public void WriteTo(TextWriter writer) => write(writer, value);
    }
}
