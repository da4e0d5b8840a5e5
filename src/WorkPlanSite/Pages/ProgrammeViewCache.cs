using System.Runtime.CompilerServices;
using WorkPlanSite.Model;

namespace WorkPlanSite.Pages;

/// <summary>
/// Remembers the view of each built programme in each language, for a build session whose rebuilds reuse the
/// unchanged programmes as they were built: the home page lists every programme, and rebuilding every view for it
/// after one file changed would cost more than the pages themselves. Keyed by the programme record itself, so a
/// reloaded programme (a new record) gets a new view, and a dropped one is forgotten with it.
/// </summary>
public sealed class ProgrammeViewCache
{
    private readonly ConditionalWeakTable<Programme, Dictionary<string, ProgrammeView?>> _views = new();

    /// <summary>The cached view of <paramref name="programme"/> in <paramref name="language"/>, made by <paramref name="build"/> the first time.</summary>
    public ProgrammeView? GetOrBuild(Programme programme, string language, Func<ProgrammeView?> build)
    {
        var byLanguage = _views.GetValue(programme, _ => new Dictionary<string, ProgrammeView?>(StringComparer.Ordinal));
        lock (byLanguage)
        {
            if (!byLanguage.TryGetValue(language, out var view))
            {
                view = build();
                byLanguage[language] = view;
            }

            return view;
        }
    }
}
