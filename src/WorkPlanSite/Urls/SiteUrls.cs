using WorkPlanSite.Configuration;
using WorkPlanSite.Model;

namespace WorkPlanSite.Urls;

/// <summary>
/// The one place that knows the site's URL policy. Every link in the output comes from here, with the
/// base path (<c>/repo/</c> under GitHub Pages) and the language's translated section names and slugs:
/// <c>{base}{lang}/{programmes}/{programme}/{activities}/{activity}/</c>, and the site's own pages at
/// <c>{base}{lang}/{page}/{child page}/</c>.
/// </summary>
public sealed class SiteUrls(SiteConfig config)
{
    /// <summary>The site root (<c>/</c> or <c>/repo/</c>).</summary>
    public string Root => config.BasePath;

    /// <summary>The site-wide "not found" page that GitHub Pages serves for any missing path.</summary>
    public string NotFound => Root + "404.html";

    /// <summary>The sitemap.</summary>
    public string Sitemap => Root + "sitemap.xml";

    /// <summary>The home page of a language.</summary>
    public string Home(string language) => $"{Root}{language}/";

    /// <summary>The "not found" page of a language.</summary>
    public string LanguageNotFound(string language) => Home(language) + "404.html";

    /// <summary>A programme's page.</summary>
    public string Programme(Programme programme, string language) =>
        $"{Home(language)}{Paths(language).Programmes}/{Slug(programme.Texts, language, programme.Id, t => t.Slug)}/";

    /// <summary>An objective's page.</summary>
    public string Objective(Programme programme, Objective objective, string language) =>
        $"{Programme(programme, language)}{Paths(language).Objectives}/{Slug(objective.Texts, language, objective.Id, t => t.Slug)}/";

    /// <summary>An activity's page.</summary>
    public string Activity(Programme programme, Activity activity, string language) =>
        $"{Programme(programme, language)}{Paths(language).Activities}/{Slug(activity.Texts, language, activity.Id, t => t.Slug)}/";

    /// <summary>A programme's key dates page.</summary>
    public string KeyDates(Programme programme, string language) => $"{Programme(programme, language)}{Paths(language).KeyDates}/";

    /// <summary>A programme's progress as open data in a language, beside its page (<paramref name="extension"/> is <c>json</c> or <c>csv</c>).</summary>
    public string ProgressData(Programme programme, string language, string extension) => $"{Programme(programme, language)}{programme.Id}-progress-{language}.{extension}";

    /// <summary>A programme's progress page (only a programme with progress information has one).</summary>
    public string Progress(Programme programme, string language) => $"{Programme(programme, language)}{Paths(language).Progress}/";

    /// <summary>A programme's indicators as CSV in a language, beside its page.</summary>
    public string IndicatorData(Programme programme, string language) => $"{Programme(programme, language)}{programme.Id}-indicators-{language}.csv";

    /// <summary>The JSON Schema of a programme's progress data, published beside its data files so that they can be read without this site's source.</summary>
    public string ProgressSchema(Programme programme, string language) => $"{Programme(programme, language)}progress-data.schema.json";

    /// <summary>A programme's calendar file (iCalendar) in a language.</summary>
    public string Calendar(Programme programme, string language) => $"{KeyDates(programme, language)}{programme.Id}-{language}.ics";

    /// <summary>A programme's timeline page.</summary>
    public string Timeline(Programme programme, string language) => $"{Programme(programme, language)}{Paths(language).Timeline}/";

    /// <summary>A programme's whole text on one printable page.</summary>
    public string Print(Programme programme, string language) => $"{Programme(programme, language)}{Paths(language).Print}/";

    /// <summary>A programme's printable page as a PDF file, beside the page.</summary>
    public string PrintPdf(Programme programme, string language) => $"{Print(programme, language)}{programme.Id}-{language}.pdf";

    /// <summary>The search page of a language.</summary>
    public string Search(string language) => $"{Home(language)}{Paths(language).Search}/";

    /// <summary>The folder Pagefind writes its index and scripts into.</summary>
    public string SearchBundle => Root + "pagefind/";
    /// <summary>
    /// A file of the content folder that a text links to (an image, a PDF), published once for every language under
    /// <c>{base}files/</c> with its path in the content folder: <paramref name="pathInContent"/> is that path
    /// (<c>prog/activities/quatre-p.svg</c>), each segment escaped in the address.
    /// </summary>
    public string ContentFile(string pathInContent) =>
        $"{Root}files/{string.Join('/', pathInContent.Split('/').Select(Uri.EscapeDataString))}";

    /// <summary>A file of the site's identity (logo, favicon), published under <c>{base}site/</c> with its path in the site's folder.</summary>
    public string IdentityFile(string sitePath) =>
        $"{Root}site/{string.Join('/', sitePath.Split('/').Select(Uri.EscapeDataString))}";

    /// <summary>
    /// One of the site's own pages: under the language's home, the slugs of its ancestors then its own, each in that
    /// language (<c>/fr/a-propos/equipe/</c>).
    /// </summary>
    public string Page(OwnContent content, Page page, string language) =>
        Home(language) + string.Concat(content.Lineage(page).Select(p => Slug(p.Texts, language, p.Id, t => t.Slug) + "/"));

    /// <summary>A file of the theme's assets.</summary>
    public string Asset(string file) => $"{Root}assets/{file}";

    /// <summary>An absolute URL for a site path (canonical links, sitemap, social tags).</summary>
    public string Absolute(string path) => config.BaseUrl.GetLeftPart(UriPartial.Authority) + path;

    /// <summary>The output file of a site path, relative to the output folder (<c>fr/index.html</c>).</summary>
    public string OutputPath(string path)
    {
        if (!path.StartsWith(Root, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{path}' is not under the site's base path '{Root}'.", nameof(path));
        }

        // Only the addresses of content files are escaped (their names are the authors'); pages and assets never are.
        var relative = path.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(path[Root.Length..]) : path[Root.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    private SectionPaths Paths(string language) => config.Language(language).Paths;

    /// <summary>The item's slug in the language when it is translated there; its id otherwise (a fallback page).</summary>
    private static string Slug<T>(Translations<T> texts, string language, string id, Func<T, string?> slug)
        where T : class => texts.Get(language) is { } text ? slug(text) ?? id : id;
}
