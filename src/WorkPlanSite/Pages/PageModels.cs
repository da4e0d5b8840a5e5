using System.Collections.Immutable;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Pages;

/// <summary>A language as the switcher shows it.</summary>
/// <param name="Code">"fr".</param>
/// <param name="Name">The language's own name, "Français".</param>
/// <param name="Url">The same page in that language, or the nearest page that exists there.</param>
/// <param name="IsCurrent">True for the page's own language.</param>
/// <param name="IsSamePage">False when the page does not exist in that language and <paramref name="Url"/> leads to a parent page.</param>
public sealed record LanguageLink(string Code, string Name, string Url, bool IsCurrent, bool IsSamePage);

/// <summary>A step of the breadcrumb trail; the last one (the page itself) has no URL.</summary>
public sealed record Crumb(string Title, string? Url);

/// <summary>An alternate language version for <c>&lt;link rel="alternate" hreflang&gt;</c>.</summary>
public sealed record Alternate(string HrefLang, string Url);

/// <summary>What goes into a page's <c>&lt;head&gt;</c>.</summary>
public sealed record PageHead(
    string Title,
    string Description,
    string CanonicalUrl,
    ImmutableArray<Alternate> Alternates,
    string OgLocale,
    ImmutableArray<string> OgLocaleAlternates)
{
    /// <summary>
    /// The image shared with a link to the page (<c>og:image</c>, an absolute address): the first image of the page's
    /// own text, else the site's (<c>identity.image</c>, else its logo); null when there is none.
    /// </summary>
    public ImageView? Image { get; init; }
}

/// <summary>What every page of one language shares.</summary>
public sealed record PageContext
{
    /// <summary>Language code of the page.</summary>
    public required string Language { get; init; }

    /// <summary>"ltr" or "rtl".</summary>
    public required string Direction { get; init; }

    /// <summary>The site's title in this language.</summary>
    public required string SiteTitle { get; init; }

    /// <summary>The home page of this language.</summary>
    public required string HomeUrl { get; init; }

    /// <summary>The stylesheet.</summary>
    public required string StylesheetUrl { get; init; }

    /// <summary>The address of the site's <c>assets/</c> folder, ending in '/', where the theme's assets are published.</summary>
    public required string AssetsUrl { get; init; }

    /// <summary>The address of a file of the theme's <c>assets/</c> folder, such as a logo: <c>@Model.Context.Asset("logo.svg")</c>.</summary>
    public string Asset(string file) => AssetsUrl + file;

    /// <summary>The search page of this language, or null when the site has no search (off, or Pagefind not found): then no
    /// search box is shown.</summary>
    public string? SearchUrl { get; init; }

    /// <summary>The UI strings of this language.</summary>
    public required UiStrings Strings { get; init; }

    /// <summary>Who publishes the site, in this language: logo, favicon, name and address (<see cref="IdentityView.None"/> when not configured).</summary>
    public IdentityView Identity { get; init; } = IdentityView.None;

    /// <summary>The build date, written in this language.</summary>
    public required DateView BuildDate { get; init; }

    /// <summary>Own names of all languages by code, to say which language a fallback text is in.</summary>
    public required ImmutableSortedDictionary<string, string> LanguageNames { get; init; }

    /// <summary>The main menu and the footer menu in this language (empty when the site has none).</summary>
    public LanguageMenus Menus { get; init; } = LanguageMenus.None;

    /// <summary>A UI string.</summary>
    public string T(string key) => Strings[key];

    /// <summary>A UI string followed by the language's colon ("Période :", "Period:"), for labels before a value.</summary>
    public string Label(string key) => Strings[key] + Strings["site.colon"];

    /// <summary>
    /// A UI string as HTML, with its <c>{date}</c> placeholder replaced by a <c>&lt;time&gt;</c> element, so that
    /// a date inside a sentence ("Situation au 15 juin 2021.") is machine-readable too.
    /// </summary>
    public string WithDate(string key, DateView date)
    {
        var encoder = Rendering.MinimalHtmlEncoder.Instance;
        var time = date.DateTime is null
            ? encoder.Encode(date.Text)
            : $"<time datetime=\"{encoder.Encode(date.DateTime)}\">{encoder.Encode(date.Text)}</time>";
        return encoder.Encode(Strings[key]).Replace("{date}", time, StringComparison.Ordinal);
    }

    /// <summary>A UI string with placeholders filled in.</summary>
    public string T(string key, params (string Name, object? Value)[] values) => Strings.Format(key, values);
}

/// <summary>The model of a page: the single parameter of the theme's root component.</summary>
public abstract record PageModel
{
    // Set by the planner's decoration step, which every page goes through before rendering.

    /// <summary>Language-wide context.</summary>
    public PageContext Context { get; init; } = null!;

    /// <summary>Head metadata.</summary>
    public PageHead Head { get; init; } = null!;

    /// <summary>The site path of this page.</summary>
    public string Url { get; init; } = "";

    /// <summary>Breadcrumb trail (empty on the home page).</summary>
    public ImmutableArray<Crumb> Breadcrumbs { get; init; } = [];

    /// <summary>The language switcher.</summary>
    public ImmutableArray<LanguageLink> Languages { get; init; } = [];

    /// <summary>The language of the content when the page shows a text that is not translated, else null.</summary>
    public string? FallbackLanguage { get; init; }

    /// <summary>What the search shows of this page when it finds it (its kind and programme); null for a page the search leaves out.</summary>
    public SearchEntry? Search { get; init; }
}

/// <summary>How a page appears among search results.</summary>
/// <param name="Kind">What it is, in the page's language ("Activité", "Objective", "Page").</param>
/// <param name="Programme">The programme it belongs to, or null.</param>
public sealed record SearchEntry(string Kind, string? Programme);

/// <summary>The home page of a language: the site's own introduction, if it has one, and a card for every programme.</summary>
public sealed record HomePage(ImmutableArray<ProgrammeCard> Programmes) : PageModel
{
    /// <summary>The introduction (<c>content/home.&lt;lang&gt;.md</c>), HTML; empty when the site has none in this language.</summary>
    public string IntroductionHtml { get; init; } = "";

    /// <summary>The language the introduction is written in when it is not the page's (shown by fallback), else null.</summary>
    public string? IntroductionLanguage { get; init; }
}

/// <summary>One of the site's own pages ("About us", contact, legal notice, accessibility statement).</summary>
/// <param name="Page">The page in this language.</param>
public sealed record ContentPage(PageView Page) : PageModel;

/// <summary>A programme's page.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="UpcomingKeyDates">Key dates on or after the build date.</param>
public sealed record ProgrammePage(ProgrammeView Programme, ImmutableArray<KeyDateView> UpcomingKeyDates) : PageModel
{
    /// <summary>
    /// When no key date is to come (the programme is over), all of them, as past key dates: "none upcoming" alone
    /// would hide them. Empty while some are to come.
    /// </summary>
    public ImmutableArray<KeyDateView> PastKeyDates { get; init; } = [];
}

/// <summary>An objective's page.</summary>
public sealed record ObjectivePage(ProgrammeView Programme, ObjectiveView Objective) : PageModel;

/// <summary>An activity's page.</summary>
public sealed record ActivityPage(ProgrammeView Programme, ActivityView Activity) : PageModel;

/// <summary>Key dates grouped under a heading (a year, a month of a year).</summary>
/// <param name="Heading">"2021", "Juillet 2021", "Automne 2021".</param>
/// <param name="DateTime">The heading's HTML datetime value ("2021", "2021-07"), or null.</param>
/// <param name="Subgroups">Groups inside this one.</param>
/// <param name="Dates">Key dates directly under this heading.</param>
public sealed record KeyDateGroup(string Heading, string? DateTime, ImmutableArray<KeyDateGroup> Subgroups, ImmutableArray<KeyDateView> Dates);

/// <summary>The programme's calendar file as the key dates page links to it.</summary>
/// <param name="Url">The .ics file.</param>
/// <param name="EventCount">Key dates in it.</param>
/// <param name="OmittedCount">Key dates left out because they are not known to the day.</param>
public sealed record CalendarLink(string Url, int EventCount, int OmittedCount);

/// <summary>A programme's key dates page: upcoming, then past, each grouped by year and month.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Upcoming">Key dates on or after the build date.</param>
/// <param name="Past">Key dates before it.</param>
/// <param name="Calendar">The calendar to subscribe to.</param>
/// <param name="StructuredData">schema.org Event JSON-LD of the day-precise key dates, safe to put in a script element; empty when there are none.</param>
public sealed record KeyDatesPage(ProgrammeView Programme, ImmutableArray<KeyDateGroup> Upcoming, ImmutableArray<KeyDateGroup> Past, CalendarLink Calendar, string StructuredData) : PageModel;

/// <summary>
/// A programme's progress page: its figure, its activities counted by status, per objective and per theme, what is
/// late, the latest notes and its open data. Only a programme with progress information has one.
/// </summary>
/// <param name="Programme">The programme.</param>
/// <param name="Progress">Its progress (the same as <see cref="ProgrammeView.Progress"/>, never null here).</param>
public sealed record ProgressPage(ProgrammeView Programme, ProgressSummaryView Progress) : PageModel;

/// <summary>A programme's timeline page.</summary>
public sealed record TimelinePage(ProgrammeView Programme, TimelineView Timeline) : PageModel;

/// <summary>A programme's PDF file as its printable page links to it.</summary>
/// <param name="Url">The file.</param>
/// <param name="SizeMarker">Written in the page where the file's size goes: the size is known only once the page is printed, and
/// the build puts it in its place then (<c>Writing/PdfPrinter</c>).</param>
public sealed record PdfLink(string Url, string SizeMarker)
{
    /// <summary>The marker the build replaces with the PDF's size, written as a comment so that a page never shows it.</summary>
    public const string Marker = "<!--workplansite:pdf-size-->";
}

/// <summary>
/// A programme's whole text on one page, to read on paper or save as a document: introduction, general objective,
/// themes and lines of action, every objective with its expected results and activities, the activities that serve no
/// objective, and the key dates, in the source's order, under numbered headings with a table of contents.
/// </summary>
/// <param name="Programme">The programme.</param>
/// <param name="Outline">Its numbered headings, for the headings themselves and the table of contents.</param>
/// <param name="Pdf">Its PDF file, when the build makes one.</param>
public sealed record PrintPage(ProgrammeView Programme, PrintOutline Outline, PdfLink? Pdf) : PageModel
{
    /// <summary>The programme's introduction with its headings one level down, to stand under the page's own numbered
    /// "Introduction", and its ids prefixed with <c>introduction-</c>, apart from the page's sections'.</summary>
    public string IntroductionHtml { get; init; } = "";
}

/// <summary>The search page of a language: a form, and the results of the words it was given, found in the language's own index.</summary>
/// <param name="BundleUrl">The folder of Pagefind's index and scripts (<c>/repo/pagefind/</c>).</param>
/// <param name="BaseUrl">The site's root (<c>/repo/</c>), which Pagefind puts before the addresses of the pages it finds.</param>
public sealed record SearchPage(string BundleUrl, string BaseUrl) : PageModel;

/// <summary>A "page not found" page of a language.</summary>
public sealed record NotFoundPage : PageModel;

/// <summary>One language's entry on the site root and the site-wide 404 page.</summary>
public sealed record RootLanguage(string Code, string Name, string Direction, string HomeUrl, string Welcome, string Enter, string NotFoundTitle, string NotFoundText);

/// <summary>The site root: takes visitors to the default language and offers the others.</summary>
public sealed record RootPage(ImmutableArray<RootLanguage> Entries, string DefaultHomeUrl, bool IsNotFound) : PageModel;
