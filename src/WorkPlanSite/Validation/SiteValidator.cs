using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Text;

namespace WorkPlanSite.Validation;

/// <summary>
/// The Validate stage: checks what no single file can tell alone — references between items,
/// duplicate URLs, themes and phases named in every language, missing translations.
/// </summary>
internal sealed class SiteValidator(SiteConfig config, DiagnosticBag diagnostics)
{
    /// <summary>Reports every problem of <paramref name="programmes"/> into the diagnostics.</summary>
    public void Validate(IReadOnlyList<Programme> programmes)
    {
        ValidateAcrossProgrammes(programmes);
        foreach (var programme in programmes)
        {
            ValidateProgramme(programme);
        }
    }

    /// <summary>The checks that involve several programmes (an incremental rebuild runs them every time).</summary>
    public void ValidateAcrossProgrammes(IReadOnlyList<Programme> programmes) =>
        CheckUniqueSlugs(programmes.Select(p => (p.Id, Slugs(p.Texts, p.Id, t => t.Slug, t => t.Position))), "programme");

    /// <summary>The checks within one programme (an incremental rebuild runs them for the changed programmes only).</summary>
    public void ValidateProgramme(Programme programme)
    {
        var themes = programme.Themes.ToHashSet(StringComparer.Ordinal);
        var phases = programme.Phases.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        CheckDuplicates(programme.Themes, programme.Source.At("themes"), "theme");
        CheckDuplicates(programme.Phases.Select(p => p.Id).ToList(), programme.Source.At("phases"), "phase");
        foreach (var phase in programme.Phases)
        {
            if (phase.Period.Earliest < programme.Period.Earliest || phase.Period.Latest > programme.Period.Latest)
            {
                diagnostics.Warning(phase.Position, $"The phase '{phase.Id}' ({phase.Period}) lies outside the programme's period ({programme.Period}).");
            }
        }

        foreach (var (language, text) in programme.Texts.ByLanguage)
        {
            CheckNamed(themes, text.Themes.Keys, programme.Themes, text.Position, language, "theme", $"themes:\n  {{0}}:\n    name: …");
            CheckNamed(phases, text.Phases.Keys, programme.Phases.Select(p => p.Id), text.Position, language, "phase", "phases:\n  {0}: …");
            GeneratedListPlaceholderValidator.Check(programme, text, diagnostics);
        }

        CheckTranslations(programme.Texts.Languages, programme.Source.File, $"The programme '{programme.Id}'", "programme");

        var generals = programme.Objectives.Where(o => o.Kind == ObjectiveKind.General).ToList();
        foreach (var extra in generals.Skip(1))
        {
            diagnostics.Error(extra.Source.At("kind"), $"The programme already has a general objective ('{generals[0].Id}').",
                "A programme has one general objective; make this one 'kind: specific'.");
        }

        var objectiveIds = programme.Objectives.Where(o => o.Kind == ObjectiveKind.Specific).Select(o => o.Id).ToList();
        CheckUniqueSlugs(programme.Objectives.Select(o => (o.Id, Slugs(o.Texts, o.Id, t => t.Slug, t => t.Position))), "objective");
        foreach (var objective in programme.Objectives)
        {
            CheckThemes(objective.Themes, themes, objective.Source.At("themes"));
            new IndicatorValidator(diagnostics).Check(objective.Id, objective.Indicators, objective.Texts.ByLanguage.Select(p => (p.Key, p.Value.IndicatorTexts, p.Value.Position)));
            CheckTranslations(objective.Texts.Languages, objective.Source.File, $"The objective '{objective.Id}'", "objective");
        }

        CheckUniqueSlugs(programme.Activities.Select(a => (a.Id, Slugs(a.Texts, a.Id, t => t.Slug, t => t.Position))), "activity");
        foreach (var activity in programme.Activities)
        {
            ValidateActivity(activity, programme, objectiveIds, themes, phases);
        }

        var activityIds = programme.Activities.Select(a => a.Id).ToList();
        foreach (var keyDate in programme.KeyDates)
        {
            if (keyDate.ActivityId is { } id && !activityIds.Contains(id) && !HasBrokenFiles(programme, "activities", id))
            {
                diagnostics.Error(keyDate.ActivityPosition ?? keyDate.Position, $"The key date refers to the activity '{id}', which does not exist in this programme.",
                    Suggestions.DidYouMean(id, activityIds) ?? "Give the id of a file in the activities folder (its name without '.yaml').");
            }

            foreach (var language in config.LanguageCodes.Where(l => !keyDate.Title.Has(l)))
            {
                diagnostics.Warning(keyDate.Position, $"The key date '{keyDate.Date}' has no title in '{language}'.", $"Add '{language}: …' under 'title'.");
            }
        }
    }

    private void ValidateActivity(Activity activity, Programme programme, IReadOnlyList<string> objectiveIds, HashSet<string> themes, HashSet<string> phases)
    {
        if (activity.ObjectiveId is { } objectiveId && !objectiveIds.Contains(objectiveId) && !HasBrokenFiles(programme, "objectives", objectiveId))
        {
            var isGeneral = programme.Objective(objectiveId)?.Kind == ObjectiveKind.General;
            diagnostics.Error(activity.Source.At("objective"),
                isGeneral
                    ? $"The activity serves '{objectiveId}', which is the general objective; activities serve specific objectives."
                    : $"The activity serves the objective '{objectiveId}', which does not exist in this programme.",
                isGeneral ? "Leave 'objective' out, or name a specific objective." : Suggestions.DidYouMean(objectiveId, objectiveIds) ?? $"Known objectives: {string.Join(", ", objectiveIds)}.");
        }
        else if (activity.ObjectiveId is null && objectiveIds.Count > 0)
        {
            diagnostics.Warning(activity.Source.File, "The activity serves no objective, so it is listed apart from the objectives.",
                $"Add 'objective: …' with one of: {string.Join(", ", objectiveIds)}.");
        }

        CheckThemes(activity.Themes, themes, activity.Source.At("themes"));
        new ProgressValidator(config, diagnostics).Check(activity, programme);
        new IndicatorValidator(diagnostics).Check(activity.Id, activity.Indicators, activity.Texts.ByLanguage.Select(p => (p.Key, p.Value.IndicatorTexts, p.Value.Position)));
        foreach (var phase in activity.Phases.Where(p => !phases.Contains(p)))
        {
            diagnostics.Error(activity.Source.At("phases"), $"The phase '{phase}' is not a phase of the programme.",
                Suggestions.DidYouMean(phase, phases) ?? (phases.Count == 0 ? "The programme has no phases; use 'period' instead." : $"Known phases: {string.Join(", ", programme.Phases.Select(p => p.Id))}."));
        }

        if (activity.Period is { } period && (period.Earliest < programme.Period.Earliest || period.Latest > programme.Period.Latest))
        {
            diagnostics.Warning(activity.Source.At("period"), $"The activity's period ({period}) lies outside the programme's period ({programme.Period}).");
        }

        foreach (var (language, text) in activity.Texts.ByLanguage)
        {
            foreach (var phase in text.PhaseActions.Keys.Where(p => !activity.Phases.Contains(p)))
            {
                diagnostics.Error(text.Position, $"'phaseActions' names the phase '{phase}', which is not in the activity's 'phases' ({string.Join(", ", activity.Phases)}).",
                    phases.Contains(phase) ? $"Add '{phase}' to 'phases' in {activity.Id}.yaml." : Suggestions.DidYouMean(phase, activity.Phases) ?? "Check the phase id.");
            }
        }

        CheckTranslations(activity.Texts.Languages, activity.Source.File, $"The activity '{activity.Id}'", "activity");
    }

    /// <summary>
    /// True when the item's files are there but could not be read (their errors are reported at them): a reference
    /// to it is then not reported too, so that one typo gives one error.
    /// </summary>
    private bool HasBrokenFiles(Programme programme, string folder, string id)
    {
        var path = Path.Combine(config.ContentDirectory, programme.Id, folder);
        return Ids.IsValid(id) && Directory.Exists(path)
            && Directory.EnumerateFiles(path, id + ".*").Any(f => Path.GetFileName(f).Split('.')[0] == id);
    }

    private void CheckThemes(IEnumerable<string> used, HashSet<string> known, SourcePosition position)
    {
        foreach (var theme in used.Where(t => !known.Contains(t)))
        {
            diagnostics.Error(position, $"The theme '{theme}' is not one of the programme's themes.",
                Suggestions.DidYouMean(theme, known) ?? (known.Count == 0 ? "The programme lists no themes in programme.yaml." : $"Known themes: {string.Join(", ", known.Order(StringComparer.Ordinal))}."));
        }
    }

    private void CheckNamed(HashSet<string> declared, IEnumerable<string> named, IEnumerable<string> order, SourcePosition position, string language, string what, string example)
    {
        var namedSet = named.ToHashSet(StringComparer.Ordinal);
        foreach (var id in namedSet.Where(n => !declared.Contains(n)).Order(StringComparer.Ordinal))
        {
            diagnostics.Error(position, $"The {what} '{id}' is named here but not listed in programme.yaml.",
                Suggestions.DidYouMean(id, declared) ?? $"Add it to '{what}s' in programme.yaml, or remove it here.");
        }

        foreach (var id in order.Where(d => !namedSet.Contains(d)))
        {
            diagnostics.Error(position, $"The {what} '{id}' has no name in this language ({language}).",
                "Add:\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, example, id));
        }
    }

    private void CheckTranslations(IEnumerable<string> present, SourcePosition position, string what, string kind)
    {
        var have = present.ToHashSet(StringComparer.Ordinal);
        // A translation whose file is there but could not be read has its own errors; "add the file" would mislead.
        var stem = Path.Combine(config.RootDirectory, Path.ChangeExtension(position.Path, null));
        foreach (var language in config.LanguageCodes.Where(l => !have.Contains(l) && !File.Exists($"{stem}.{l}.md")))
        {
            var action = config.MissingTranslations == MissingTranslationMode.Fallback
                ? "its page in that language shows the original text with a notice"
                : "it is left out of that language";
            diagnostics.Warning(position, $"{what} has no translation in '{language}': {action}.",
                $"Add the {kind}'s '.{language}.md' file.");
        }
    }

    private void CheckDuplicates(IReadOnlyList<string> ids, SourcePosition position, string what)
    {
        foreach (var id in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            diagnostics.Error(position, $"The {what} '{id}' is listed twice.");
        }
    }

    /// <summary>Each language's address of an item, and the text it is written in (where another slug would go).</summary>
    private static IEnumerable<(string Language, string Slug, SourcePosition Position)> Slugs<T>(Translations<T> texts, string id, Func<T, string?> slug, Func<T, SourcePosition> position)
        where T : class => texts.ByLanguage.Select(pair => (pair.Key, slug(pair.Value) ?? id, position(pair.Value)));

    private void CheckUniqueSlugs(IEnumerable<(string Id, IEnumerable<(string Language, string Slug, SourcePosition Position)> Slugs)> items, string what)
    {
        var seen = new Dictionary<(string, string), string>();
        foreach (var (id, slugs) in items)
        {
            foreach (var (language, slug, position) in slugs)
            {
                if (seen.TryGetValue((language, slug), out var other))
                {
                    diagnostics.Error(position, $"The {what} '{id}' has the same address ('{slug}') in '{language}' as '{other}'.",
                        $"Give one of them another 'slug' in its .{language}.md file (this one, or the other's).");
                }
                else
                {
                    seen[(language, slug)] = id;
                }
            }
        }
    }
}
