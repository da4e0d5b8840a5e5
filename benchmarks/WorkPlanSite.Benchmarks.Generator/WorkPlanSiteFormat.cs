using System.Globalization;
using System.Text;

namespace WorkPlanSite.Benchmarks.Generator;

/// <summary>Writes the synthetic programmes in WorkPlanSite's content format (docs/content-format.md).</summary>
internal static class WorkPlanSiteFormat
{
    public const string BuildDate = "2016-06-15";

    public static void Write(string root, IReadOnlyList<SyntheticProgramme> programmes)
    {
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "site.config.json"), $$"""
            {
              "title": { "fr": "Programmes de travail (banc d'essai)", "en": "Work programmes (benchmark)" },
              "description": { "fr": "Site synthétique pour mesurer la vitesse.", "en": "A synthetic site to measure speed." },
              "baseUrl": "https://example.org/bench/",
              "defaultLanguage": "fr",
              "languages": [
                { "code": "fr", "name": "Français", "locale": "fr-FR",
                  "paths": { "programmes": "programmes", "objectives": "objectifs", "activities": "activites", "keyDates": "dates-cles", "timeline": "calendrier" } },
                { "code": "en", "name": "English", "locale": "en-GB" }
              ],
              "theme": "default",
              "contentDir": "content",
              "outputDir": "_site",
              "missingTranslations": "fallback",
              "search": "off",
              "pdf": false,
              "buildDate": "{{BuildDate}}"
            }
            """);
        Parallel.ForEach(programmes, p => WriteProgramme(Path.Combine(root, "content", p.Id), p));
    }

    private static void WriteProgramme(string folder, SyntheticProgramme p)
    {
        Directory.CreateDirectory(Path.Combine(folder, "objectives"));
        Directory.CreateDirectory(Path.Combine(folder, "activities"));
        File.WriteAllText(Path.Combine(folder, "programme.yaml"),
            $"order: {p.Order}\nperiod: {p.StartYear}/{p.StartYear + 1}\nthemeLabel: theme\nthemes:\n{string.Concat(p.Themes.Select(t => $"  - {t.Id}\n"))}timeline:\n  groupBy: objective\n  scale: month\n");
        foreach (var (language, text) in p.Texts)
        {
            var themes = string.Concat(p.Themes.Select(t => $"  {t.Id}:\n    name: {t.Name[language]}\n"));
            File.WriteAllText(Path.Combine(folder, $"programme.{language}.md"),
                $"---\ntitle: \"{text.Title}\"\norganisation: \"{p.Organisation[language]}\"\nsummary: \"{text.ExpectedResults}\"\nthemes:\n{themes}---\n\n{text.Body}");
        }

        foreach (var o in p.Objectives)
        {
            File.WriteAllText(Path.Combine(folder, "objectives", o.Id + ".yaml"),
                $"kind: specific\ncode: \"{o.Order}\"\norder: {o.Order}\nthemes: [{o.Theme}]\n");
            WriteTexts(Path.Combine(folder, "objectives", o.Id), o.Texts);
        }

        foreach (var a in p.Activities)
        {
            var yaml = new StringBuilder()
                .Append($"code: \"{a.Code}\"\norder: {a.Order}\nobjective: {a.ObjectiveId}\nthemes: [{a.Theme}]\n")
                .Append($"period: {Month(a.Start)}/{Month(a.End)}\n")
                .Append($"lead:\n  fr: {a.Lead["fr"]}\n  en: {a.Lead["en"]}\n")
                .Append("partners:\n").Append(string.Concat(a.Partners.Select(x => $"  - {x}\n")));
            File.WriteAllText(Path.Combine(folder, "activities", a.Id + ".yaml"), yaml.ToString());
            WriteTexts(Path.Combine(folder, "activities", a.Id), a.Texts);
        }

        var dates = new StringBuilder();
        foreach (var k in p.KeyDates)
        {
            dates.Append($"- date: {Day(k.Start)}{(k.End is { } end ? "/" + Day(end) : "")}\n");
            dates.Append($"  title:\n    fr: \"{k.Title["fr"]}\"\n    en: \"{k.Title["en"]}\"\n");
            dates.Append($"  place: {k.Place}\n");
            if (k.ActivityId is not null)
            {
                dates.Append($"  activity: {k.ActivityId}\n");
            }
        }

        File.WriteAllText(Path.Combine(folder, "key-dates.yaml"), dates.ToString());
    }

    private static void WriteTexts(string pathWithoutSuffix, IReadOnlyDictionary<string, ItemText> texts)
    {
        foreach (var (language, text) in texts)
        {
            File.WriteAllText($"{pathWithoutSuffix}.{language}.md",
                $"---\ntitle: \"{text.Title}\"\nexpectedResults: |\n  {text.ExpectedResults}\n---\n\n{text.Body}");
        }
    }

    private static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
