using System.Collections.Immutable;
using WorkPlanSite.Model;
using YamlDotNet.RepresentationModel;

namespace WorkPlanSite.Loading;

/// <summary>Reads a text that is either one text for all languages or a mapping from language code to text.</summary>
internal static class LocalizedTextReader
{
    /// <summary>A list whose items are each one text for all languages or one text per language.</summary>
    public static ImmutableArray<LocalizedText> ReadList(YamlMap map, string key, IReadOnlyCollection<string> languages)
    {
        var node = map.Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                var items = ImmutableArray.CreateBuilder<LocalizedText>();
                var index = 0;
                foreach (var child in sequence.Children)
                {
                    var item = child is YamlMappingNode mapping
                        ? FromMapping(new YamlMap(mapping, map.Path, map.LineOffset, map.Diagnostics, $"{map.Qualified(key)}[{index}]"), languages)
                        : map.ScalarText(child, key) is { } text ? LocalizedText.Same(text) : null;
                    if (item is not null)
                    {
                        items.Add(item);
                    }

                    index++;
                }

                return items.ToImmutable();
            default:
                return map.ScalarText(node, key) is { } single ? [LocalizedText.Same(single)] : [];
        }
    }

    public static LocalizedText? Read(YamlMap map, string key, YamlNode node, IReadOnlyCollection<string> languages)
    {
        switch (node)
        {
            case YamlScalarNode:
                return map.ScalarText(node, key) is { } text ? LocalizedText.Same(text) : null;
            case YamlMappingNode:
                return FromMapping(map.Map(key)!, languages);
            default:
                map.Diagnostics.Error(map.PositionOfNode(node), $"'{map.Qualified(key)}' must be a text, or one text per language ('fr: …' lines).");
                return null;
        }
    }

    private static LocalizedText FromMapping(YamlMap inner, IReadOnlyCollection<string> languages)
    {
        var texts = new List<KeyValuePair<string, string>>();
        foreach (var (language, value, position) in inner.Entries())
        {
            if (!languages.Contains(language))
            {
                inner.Diagnostics.Error(position, $"'{language}' in '{inner.Context}' is not one of the site's languages ({string.Join(", ", languages)}).",
                    WorkPlanSite.Text.Suggestions.DidYouMean(language, languages) ?? "Add the language to site.config.json or remove this line.");
                continue;
            }

            if (inner.ScalarText(value, language) is { } translated)
            {
                texts.Add(new(language, translated));
            }
        }

        return LocalizedText.Of(texts);
    }
}
