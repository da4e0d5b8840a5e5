using System.Collections.Immutable;
using WorkPlanSite.Model;

namespace WorkPlanSite.Configuration;

/// <summary>What to do with a page that has no translation in a language.</summary>
public enum MissingTranslationMode
{
    /// <summary>Publish the page in that language with the original text, marked with its real language, and a notice.</summary>
    Fallback,

    /// <summary>Do not publish the page in that language; nothing links to it there.</summary>
    Omit,
}

/// <summary>What happens to HTML written inside Markdown.</summary>
public enum RawHtmlMode
{
    /// <summary>Kept, but passed through an allow-list: no scripts, styles, frames, forms, event attributes or script URLs.</summary>
    Sanitize,

    /// <summary>Kept as written: for a site whose authors are all trusted.</summary>
    Trust,
}

/// <summary>Writing direction of a language.</summary>
public enum TextDirection
{
    /// <summary>Left to right.</summary>
    Ltr,

    /// <summary>Right to left (Arabic, Hebrew…).</summary>
    Rtl,
}

/// <summary>The URL segment of each section in one language, so that French URLs can read <c>/fr/programmes/x/activites/</c>.</summary>
public sealed record SectionPaths(string Programmes, string Objectives, string Activities, string KeyDates, string Timeline, string Progress = "progress")
{
    /// <summary>A programme's whole text on one printable page, under the programme's page.</summary>
    public string Print { get; init; } = "print";

    /// <summary>The search page, under a language's home page.</summary>
    public string Search { get; init; } = "search";

    /// <summary>The English segments, used for any segment a language does not translate.</summary>
    public static SectionPaths Default { get; } = new("programmes", "objectives", "activities", "key-dates", "timeline", "progress");
}

/// <summary>One language of the site.</summary>
/// <param name="Code">Suffix of content files and first URL segment (<c>fr</c>).</param>
/// <param name="Name">The language's own name (<c>Français</c>).</param>
/// <param name="Locale">The culture dates are written with (<c>fr-FR</c>).</param>
/// <param name="Direction">Writing direction.</param>
/// <param name="Paths">URL segments of the sections.</param>
public sealed record LanguageConfig(string Code, string Name, string Locale, TextDirection Direction, SectionPaths Paths);

/// <summary>The site's configuration, read from <c>site.config.json</c> and refined by command-line options.</summary>
public sealed record SiteConfig
{
    /// <summary>Folder of the configuration file; relative paths are resolved against it.</summary>
    public required string RootDirectory { get; init; }

    /// <summary>Path of the configuration file relative to <see cref="RootDirectory"/>, for messages.</summary>
    public required string ConfigFile { get; init; }

    /// <summary>Site title per language.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>Home page description per language (may be empty).</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>Absolute URL the site is published at, always ending with '/'.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>Code of the default language.</summary>
    public required string DefaultLanguage { get; init; }

    /// <summary>Languages in switcher order.</summary>
    public required ImmutableArray<LanguageConfig> Languages { get; init; }

    /// <summary>Theme folder name under <c>themes/</c>.</summary>
    public string Theme { get; init; } = "default";

    /// <summary>Content folder, absolute.</summary>
    public required string ContentDirectory { get; init; }

    /// <summary>Output folder, absolute.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Custom domain for GitHub Pages, if any.</summary>
    public string? Cname { get; init; }

    /// <summary>Policy for missing translations.</summary>
    public MissingTranslationMode MissingTranslations { get; init; } = MissingTranslationMode.Fallback;

    /// <summary>What happens to HTML written inside Markdown (<c>markdown.rawHtml</c>).</summary>
    public RawHtmlMode RawHtml { get; init; } = RawHtmlMode.Sanitize;

    /// <summary>The date "today" is for this build (upcoming key dates, timeline marker).</summary>
    public required DateOnly BuildDate { get; init; }

    /// <summary>The statuses activities may have (<c>statuses</c>): the default set, renamed or extended by the site.</summary>
    public StatusSet Statuses { get; init; } = StatusSet.Default;

    /// <summary>Who publishes the site: logo, favicon, shared image, name and address (<c>identity</c>).</summary>
    public SiteIdentity Identity { get; init; } = SiteIdentity.None;

    /// <summary>Search with Pagefind (<c>search</c>): when it runs, and where Pagefind is.</summary>
    public SearchSettings Search { get; init; } = SearchSettings.Default;

    /// <summary>The programmes' printable pages as PDF files (<c>pdf</c>): whether they are made, and with which Chromium.</summary>
    public PdfSettings Pdf { get; init; } = PdfSettings.Default;
    /// <summary>The main menu and the footer menu (<c>menus</c>); their pages and programmes are checked once the content is loaded.</summary>
    public MenusConfig Menus { get; init; } = MenusConfig.None;

    /// <summary>The path part of <see cref="BaseUrl"/>: <c>/</c> or <c>/repo/</c>.</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    /// <summary>The configuration of a language code.</summary>
    public LanguageConfig Language(string code) => Languages.First(l => l.Code == code);

    /// <summary>Language codes in order.</summary>
    public IEnumerable<string> LanguageCodes => Languages.Select(l => l.Code);
}
