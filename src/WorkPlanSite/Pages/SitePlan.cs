using WorkPlanSite.Calendar;

namespace WorkPlanSite.Pages;

/// <summary>What the Render stage produces before writing: every page model and every calendar file.</summary>
/// <param name="Pages">Pages in a stable order.</param>
/// <param name="Calendars">One calendar per programme and language.</param>
public sealed record SitePlan(IReadOnlyList<PageModel> Pages, IReadOnlyList<CalendarFile> Calendars);
