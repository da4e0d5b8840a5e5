using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Text;

namespace WorkPlanSite.Validation;

/// <summary>
/// Checks that every menu entry of the configuration leads to a page or a programme that exists, reporting each one that
/// does not at its line in <c>site.config.json</c>.
/// </summary>
internal static class MenuValidator
{
    /// <summary>Reports each entry of <paramref name="menus"/> whose page is not among <paramref name="content"/>'s or whose programme is not among <paramref name="programmeIds"/>.</summary>
    public static void Validate(MenusConfig menus, OwnContent content, IReadOnlyCollection<string> programmeIds, DiagnosticBag diagnostics)
    {
        var pageIds = content.Pages.Select(p => p.Id).ToList();
        foreach (var entry in menus.Main.Concat(menus.Footer).SelectMany(e => e.Children.Prepend(e)))
        {
            switch (entry.Kind)
            {
                case MenuTargetKind.Page when !pageIds.Contains(entry.Target!, StringComparer.Ordinal):
                    diagnostics.Error(entry.Position, $"The menu names the page '{Ids.Shorten(entry.Target!)}', which does not exist.",
                        Suggestions.DidYouMean(entry.Target!, pageIds)
                            ?? (pageIds.Count == 0 ? "Create it as content/pages/<id>.<language>.md, or remove the entry." : $"Name one of the pages: {string.Join(", ", pageIds.Take(10))}."));
                    break;
                case MenuTargetKind.Programme when !programmeIds.Contains(entry.Target!, StringComparer.Ordinal):
                    diagnostics.Error(entry.Position, $"The menu names the programme '{Ids.Shorten(entry.Target!)}', which does not exist.",
                        Suggestions.DidYouMean(entry.Target!, programmeIds)
                            ?? $"Name a programme by its folder in the content folder: {string.Join(", ", programmeIds.Order(StringComparer.Ordinal).Take(10))}.");
                    break;
            }
        }
    }
}
