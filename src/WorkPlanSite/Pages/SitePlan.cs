using WorkPlanSite.Calendar;

namespace WorkPlanSite.Pages;

/// <summary>What the Render stage produces before writing: every page model and every calendar file.</summary>
/// <param name="Pages">Pages in a stable order.</param>
/// <param name="Calendars">One calendar per programme and language.</param>
public sealed record SitePlan(IReadOnlyList<PageModel> Pages, IReadOnlyList<CalendarFile> Calendars);

/// <summary>One programme's pages in one language, its calendar (none when only its card is planned) and its card.</summary>
public sealed record ProgrammePlan(ProgrammeCard Card, IReadOnlyList<PageModel> Pages, CalendarFile? Calendar)
{
    /// <summary>Its progress as open data (JSON and CSV); none for a programme without progress information.</summary>
    public IReadOnlyList<OpenData.DataFile> DataFiles { get; init; } = [];
}
