namespace WorkPlanSite.Dates;

/// <summary>How much of a date is known.</summary>
public enum DatePrecision
{
    /// <summary>A day: <c>2021-01-28</c>.</summary>
    Day,

    /// <summary>A month: <c>2021-03</c>.</summary>
    Month,

    /// <summary>A season: <c>2021-23</c> or <c>2021-autumn</c>.</summary>
    Season,

    /// <summary>A quarter: <c>2021-33</c> or <c>2021-Q1</c>.</summary>
    Quarter,

    /// <summary>A half-year: <c>2021-40</c> or <c>2021-H1</c>.</summary>
    Half,

    /// <summary>A year: <c>2021</c>.</summary>
    Year,
}

/// <summary>EDTF level-1 qualifiers: how sure the author is of the date.</summary>
[Flags]
public enum DateQualifier
{
    /// <summary>The date is as written.</summary>
    None = 0,

    /// <summary><c>~</c>: around that date.</summary>
    Approximate = 1,

    /// <summary><c>?</c>: that date, not confirmed.</summary>
    Uncertain = 2,
}

/// <summary>What lies at one end of a range.</summary>
public enum RangeEnd
{
    /// <summary>A date is given.</summary>
    Known,

    /// <summary><c>..</c>: the range goes on without end (or has no beginning).</summary>
    Open,

    /// <summary>Nothing written: the end exists but is not known.</summary>
    Unknown,
}
