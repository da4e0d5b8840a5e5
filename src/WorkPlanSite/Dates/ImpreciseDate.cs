namespace WorkPlanSite.Dates;

/// <summary>
/// A date as work programmes write them: a single <see cref="DatePoint"/> ("March 2021", "autumn 2021")
/// or a range whose ends may be open or unknown ("31 May – 4 June 2021", "from March 2021").
/// Written in content with the EDTF (ISO 8601-2) forms and readable aliases; see <see cref="ImpreciseDateParser"/>.
/// </summary>
public sealed record ImpreciseDate
{
    private ImpreciseDate(DatePoint? start, DatePoint? end, bool isRange, RangeEnd startKind, RangeEnd endKind)
    {
        Start = start;
        End = end;
        IsRange = isRange;
        StartKind = startKind;
        EndKind = endKind;
    }

    /// <summary>The date, or the start of the range when it is known.</summary>
    public DatePoint? Start { get; }

    /// <summary>The end of the range when it is known; null for a single date.</summary>
    public DatePoint? End { get; }

    /// <summary>True for <c>a/b</c> forms.</summary>
    public bool IsRange { get; }

    /// <summary>Whether the start of a range is given, open or unknown.</summary>
    public RangeEnd StartKind { get; }

    /// <summary>Whether the end of a range is given, open or unknown.</summary>
    public RangeEnd EndKind { get; }

    /// <summary>A single date.</summary>
    public static ImpreciseDate Single(DatePoint point) => new(point, null, false, RangeEnd.Known, RangeEnd.Known);

    /// <summary>A range; an end that is null is open or unknown as its kind says.</summary>
    public static ImpreciseDate Range(DatePoint? start, RangeEnd startKind, DatePoint? end, RangeEnd endKind) =>
        new(start, end, true, start is null ? startKind : RangeEnd.Known, end is null ? endKind : RangeEnd.Known);

    /// <summary>True when the date is one day or a range of known days: only those become calendar events.</summary>
    public bool IsDayPrecise =>
        Start is { Precision: DatePrecision.Day } && (!IsRange || End is { Precision: DatePrecision.Day });

    /// <summary>The first day covered, or null when the range has no known start.</summary>
    public DateOnly? Earliest => Start?.Earliest;

    /// <summary>The last day covered, or null when it has no known end.</summary>
    public DateOnly? Latest => IsRange ? End?.Latest : Start?.Latest;

    /// <summary>A day to sort by: the earliest day, or the latest for ranges with no start.</summary>
    public DateOnly SortKey => Earliest ?? Latest ?? DateOnly.MinValue;

    /// <summary>The canonical EDTF notation.</summary>
    public string Edtf => !IsRange
        ? Start!.Value.Edtf
        : $"{EndText(Start, StartKind)}/{EndText(End, EndKind)}";

    /// <inheritdoc />
    public override string ToString() => Edtf;

    private static string EndText(DatePoint? point, RangeEnd kind) => point?.Edtf ?? (kind == RangeEnd.Open ? ".." : "");
}
