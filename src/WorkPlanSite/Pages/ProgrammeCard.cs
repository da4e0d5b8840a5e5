namespace WorkPlanSite.Pages;

/// <summary>
/// What a list of programmes (the home page) shows of one programme in one language. Deliberately small: a build
/// keeps one card per programme and language while it forgets each programme's texts and pages as soon as they
/// are written, so that memory does not grow with the size of the site. A <see cref="ProgrammeView"/> is a card
/// with everything else the programme's pages show.
/// </summary>
public record ProgrammeCard
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The organisation's name.</summary>
    public required string Organisation { get; init; }

    /// <summary>A sentence or two about it.</summary>
    public required string Summary { get; init; }

    /// <summary>The language its texts are written in.</summary>
    public required string Language { get; init; }

    /// <summary>True when shown in another language than the page's.</summary>
    public bool IsFallback { get; init; }

    /// <summary>Its page.</summary>
    public required string Url { get; init; }

    /// <summary>Its key dates page, published only when it has key dates (<see cref="HasKeyDates"/>).</summary>
    public required string KeyDatesUrl { get; init; }

    /// <summary>
    /// True when the programme lists key dates: only then has it a key dates page and a calendar file, and do its
    /// pages link to them (a page and a calendar of nothing would tell the reader nothing).
    /// </summary>
    public bool HasKeyDates { get; init; }

    /// <summary>Its timeline page.</summary>
    public required string TimelineUrl { get; init; }

    /// <summary>Its period.</summary>
    public required DateView Period { get; init; }

    /// <summary>The card of a programme's view, without the rest of the view (which it would otherwise keep alive).</summary>
    public static ProgrammeCard Of(ProgrammeView view) => new ProgrammeCard(view);
}
