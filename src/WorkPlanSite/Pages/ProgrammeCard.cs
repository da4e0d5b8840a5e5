namespace WorkPlanSite.Pages;

/// <summary>
/// What a list of programmes (the home page) shows of one programme in one language. Deliberately small: a build
/// keeps one card per programme and language while it forgets each programme's texts and pages as soon as they
/// are written, so that memory does not grow with the size of the site.
/// </summary>
public sealed record ProgrammeCard
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

    /// <summary>Its key dates page.</summary>
    public required string KeyDatesUrl { get; init; }

    /// <summary>Its timeline page.</summary>
    public required string TimelineUrl { get; init; }

    /// <summary>Its period.</summary>
    public required DateView Period { get; init; }

    /// <summary>How many specific objectives it has (in this language).</summary>
    public int ObjectiveCount { get; init; }

    /// <summary>How many activities it has (in this language).</summary>
    public int ActivityCount { get; init; }

    /// <summary>How many key dates it has.</summary>
    public int KeyDateCount { get; init; }

    /// <summary>The card of a programme's view.</summary>
    public static ProgrammeCard Of(ProgrammeView view) => new()
    {
        Id = view.Id,
        Title = view.Title,
        Organisation = view.Organisation,
        Summary = view.Summary,
        Language = view.Language,
        IsFallback = view.IsFallback,
        Url = view.Url,
        KeyDatesUrl = view.KeyDatesUrl,
        TimelineUrl = view.TimelineUrl,
        Period = view.Period,
        ObjectiveCount = view.Objectives.Length,
        ActivityCount = view.Activities.Length,
        KeyDateCount = view.KeyDates.Length,
    };
}
