using System.Collections.Immutable;
using WorkPlanSite.Model;

namespace WorkPlanSite.Loading;

/// <summary>Loads the <c>activities</c> folder of a programme.</summary>
internal sealed class ActivityLoader(SiteContext site)
{
    private static readonly string[] NeutralKeys = ["code", "order", "objective", "themes", "period", "phases", "lead", "partners", OriginalLanguageReader.Key, IndicatorReader.Key, .. ProgressReader.NeutralKeys];
    private static readonly string[] TextKeys = ["title", "slug", "expectedResults", "phaseActions", IndicatorReader.Key, .. ProgressReader.TextKeys];

    /// <summary>The activities in <paramref name="folder"/>; <paramref name="programmeOriginal"/> is the programme's declared original language.</summary>
    public ImmutableArray<Activity> LoadAll(string folder, string? programmeOriginal = null)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var languages = site.Config.LanguageCodes.ToList();
        var result = ImmutableArray.CreateBuilder<Activity>();
        foreach (var item in ItemFileScanner.Scan(folder, site))
        {
            var neutral = TranslatedItem.ReadNeutral(item, site, "activity", "objective: 1-reference");
            if (neutral is null)
            {
                continue;
            }

            neutral.RejectUnknownKeys(NeutralKeys);
            var own = OriginalLanguageReader.Read(neutral, site);
            var texts = TranslatedItem.ReadTexts(item, site, TextKeys, ReadText) is { } read
                ? OriginalLanguageReader.Apply(read, own, programmeOriginal, neutral, item.Id, site)
                : null;
            var period = neutral.Date("period");
            var phases = neutral.StringList("phases").ToImmutableArray();
            var activity = new Activity
            {
                Id = item.Id,
                Code = neutral.String("code"),
                Order = neutral.Int("order") ?? 0,
                ObjectiveId = neutral.String("objective"),
                Themes = neutral.StringList("themes").ToImmutableArray(),
                Period = period,
                Phases = phases,
                NothingPlanned = period is null && phases.IsEmpty && (neutral.Has("period") || neutral.Has("phases")),
                Lead = neutral.Node("lead") is { } lead ? LocalizedTextReader.Read(neutral, "lead", lead, languages) ?? LocalizedText.Empty : LocalizedText.Empty,
                Partners = LocalizedTextReader.ReadList(neutral, "partners", languages),
                Progress = ProgressReader.Read(neutral),
                Indicators = IndicatorReader.Read(neutral),
                Texts = texts!,
                Source = neutral.SourceMap(),
            };
            if (texts is not null)
            {
                result.Add(activity);
            }
        }

        return result.ToImmutable();
    }

    private static ActivityText? ReadText(YamlMap map, MarkdownSource source)
    {
        var title = map.String("title", required: true);
        var actions = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        if (map.Map("phaseActions") is { } phaseMap)
        {
            foreach (var (phase, _, _) in phaseMap.Entries())
            {
                actions[phase] = phaseMap.StringList(phase).ToImmutableArray();
            }
        }

        return title is null
            ? null
            : new ActivityText(title, ProgrammeLoader.ReadSlug(map), SourceFiles.FrontMatterMarkdown(map, "expectedResults"), actions.ToImmutable(), source.Body, source.Position)
            {
                MilestoneTitles = ProgressReader.MilestoneTitles(map),
                MilestoneTitlesPosition = map.Has("milestones") ? map.PositionOf("milestones") : null,
                ProgressNote = map.String("progressNote"),
                IndicatorTexts = IndicatorReader.ReadTexts(map),
            };
    }
}
