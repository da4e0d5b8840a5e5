using System.Collections.Immutable;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using YamlDotNet.RepresentationModel;

namespace WorkPlanSite.Loading;

/// <summary>Loads <c>key-dates.yaml</c>: a list of dates with their title per language.</summary>
internal sealed class KeyDateLoader(SiteContext site)
{
    private static readonly string[] Keys = ["date", "title", "place", "activity"];

    public ImmutableArray<KeyDate> Load(string fullPath)
    {
        var display = site.Display(fullPath);
        var text = SourceText.Read(fullPath, display, site.Diagnostics);
        if (text is null)
        {
            return [];
        }

        var root = YamlDocumentReader.Parse(text, display, 0, site.Diagnostics);
        if (root is null)
        {
            return [];
        }

        if (root is not YamlSequenceNode list)
        {
            site.Diagnostics.Error(YamlDocumentReader.PositionOf(root, display, 0), "key-dates.yaml must be a list of key dates, each starting with '- date:'.",
                "For example:\n- date: 2021-03\n  title:\n    fr: …\n    en: …");
            return [];
        }

        var languages = site.Config.LanguageCodes.ToList();
        var result = ImmutableArray.CreateBuilder<KeyDate>();
        var index = 0;
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode mapping)
            {
                site.Diagnostics.Error(YamlDocumentReader.PositionOf(node, display, 0), "Each key date must be a set of 'key: value' lines (date, title, place, activity).");
                continue;
            }

            var map = new YamlMap(mapping, display, 0, site.Diagnostics);
            map.RejectUnknownKeys(Keys);
            var date = map.Date("date", required: true);
            var titleNode = map.Node("title");
            if (titleNode is null)
            {
                map.Missing("title");
            }

            var title = titleNode is null ? null : LocalizedTextReader.Read(map, "title", titleNode, languages);
            var place = map.Node("place") is { } placeNode ? LocalizedTextReader.Read(map, "place", placeNode, languages) : LocalizedText.Empty;
            var activity = map.String("activity");
            if (date is not null && title is not null && !title.IsEmpty)
            {
                result.Add(new KeyDate(date, title, place ?? LocalizedText.Empty, activity, index, map.Position) { ActivityPosition = activity is null ? null : map.PositionOf("activity") });
            }

            index++;
        }

        return result.ToImmutable();
    }
}
