using System.Collections.Immutable;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;

namespace WorkPlanSite.Loading;

/// <summary>Loads the <c>objectives</c> folder of a programme.</summary>
internal sealed class ObjectiveLoader(SiteContext site)
{
    private static readonly string[] NeutralKeys = ["kind", "code", "order", "themes", "weight", IndicatorReader.Key, OriginalLanguageReader.Key];
    private static readonly string[] TextKeys = ["title", "slug", "expectedResults", IndicatorReader.Key];

    /// <summary>The objectives in <paramref name="folder"/>; <paramref name="programmeOriginal"/> is the programme's declared original language.</summary>
    public ImmutableArray<Objective> LoadAll(string folder, string? programmeOriginal = null)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<Objective>();
        foreach (var item in ItemFileScanner.Scan(folder, site))
        {
            var neutral = TranslatedItem.ReadNeutral(item, site, "objective", "kind: specific");
            if (neutral is null)
            {
                continue;
            }

            neutral.RejectUnknownKeys(NeutralKeys);
            var kind = neutral.Has("kind")
                ? ProgrammeLoader.ReadEnum(neutral, "kind", ObjectiveKind.Specific)
                : Missing(neutral);
            var texts = TranslatedItem.ReadTexts<ObjectiveText>(item, site, TextKeys, (map, body) =>
            {
                var title = map.String("title", required: true);
                return title is null ? null : new ObjectiveText(title, ProgrammeLoader.ReadSlug(map), SourceFiles.FrontMatterMarkdown(map, "expectedResults"), body.Body, body.Position) { IndicatorTexts = IndicatorReader.ReadTexts(map) };
            });
            if (texts is null)
            {
                continue;
            }

            result.Add(new Objective
            {
                Id = item.Id,
                Kind = kind,
                Code = neutral.String("code"),
                Order = neutral.Int("order") ?? 0,
                Themes = neutral.StringList("themes").ToImmutableArray(),
                Weight = ProgressReader.Weight(neutral),
                Indicators = IndicatorReader.Read(neutral),
                Texts = OriginalLanguageReader.Apply(texts, OriginalLanguageReader.Read(neutral, site), programmeOriginal, neutral, item.Id, site),
                Source = neutral.SourceMap(),
            });
        }

        return result.ToImmutable();
    }

    private static ObjectiveKind Missing(YamlMap neutral)
    {
        neutral.Missing("kind");
        return ObjectiveKind.Specific;
    }
}
