using System.Collections.Immutable;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;

namespace WorkPlanSite.Loading;

/// <summary>What objectives and activities share: a neutral file and one Markdown file per language.</summary>
internal static class TranslatedItem
{
    public static YamlMap? ReadNeutral(ItemFiles item, SiteContext site, string what, string example)
    {
        if (item.NeutralPath is null)
        {
            var path = site.Display(item.LanguagePaths.Values.First());
            site.Diagnostics.Error(SourcePosition.File(path), $"The {what} '{item.Id}' has no language-neutral file {item.Id}.yaml.",
                $"Create {item.Id}.yaml next to it, with the data that is the same in every language (for example '{example}').");
            return null;
        }

        return SourceFiles.ReadYaml(item.NeutralPath, site, $"{item.Id}.yaml");
    }

    public static Translations<T>? ReadTexts<T>(ItemFiles item, SiteContext site, IReadOnlyCollection<string> knownKeys, Func<YamlMap, MarkdownSource, T?> read)
        where T : class
    {
        var texts = ImmutableSortedDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
        var sources = ImmutableSortedDictionary.CreateBuilder<string, TranslationSource>(StringComparer.Ordinal);
        foreach (var (language, path) in item.LanguagePaths)
        {
            var source = SourceFiles.ReadMarkdown(path, site);
            if (source is null)
            {
                continue;
            }

            source.FrontMatter.RejectUnknownKeys([.. knownKeys, TranslationSourceReader.Key]);
            if (read(source.FrontMatter, source) is { } text)
            {
                texts[language] = text;
                sources[language] = TranslationSourceReader.Read(source, language, site);
            }
        }

        if (item.LanguagePaths.Count == 0)
        {
            site.Diagnostics.Error(SourcePosition.File(site.Display(item.NeutralPath!)), $"'{item.Id}' has no text in any language.",
                $"Create {item.Id}.{site.Config.DefaultLanguage}.md with at least a title.");
            return null;
        }

        return texts.Count == 0 ? null : new Translations<T>(texts.ToImmutable()) { Sources = sources.ToImmutable() };
    }
}
