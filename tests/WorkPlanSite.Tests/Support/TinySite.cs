using WorkPlanSite.Building;
using WorkPlanSite.Configuration;

namespace WorkPlanSite.Tests.Support;

/// <summary>
/// A small site written into a temp folder by a test: a configuration, a programme with one objective and one
/// activity in French and English, and whatever files the test adds or replaces.
/// </summary>
internal sealed class TinySite : IDisposable
{
    private readonly TempFolder _folder = new();

    public TinySite(string? config = null)
    {
        Write("site.config.json", config ?? DefaultConfig);
        Write("content/prog/programme.yaml", "order: 1\nperiod: 2021/2022\nthemes: [people]\n");
        Write("content/prog/programme.fr.md", "---\ntitle: Programme\norganisation: Réseau\nthemes:\n  people:\n    name: Personnes\n---\n\nIntroduction.\n");
        Write("content/prog/programme.en.md", "---\ntitle: Programme EN\norganisation: Network\nthemes:\n  people:\n    name: People\n---\n\nIntroduction.\n");
        Write("content/prog/objectives/obj.yaml", "kind: specific\ncode: \"1\"\norder: 1\n");
        Write("content/prog/objectives/obj.fr.md", "---\ntitle: Objectif\nslug: objectif\n---\n\nTexte.\n");
        Write("content/prog/objectives/obj.en.md", "---\ntitle: Objective\n---\n\nText.\n");
        Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: obj\nthemes: [people]\nperiod: 2021-03/2021-06\n");
        Write("content/prog/activities/act.fr.md", "---\ntitle: Activité\nslug: activite\nexpectedResults: Un résultat.\n---\n\nDescription.\n");
        Write("content/prog/activities/act.en.md", "---\ntitle: Activity\nexpectedResults: A result.\n---\n\nDescription.\n");
        Write("content/prog/key-dates.yaml", "- date: 2021-05-31/2021-06-04\n  title:\n    fr: Semaine verte\n    en: Green Week\n  activity: act\n");
    }

    public const string DefaultConfig = """
        {
          "title": { "fr": "Site", "en": "Site EN" },
          "baseUrl": "https://example.org/sub/",
          "defaultLanguage": "fr",
          "languages": [
            { "code": "fr", "name": "Français", "locale": "fr-FR" },
            { "code": "en", "name": "English", "locale": "en-GB" }
          ],
          "buildDate": "2021-04-01"
        }
        """;

    public string Root => _folder.Path;

    public string Output => _folder.Combine("_site");

    public BuildOptions Options => new(Path.Combine(Root, "site.config.json"));

    public void Write(string relativePath, string text)
    {
        var path = _folder.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Adds a programme with no objective or activity, its title in French and English.</summary>
    public void AddProgramme(string id, int order, string period, string frenchTitle, string englishTitle)
    {
        Write($"content/{id}/programme.yaml", $"order: {order}\nperiod: {period}\n");
        Write($"content/{id}/programme.fr.md", $"---\ntitle: {frenchTitle}\norganisation: Réseau\n---\n\nIntroduction.\n");
        Write($"content/{id}/programme.en.md", $"---\ntitle: {englishTitle}\norganisation: Network\n---\n\nIntroduction.\n");
    }

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = _folder.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The full path of a file of the site, as a file watcher reports it.</summary>
    public string PathOf(string relativePath) => _folder.Combine(relativePath.Split('/'));

    public void Delete(string relativePath)
    {
        var path = _folder.Combine(relativePath.Split('/'));
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public Task<BuildResult> BuildAsync() => new SiteBuilder().BuildAsync(Options);

    public Task<BuildResult> CheckAsync() => new SiteBuilder().CheckAsync(Options);

    internal BuiltSite Built => new(Output, "https://example.org/sub/");

    public void Dispose() => _folder.Dispose();
}
