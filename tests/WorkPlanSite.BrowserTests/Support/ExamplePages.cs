namespace WorkPlanSite.BrowserTests.Support;

/// <summary>
/// A few pages of the example site, by role and language: the CCRE 2021-2022 programme, its first objective and the
/// first activity of that objective, its timeline and its key dates; the site's own "About this site" page and its
/// accessibility statement.
/// </summary>
internal static class ExamplePages
{
    public static readonly IReadOnlyList<string> Languages = ["fr", "en"];

    public static string Home(string language) => language + "/";

    public static string Programme(string language) => language + "/programmes/ccre-2021-2022/";

    public static string Objective(string language) =>
        Programme(language) + (language == "fr" ? "objectifs/etre-la-reference/" : "objectives/be-the-reference/");

    public static string Activity(string language) =>
        Programme(language) + (language == "fr" ? "activites/influencer-les-politiques/" : "activities/influencing-eu-policies/");

    public static string Timeline(string language) => Programme(language) + (language == "fr" ? "calendrier/" : "timeline/");

    public static string KeyDates(string language) => Programme(language) + (language == "fr" ? "dates-cles/" : "key-dates/");

    public static string Search(string language) => language + (language == "fr" ? "/recherche/" : "/search/");

    public static string Print(string language) => Programme(language) + (language == "fr" ? "impression/" : "print/");
    public static string About(string language) => language + (language == "fr" ? "/a-propos/" : "/about/");

    public static string AccessibilityStatement(string language) => language + (language == "fr" ? "/accessibilite/" : "/accessibility/");

    /// <summary>Each key page by a short name, for screenshots and reports.</summary>
    public static IEnumerable<(string Name, string Path)> KeyPages(string language) =>
    [
        ("home", Home(language)),
        ("programme", Programme(language)),
        ("objective", Objective(language)),
        ("activity", Activity(language)),
        ("timeline", Timeline(language)),
        ("key-dates", KeyDates(language)),
        ("about", About(language)),
        ("accessibility", AccessibilityStatement(language)),
    ];
}
