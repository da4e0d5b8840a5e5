using System.Collections.Immutable;
using WorkPlanSite.Dates;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;

namespace WorkPlanSite.Loading;

/// <summary>Loads one programme folder: <c>programme.yaml</c>, <c>programme.&lt;lang&gt;.md</c>, objectives, activities, key dates.</summary>
internal sealed class ProgrammeLoader(SiteContext site)
{
    private static readonly string[] NeutralKeys = ["order", "period", "themeLabel", "themes", "phases", "timeline", OriginalLanguageReader.Key];
    private static readonly string[] TextKeys = ["title", "slug", "organisation", "summary", "themes", "phases"];
    private static readonly string[] ThemeKeys = ["name", "tagline", "description", "linesOfAction"];
    private static readonly string[] PhaseKeys = ["id", "period"];
    private static readonly string[] TimelineKeys = ["groupBy", "scale"];
    private static readonly HashSet<string> KnownFolders = new(["objectives", "activities"], StringComparer.Ordinal);

    private static bool HoldsContentTexts(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any(f => Attachments.MediaRules.IsContentText(Path.GetFileName(f)));

    public Programme? Load(string folder)
    {
        var id = Path.GetFileName(folder);
        if (SourceText.IsLink(folder))
        {
            SourceText.ReportLink(site.Display(folder), site.Diagnostics);
            return null;
        }

        if (!site.CheckId(id, site.Display(folder), "programme folder name"))
        {
            return null;
        }

        var items = ItemFileScanner.Scan(folder, site);
        var keyDates = ImmutableArray<KeyDate>.Empty;
        ItemFiles? programmeFiles = null;
        foreach (var item in items)
        {
            if (item.Id == "programme")
            {
                programmeFiles = item;
            }
            else if (item.Id == "key-dates" && item.NeutralPath is not null && item.LanguagePaths.Count == 0)
            {
                keyDates = new KeyDateLoader(site).Load(item.NeutralPath);
            }
            else
            {
                var path = item.NeutralPath ?? item.LanguagePaths.Values.First();
                site.Diagnostics.Warning(SourcePosition.File(site.Display(path)), "This file is not used: a programme folder holds programme.yaml, programme.<language>.md and key-dates.yaml.",
                    "Objectives go into the 'objectives' folder, activities into 'activities'.");
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            // A folder of images or documents is fine: its files are judged by whether a text links to them.
            if (!KnownFolders.Contains(name) && !name.StartsWith('.') && HoldsContentTexts(sub))
            {
                site.Diagnostics.Warning(SourcePosition.File(site.Display(sub)), $"The folder '{name}' is not used.",
                    Text.Suggestions.DidYouMean(name, KnownFolders) ?? "A programme folder holds 'objectives' and 'activities' folders.");
            }
        }

        if (programmeFiles?.NeutralPath is null)
        {
            site.Diagnostics.Error(SourcePosition.File(site.Display(folder) + "/programme.yaml"), $"The programme '{id}' has no programme.yaml.",
                "Create it with at least 'period:' (for example 'period: 2021/2022').");
            return null;
        }

        var neutral = SourceFiles.ReadYaml(programmeFiles.NeutralPath, site, "programme.yaml");
        if (neutral is null)
        {
            return null;
        }

        neutral.RejectUnknownKeys(NeutralKeys);
        var period = neutral.Date("period", required: true);
        var themes = neutral.StringList("themes").ToImmutableArray();
        var phases = ReadPhases(neutral);
        var timeline = neutral.Map("timeline");
        timeline?.RejectUnknownKeys(TimelineKeys);
        var original = OriginalLanguageReader.Read(neutral, site);
        var objectives = new ObjectiveLoader(site).LoadAll(Path.Combine(folder, "objectives"), original);
        var groupBy = ReadEnum(timeline, "groupBy", objectives.Any(o => o.Kind == ObjectiveKind.Specific) ? TimelineGrouping.Objective : TimelineGrouping.Theme);
        var scale = ReadEnum(timeline, "scale", phases.IsEmpty ? TimelineScale.Month : TimelineScale.Phase);
        var texts = LoadTexts(programmeFiles);
        if (period is null || texts is null)
        {
            return null;
        }

        return new Programme
        {
            Id = id,
            Order = neutral.Int("order") ?? int.MaxValue,
            Period = period,
            ThemeLabel = ReadEnum(neutral, "themeLabel", ThemeLabel.Theme),
            Themes = themes,
            Phases = phases,
            TimelineGrouping = groupBy,
            TimelineScale = scale,
            Texts = OriginalLanguageReader.Apply(texts, original, null, neutral, "programme", site),
            Objectives = objectives,
            Activities = new ActivityLoader(site).LoadAll(Path.Combine(folder, "activities"), original),
            KeyDates = keyDates,
            Source = neutral.SourceMap(),
        };
    }

    private Translations<ProgrammeText>? LoadTexts(ItemFiles files)
    {
        var texts = ImmutableSortedDictionary.CreateBuilder<string, ProgrammeText>(StringComparer.Ordinal);
        var sources = ImmutableSortedDictionary.CreateBuilder<string, TranslationSource>(StringComparer.Ordinal);
        foreach (var (language, path) in files.LanguagePaths)
        {
            var source = SourceFiles.ReadMarkdown(path, site);
            if (source is null)
            {
                continue;
            }

            var map = source.FrontMatter;
            map.RejectUnknownKeys([.. TextKeys, TranslationSourceReader.Key]);
            var title = map.String("title", required: true);
            var organisation = map.String("organisation", required: true);
            var slug = ReadSlug(map);
            var themes = ImmutableSortedDictionary.CreateBuilder<string, ThemeText>(StringComparer.Ordinal);
            if (map.Map("themes") is { } themeMap)
            {
                foreach (var (themeId, _, _) in themeMap.Entries())
                {
                    var theme = themeMap.Map(themeId);
                    if (theme is null)
                    {
                        continue;
                    }

                    theme.RejectUnknownKeys(ThemeKeys);
                    var name = theme.String("name", required: true);
                    if (name is not null)
                    {
                        themes[themeId] = new ThemeText(name, theme.String("tagline"), theme.String("description"), theme.StringList("linesOfAction").ToImmutableArray());
                    }
                }
            }

            var phases = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (map.Map("phases") is { } phaseMap)
            {
                foreach (var (phaseId, node, _) in phaseMap.Entries())
                {
                    if (phaseMap.ScalarText(node, phaseId) is { } name)
                    {
                        phases[phaseId] = name;
                    }
                }
            }

            if (title is not null && organisation is not null)
            {
                texts[language] = new ProgrammeText(title, slug, organisation, map.String("summary"), themes.ToImmutable(), phases.ToImmutable(), source.Body, source.Position);
                sources[language] = TranslationSourceReader.Read(source, language, site);
            }
        }

        if (texts.Count == 0 && files.LanguagePaths.Count == 0)
        {
            site.Diagnostics.Error(SourcePosition.File(site.Display(files.NeutralPath!)), "The programme has no text in any language.",
                $"Create programme.{site.Config.DefaultLanguage}.md with a title, the organisation and an introduction.");
            return null;
        }

        return texts.Count == 0 ? null : new Translations<ProgrammeText>(texts.ToImmutable()) { Sources = sources.ToImmutable() };
    }

    private ImmutableArray<Phase> ReadPhases(YamlMap neutral)
    {
        var phases = ImmutableArray.CreateBuilder<Phase>();
        foreach (var phase in neutral.MapList("phases"))
        {
            phase.RejectUnknownKeys(PhaseKeys);
            var id = phase.String("id", required: true);
            var period = phase.Date("period", required: true);
            if (id is null || period is null)
            {
                continue;
            }

            if (!site.IsValidId(id))
            {
                site.Diagnostics.Error(phase.PositionOf("id"), $"The phase id '{Text.Ids.Shorten(id)}' {Text.Ids.Rule}.", $"For example '{SiteContext.Suggest(id)}'.");
                continue;
            }

            phases.Add(new Phase(id, period, phase.PositionOf("id")));
        }

        return phases.ToImmutable();
    }

    internal static string? ReadSlug(YamlMap map)
    {
        var slug = map.String("slug");
        if (slug is not null && !Text.Ids.IsValid(slug))
        {
            map.Diagnostics.Error(map.PositionOf("slug"), $"The slug '{Text.Ids.Shorten(slug)}' {Text.Ids.Rule}.",
                $"For example 'slug: {SiteContext.Suggest(slug)}'.");
            return null;
        }

        return slug;
    }

    internal static T ReadEnum<T>(YamlMap? map, string key, T fallback)
        where T : struct, Enum
    {
        var text = map?.String(key);
        if (text is null)
        {
            return fallback;
        }

        var names = Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToList();
        if (names.Contains(text, StringComparer.Ordinal))
        {
            return Enum.Parse<T>(text, ignoreCase: true);
        }

        map!.Diagnostics.Error(map.PositionOf(key), $"'{text}' is not a choice for '{map.Qualified(key)}'.", $"Use one of: {string.Join(", ", names)}.");
        return fallback;
    }
}
