namespace WorkPlanSite.Dates;

/// <summary>
/// One date of known precision: a day, a month, a season, a quarter, a half-year or a year,
/// with the EDTF qualifiers. <see cref="Earliest"/> and <see cref="Latest"/> give the days it covers.
/// </summary>
/// <param name="Year">The year, 1 to 9999.</param>
/// <param name="Precision">What is known.</param>
/// <param name="Month">1-12 for day and month precision, otherwise 0.</param>
/// <param name="Day">1-31 for day precision, otherwise 0.</param>
/// <param name="Part">For seasons 1 spring … 4 winter; for quarters 1-4; for halves 1-2; otherwise 0.</param>
/// <param name="Qualifier">Approximate and/or uncertain.</param>
public readonly record struct DatePoint(
    int Year,
    DatePrecision Precision,
    int Month = 0,
    int Day = 0,
    int Part = 0,
    DateQualifier Qualifier = DateQualifier.None)
{
    /// <summary>The first day the date may designate.</summary>
    public DateOnly Earliest => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, 1),
        DatePrecision.Season => new DateOnly(Year, SeasonFirstMonth(Part), 1),
        DatePrecision.Quarter => new DateOnly(Year, (Part - 1) * 3 + 1, 1),
        DatePrecision.Half => new DateOnly(Year, (Part - 1) * 6 + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The last day the date may designate.</summary>
    public DateOnly Latest => Precision switch
    {
        DatePrecision.Day => Earliest,
        DatePrecision.Month => Earliest.AddMonths(1).AddDays(-1),
        DatePrecision.Season => Earliest.AddMonths(3).AddDays(-1),
        DatePrecision.Quarter => Earliest.AddMonths(3).AddDays(-1),
        DatePrecision.Half => Earliest.AddMonths(6).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>
    /// The most precise valid HTML <c>datetime</c> value for this date: <c>2021-03-28</c>, <c>2021-03</c> or
    /// <c>2021</c>. HTML has no form for a season, a quarter or a half-year: they give their year.
    /// </summary>
    public string HtmlValue => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    /// <summary>The canonical EDTF notation (<c>2021-23</c> for autumn 2021, <c>2021-33</c> for Q1).</summary>
    public string Edtf
    {
        get
        {
            var text = Precision switch
            {
                DatePrecision.Season => $"{Year:D4}-{20 + Part}",
                DatePrecision.Quarter => $"{Year:D4}-{32 + Part}",
                DatePrecision.Half => $"{Year:D4}-{39 + Part}",
                _ => HtmlValue,
            };
            return Qualifier switch
            {
                DateQualifier.Approximate => text + "~",
                DateQualifier.Uncertain => text + "?",
                DateQualifier.Approximate | DateQualifier.Uncertain => text + "%",
                _ => text,
            };
        }
    }

    /// <summary>Seasons are the meteorological ones of the northern hemisphere; winter Y runs from December Y to February Y+1.</summary>
    private static int SeasonFirstMonth(int season) => season switch
    {
        1 => 3,
        2 => 6,
        3 => 9,
        _ => 12,
    };
}
