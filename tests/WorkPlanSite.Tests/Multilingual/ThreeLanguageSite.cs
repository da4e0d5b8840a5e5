using WorkPlanSite.Model;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Multilingual;

/// <summary>
/// A tiny site in French (default), English and Polish, translated unevenly, as secretariats do:
/// <list type="bullet">
/// <item>the programme is in all three languages;</item>
/// <item>the objective is in French and English only (Polish missing);</item>
/// <item>activity <c>act</c> is in French and Polish with its own slug in each (English missing);</item>
/// <item>activity <c>other</c> is in all three, with a slug per language;</item>
/// <item>the default theme has no Polish strings: the site brings a partial <c>i18n/pl.yaml</c> and translated URL sections.</item>
/// </list>
/// </summary>
internal static class ThreeLanguageSite
{
    public static string Config(string mode) => $$"""
        {
          "title": { "fr": "Site", "en": "Site EN", "pl": "Witryna" },
          "baseUrl": "https://example.org/sub/",
          "defaultLanguage": "fr",
          "languages": [
            { "code": "fr", "name": "Français", "locale": "fr-FR", "paths": { "activities": "activites" } },
            { "code": "en", "name": "English", "locale": "en-GB" },
            { "code": "pl", "name": "Polski", "locale": "pl-PL", "paths": { "activities": "dzialania", "keyDates": "kluczowe-daty" } }
          ],
          "missingTranslations": "{{mode}}",
          "buildDate": "2021-04-01"
        }
        """;

    /// <summary>The UI strings the site brings for Polish: a few, so that the rest falls back to French.</summary>
    public const string PolishStrings = """
        site:
          skipToContent: Przejdź do treści
          languageSwitcher: Język
        nav:
          home: Strona główna
        fallback:
          notice: "Ta strona nie została jeszcze przetłumaczona na język polski: wyświetlamy ją w języku oryginału ({language})."
        """;

    public static TinySite Create(string mode = "fallback")
    {
        var site = new TinySite(Config(mode));
        site.Write("i18n/pl.yaml", PolishStrings);
        site.Write("content/prog/programme.pl.md", "---\ntitle: Program\norganisation: Sieć\nthemes:\n  people:\n    name: Ludzie\n---\n\nWprowadzenie.\n");
        site.Delete("content/prog/activities/act.en.md");
        site.Write("content/prog/activities/act.pl.md", "---\ntitle: Działanie\nslug: dzialanie\nexpectedResults: Wynik.\n---\n\nOpis.\n");
        site.Write("content/prog/activities/other.yaml", "code: \"1.2\"\norder: 2\nobjective: obj\nthemes: [people]\nperiod: 2021-05\n");
        site.Write("content/prog/activities/other.fr.md", "---\ntitle: Autre activité\nslug: autre\nexpectedResults: Un autre résultat.\n---\n\nTexte.\n");
        site.Write("content/prog/activities/other.en.md", "---\ntitle: Other activity\nslug: other-one\nexpectedResults: Another result.\n---\n\nText.\n");
        site.Write("content/prog/activities/other.pl.md", "---\ntitle: Inne działanie\nslug: inne\nexpectedResults: Inny wynik.\n---\n\nTekst.\n");
        site.Write("content/prog/key-dates.yaml", "- date: 2021-05-31/2021-06-04\n  title:\n    fr: Semaine verte\n    en: Green Week\n    pl: Zielony Tydzień\n  activity: act\n");
        return site;
    }

    /// <summary>The stamp a translation made from <paramref name="relativePath"/> as it is now would carry.</summary>
    public static string StampOf(TinySite site, string language, string relativePath) =>
        $"{language}@{ContentFingerprint.Of(File.ReadAllText(Path.Combine(site.Root, relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal))}";
}
