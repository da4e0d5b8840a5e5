using WorkPlanSite.Model;
using YamlDotNet.RepresentationModel;

namespace WorkPlanSite.Loading;

/// <summary>Reads a text that is either one text for all languages or a mapping from language code to text.</summary>
internal static class LocalizedTextReader
{
    public static LocalizedText? Read(YamlMap map, string key, YamlNode node, IReadOnlyCollection<string> languages)
    {
        switch (node)
        {
            case YamlScalarNode:
                return map.ScalarText(node, key) is { } text ? LocalizedText.Same(text) : null;
            case YamlMappingNode:
                var inner = map.Map(key)!;
                var texts = new List<KeyValuePair<string, string>>();
                foreach (var (language, value, position) in inner.Entries())
                {
                    if (!languages.Contains(language))
                    {
                        map.Diagnostics.Error(position, $"'{language}' in '{map.Qualified(key)}' is not one of the site's languages ({string.Join(", ", languages)}).",
                            WorkPlanSite.Text.Suggestions.DidYouMean(language, languages) ?? "Add the language to site.config.json or remove this line.");
                        continue;
                    }

                    if (inner.ScalarText(value, language) is { } translated)
                    {
                        texts.Add(new(language, translated));
                    }
                }

                return LocalizedText.Of(texts);
            default:
                map.Diagnostics.Error(map.PositionOfNode(node), $"'{map.Qualified(key)}' must be a text, or one text per language ('fr: …' lines).");
                return null;
        }
    }
}
