using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Text;

namespace WorkPlanSite.Validation;

/// <summary>
/// Checks an activity's progress against the site and its programme: a status the site knows, milestones within the
/// programme's period, and milestone titles that match the milestones (what one file can tell alone, such as a
/// progress outside 0-100, is reported while loading).
/// </summary>
internal sealed class ProgressValidator(SiteConfig config, DiagnosticBag diagnostics)
{
    public void Check(Activity activity, Programme programme)
    {
        var progress = activity.Progress;
        if (progress.Status is { } status && config.Statuses.Find(status) is null)
        {
            var keys = config.Statuses.Keys.ToList();
            diagnostics.Error(activity.Source.At("status"), $"'{status}' is not a status of this site.",
                Suggestions.DidYouMean(status, keys) ?? $"Write one of: {string.Join(", ", keys)} (or add it to 'statuses' in {config.ConfigFile}).");
        }

        foreach (var milestone in progress.Milestones)
        {
            if (milestone.Date.Earliest < programme.Period.Earliest || milestone.Date.Latest > programme.Period.Latest)
            {
                // An error, not a warning as for an activity's period: a step dated outside the programme is almost
                // always a mistyped year, and it would make the activity look late or early for no reason.
                diagnostics.Error(milestone.Position, $"The milestone '{milestone.Id}' ({milestone.Date}) lies outside the programme's period ({programme.Period}).",
                    "Check the year; a milestone falls within the programme's period ('period' in programme.yaml).");
            }
        }

        var ids = progress.MilestoneIds;
        foreach (var (language, text) in activity.Texts.ByLanguage)
        {
            var at = text.MilestoneTitlesPosition ?? text.Position;
            foreach (var named in text.MilestoneTitles.Keys.Where(k => !ids.Contains(k, StringComparer.Ordinal)))
            {
                diagnostics.Error(at, $"The milestone '{named}' is named here but not listed under 'milestones' in {activity.Id}.yaml.",
                    Suggestions.DidYouMean(named, ids) ?? "Add it to 'milestones' in the activity's .yaml file with its date, or remove it here.");
            }

            foreach (var milestone in progress.Milestones.Where(m => !text.MilestoneTitles.ContainsKey(m.Id)))
            {
                diagnostics.Error(at, $"The milestone '{milestone.Id}' has no title in this language ({language}).",
                    $"Add:\nmilestones:\n  {milestone.Id}: …");
            }
        }
    }
}
