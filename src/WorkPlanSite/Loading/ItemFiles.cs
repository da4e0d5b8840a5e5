using System.Text.RegularExpressions;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Loading;

/// <summary>The files of one item in a folder: its language-neutral YAML file and its Markdown file per language.</summary>
/// <param name="Id">The item id (file name without suffixes).</param>
/// <param name="NeutralPath">Full path of <c>id.yaml</c>, or null when missing.</param>
/// <param name="LanguagePaths">Full path of <c>id.lang.md</c> per language code.</param>
internal sealed record ItemFiles(string Id, string? NeutralPath, SortedDictionary<string, string> LanguagePaths);

/// <summary>Groups the files of a folder into items and reports the file names that cannot be one.</summary>
internal static partial class ItemFileScanner
{
    public static IReadOnlyList<ItemFiles> Scan(string folder, SiteContext site)
    {
        var items = new SortedDictionary<string, (string? Neutral, SortedDictionary<string, string> Languages)>(StringComparer.Ordinal);
        if (SourceText.IsLink(folder))
        {
            SourceText.ReportLink(site.Display(folder), site.Diagnostics);
            return [];
        }

        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var display = site.Display(file);
            // Other files (images, documents) are published when a text links to them, and reported as unused otherwise
            // (Attachments/UnusedContentFiles), once every text is read.
            if (name.StartsWith('.') || !Attachments.MediaRules.IsContentText(name))
            {
                continue;
            }

            if (SourceText.IsLink(file))
            {
                SourceText.ReportLink(display, site.Diagnostics);
                continue;
            }

            var neutral = NeutralName().Match(name);
            var translated = LanguageName().Match(name);
            string id;
            string? language = null;
            if (neutral.Success)
            {
                id = neutral.Groups["id"].Value;
            }
            else if (translated.Success)
            {
                id = translated.Groups["id"].Value;
                language = translated.Groups["lang"].Value;
            }
            else
            {
                site.Diagnostics.Warning(SourcePosition.File(display), "This file is not used: its name is neither 'id.yaml' nor 'id.<language>.md'.",
                    "Rename it (for example 'my-activity.fr.md') or move it out of the content folder.");
                continue;
            }

            if (!site.CheckId(id, display))
            {
                continue;
            }

            if (language is not null && !site.Config.LanguageCodes.Contains(language))
            {
                site.Diagnostics.Error(SourcePosition.File(display), $"The language suffix '.{language}.' is not one of the site's languages ({string.Join(", ", site.Config.LanguageCodes)}).",
                    Text.Suggestions.DidYouMean(language, site.Config.LanguageCodes) ?? "Add the language to site.config.json, or rename the file.");
                continue;
            }

            if (!items.TryGetValue(id, out var entry))
            {
                entry = (null, new SortedDictionary<string, string>(StringComparer.Ordinal));
            }

            if (language is null)
            {
                if (entry.Neutral is not null)
                {
                    site.Diagnostics.Error(SourcePosition.File(display), $"'{id}' has two language-neutral files.", $"Keep one of {Path.GetFileName(entry.Neutral)} and {name}.");
                    continue;
                }

                entry.Neutral = file;
            }
            else
            {
                entry.Languages[language] = file;
            }

            items[id] = entry;
        }

        return items.Select(pair => new ItemFiles(pair.Key, pair.Value.Neutral, pair.Value.Languages)).ToList();
    }

    [GeneratedRegex(@"^(?<id>[^.]+)\.ya?ml$")]
    private static partial Regex NeutralName();

    [GeneratedRegex(@"^(?<id>[^.]+)\.(?<lang>[^.]+)\.md$")]
    private static partial Regex LanguageName();
}
