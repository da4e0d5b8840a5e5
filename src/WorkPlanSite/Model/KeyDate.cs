using WorkPlanSite.Dates;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Model;

/// <summary>A key date of a programme: an event or deadline, as precise as the programme knows it.</summary>
/// <param name="Date">When.</param>
/// <param name="Title">What, per language.</param>
/// <param name="Place">Where, if said.</param>
/// <param name="ActivityId">The related activity, if any.</param>
/// <param name="Index">Position in the file, to keep the author's order among equal dates.</param>
/// <param name="Position">Where it is written.</param>
public sealed record KeyDate(ImpreciseDate Date, LocalizedText Title, LocalizedText Place, string? ActivityId, int Index, SourcePosition Position)
{
    /// <summary>Where the related activity is named (its <c>activity:</c> line); null when it names none.</summary>
    public SourcePosition? ActivityPosition { get; init; }
}
