using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;

namespace WorkPlanSite.Validation;

/// <summary>
/// Checks the <c>{{ … }}</c> placeholders of a programme's introduction: each names a list the site makes, once, and
/// that list has something in it (a heading must not promise a list the page cannot give).
/// </summary>
internal static class GeneratedListPlaceholderValidator
{
    public static void Check(Programme programme, ProgrammeText text, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<GeneratedList>();
        foreach (var (name, line, column) in GeneratedListPlaceholder.In(text.Introduction.Source))
        {
            var position = text.Introduction.PositionOf(line, column);
            var written = GeneratedListPlaceholder.Syntax(name);
            var known = string.Join(", ", GeneratedListPlaceholder.Names.Keys.Select(GeneratedListPlaceholder.Syntax));
            if (!GeneratedListPlaceholder.Names.TryGetValue(name, out var list))
            {
                var suggestion = Text.Suggestions.DidYouMean(name, GeneratedListPlaceholder.Names.Keys);
                diagnostics.Error(position, $"'{written}' is not a list the site can place.",
                    (suggestion is null ? "" : suggestion + " ") + $"The lists are {known}, each on a line of its own.");
                continue;
            }

            if (!seen.Add(list))
            {
                diagnostics.Error(position, $"'{written}' is placed twice in this introduction.", "Keep the one where the text has the list.");
                continue;
            }

            if (Empty(programme, text, list) is { } missing)
            {
                diagnostics.Error(position, $"'{written}' places a list, but the programme has no {missing}.", Fix(list));
            }
        }
    }

    private static string? Empty(Programme programme, ProgrammeText text, GeneratedList list) => list switch
    {
        GeneratedList.GeneralObjective when programme.GeneralObjective is null => "general objective to place",
        GeneratedList.LinesOfAction when text.Themes.Values.All(t => t.LinesOfAction.IsEmpty) => "lines of action to place",
        GeneratedList.KeyDates when programme.KeyDates.IsEmpty => "key dates to place",
        GeneratedList.Objectives when !programme.SpecificObjectives.Any() => "specific objectives to place",
        _ => null,
    };

    private static string Fix(GeneratedList list) => list switch
    {
        GeneratedList.LinesOfAction => "Write them under each theme in the front matter ('themes: <id>: linesOfAction:'), or remove the line.",
        GeneratedList.KeyDates => "Write them in key-dates.yaml next to programme.yaml, or remove the line.",
        GeneratedList.GeneralObjective => "Add an objective with 'kind: general' in the 'objectives' folder, or remove the line.",
        _ => "Add objectives with 'kind: specific' in the 'objectives' folder, or remove the line.",
    };
}
