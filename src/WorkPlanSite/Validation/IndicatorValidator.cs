using System.Collections.Immutable;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Text;

namespace WorkPlanSite.Validation;

/// <summary>Checks that the indicators of an item and their titles in its language files match, one for one.</summary>
internal sealed class IndicatorValidator(DiagnosticBag diagnostics)
{
    public void Check(string itemId, ImmutableArray<Indicator> indicators, IEnumerable<(string Language, ImmutableSortedDictionary<string, IndicatorText> Texts, SourcePosition Position)> languages)
    {
        var ids = indicators.Select(i => i.Id).ToList();
        foreach (var (language, texts, position) in languages)
        {
            foreach (var named in texts.Keys.Where(k => !ids.Contains(k, StringComparer.Ordinal)))
            {
                diagnostics.Error(position, $"The indicator '{named}' is named here but not listed under 'indicators' in {itemId}.yaml.",
                    Suggestions.DidYouMean(named, ids) ?? "Add it to 'indicators' in the .yaml file with its kind and values, or remove it here.");
            }

            foreach (var indicator in indicators.Where(i => !texts.ContainsKey(i.Id)))
            {
                diagnostics.Error(position, $"The indicator '{indicator.Id}' has no title in this language ({language}).",
                    $"Add:\nindicators:\n  {indicator.Id}:\n    title: …");
            }
        }
    }
}
