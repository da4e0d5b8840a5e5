using System.Globalization;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Dates;

/// <summary>
/// Writes dates as people write them in one language: month names from the culture's data, patterns and
/// the names of seasons, quarters and half-years from the theme's UI strings (<c>date.*</c> keys).
/// Ranges drop the parts both ends share ("16–21 septembre 2021", "31 mai – 4 juin 2021").
/// French writes the first day of a month "1er" through the <c>date.firstDay</c> string.
/// </summary>
public sealed class DateFormatter
{
    private const string EnDash = "\u2013";
    private readonly DateTimeFormatInfo _format;
    private readonly UiStrings _strings;

    /// <summary>Creates a formatter for a culture and the UI strings of the same language.</summary>
    public DateFormatter(CultureInfo culture, UiStrings strings)
    {
        _format = GregorianFormat(culture);
        _strings = strings;
    }

    // Programme dates are Gregorian, but some cultures default to another calendar (ar-SA: Umm al-Qura, th-TH:
    // Buddhist); their Gregorian month names are among the culture's optional calendars.
    private static DateTimeFormatInfo GregorianFormat(CultureInfo culture)
    {
        if (culture.DateTimeFormat.Calendar is GregorianCalendar)
        {
            return culture.DateTimeFormat;
        }

        var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>()
            .OrderBy(c => c.CalendarType == GregorianCalendarTypes.Localized ? 0 : 1)
            .FirstOrDefault();
        if (gregorian is null)
        {
            return CultureInfo.InvariantCulture.DateTimeFormat;
        }

        var format = (DateTimeFormatInfo)culture.DateTimeFormat.Clone();
        format.Calendar = gregorian;
        return DateTimeFormatInfo.ReadOnly(format);
    }

    /// <summary>The whole date or range, with its qualifiers.</summary>
    public string Format(ImpreciseDate date)
    {
        if (!date.IsRange)
        {
            return Point(date.Start!.Value);
        }

        return (date.Start, date.End) switch
        {
            ({ } start, { } end) => Range(start, end),
            ({ } start, null) => _strings.Format(date.EndKind == RangeEnd.Open ? "date.from" : "date.fromUnknownEnd", ("date", Point(start))),
            (null, { } end) => _strings.Format(date.StartKind == RangeEnd.Open ? "date.until" : "date.untilUnknownStart", ("date", Point(end))),
            _ => "",
        };
    }

    /// <summary>One date with its qualifiers ("vers mars 2021").</summary>
    public string Point(DatePoint point) => Qualify(Plain(point), point.Qualifier);

    /// <summary>The name of a month in this language ("janvier", "January").</summary>
    public string MonthName(int month) => _format.MonthNames[month - 1];

    /// <summary>A month and year ("mars 2021", "March 2021").</summary>
    public string Month(int year, int month) => _strings.Format("date.month", ("month", MonthName(month)), ("year", year));

    private string Plain(DatePoint point) => point.Precision switch
    {
        DatePrecision.Day => _strings.Format("date.day", ("day", Day(point.Day)), ("month", _format.MonthGenitiveNames[point.Month - 1]), ("year", point.Year)),
        DatePrecision.Month => Month(point.Year, point.Month),
        DatePrecision.Season => _strings.Format($"date.season.{point.Part}", ("year", point.Year)),
        DatePrecision.Quarter => _strings.Format($"date.quarter.{point.Part}", ("year", point.Year)),
        DatePrecision.Half => _strings.Format($"date.half.{point.Part}", ("year", point.Year)),
        _ => point.Year.ToString(CultureInfo.InvariantCulture),
    };

    private string Range(DatePoint start, DatePoint end)
    {
        var sameQualifier = start.Qualifier == end.Qualifier;
        if (!sameQualifier)
        {
            return $"{Point(start)} {EnDash} {Point(end)}";
        }

        var text = (start.Precision, end.Precision) switch
        {
            (DatePrecision.Day, DatePrecision.Day) when start.Year == end.Year && start.Month == end.Month =>
                _strings.Format("date.rangeStartDay", ("day", Day(start.Day))) + EnDash + Plain(end with { Qualifier = DateQualifier.None }),
            (DatePrecision.Day, DatePrecision.Day) when start.Year == end.Year =>
                $"{DayMonth(start)} {EnDash} {Plain(end with { Qualifier = DateQualifier.None })}",
            (DatePrecision.Month, DatePrecision.Month) when start.Year == end.Year =>
                MonthName(start.Month) + EnDash + Month(end.Year, end.Month),
            (DatePrecision.Year, DatePrecision.Year) =>
                $"{start.Year}{EnDash}{end.Year}",
            _ => $"{Plain(start with { Qualifier = DateQualifier.None })} {EnDash} {Plain(end with { Qualifier = DateQualifier.None })}",
        };
        return Qualify(text, start.Qualifier);
    }

    private string DayMonth(DatePoint point) =>
        _strings.Format("date.dayMonth", ("day", Day(point.Day)), ("month", _format.MonthGenitiveNames[point.Month - 1]));

    private string Day(int day) =>
        day == 1 && _strings.Has("date.firstDay") && _strings["date.firstDay"].Length > 0 ? _strings["date.firstDay"] : day.ToString(CultureInfo.InvariantCulture);

    private string Qualify(string text, DateQualifier qualifier) => qualifier switch
    {
        DateQualifier.Approximate => _strings.Format("date.approximate", ("date", text)),
        DateQualifier.Uncertain => _strings.Format("date.uncertain", ("date", text)),
        DateQualifier.Approximate | DateQualifier.Uncertain => _strings.Format("date.approximateUncertain", ("date", text)),
        _ => text,
    };
}
