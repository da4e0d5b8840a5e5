using System.Globalization;

namespace WorkPlanSite.Dates;

/// <summary>The outcome of parsing a date: a value, or an error with the 0-based offset where it was found.</summary>
public readonly record struct DateParseResult(ImpreciseDate? Value, string? Error, int ErrorOffset)
{
    /// <summary>True when <see cref="Value"/> holds the parsed date.</summary>
    public bool Success => Value is not null;

    /// <summary>The fix, when the error has one of its own; otherwise the forms a date may take are the fix.</summary>
    public string? Hint { get; init; }
}

/// <summary>
/// Parses the subset of EDTF (ISO 8601-2) that work programmes need, plus readable aliases:
/// <c>2021</c>, <c>2021-03</c>, <c>2021-03-28</c>, seasons <c>2021-21</c>…<c>2021-24</c> or <c>2021-autumn</c>,
/// quarters <c>2021-33</c>…<c>2021-36</c> or <c>2021-Q1</c>, halves <c>2021-40</c>, <c>2021-41</c> or <c>2021-H2</c>,
/// qualifiers <c>~ ? %</c>, and ranges <c>a/b</c>, <c>a/..</c>, <c>../b</c>, <c>a/</c>, <c>/b</c>.
/// French aliases (<c>automne</c>, <c>T1</c>, <c>S2</c>) are accepted too, since authors write in French.
/// </summary>
public static class ImpreciseDateParser
{
    /// <summary>The accepted forms, for error messages.</summary>
    public const string AcceptedForms =
        "Write a date as 2021, 2021-03, 2021-03-28, 2021-autumn (or 2021-23), 2021-Q1, 2021-H2, " +
        "a range 2021-05-31/2021-06-04, an open range 2021-03/.., optionally followed by ~ (approximate) or ? (uncertain).";

    private static readonly Dictionary<string, (DatePrecision Precision, int Part)> Aliases =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["spring"] = (DatePrecision.Season, 1),
            ["summer"] = (DatePrecision.Season, 2),
            ["autumn"] = (DatePrecision.Season, 3),
            ["fall"] = (DatePrecision.Season, 3),
            ["winter"] = (DatePrecision.Season, 4),
            ["printemps"] = (DatePrecision.Season, 1),
            ["ete"] = (DatePrecision.Season, 2),
            ["été"] = (DatePrecision.Season, 2),
            ["automne"] = (DatePrecision.Season, 3),
            ["hiver"] = (DatePrecision.Season, 4),
            ["q1"] = (DatePrecision.Quarter, 1),
            ["q2"] = (DatePrecision.Quarter, 2),
            ["q3"] = (DatePrecision.Quarter, 3),
            ["q4"] = (DatePrecision.Quarter, 4),
            ["t1"] = (DatePrecision.Quarter, 1),
            ["t2"] = (DatePrecision.Quarter, 2),
            ["t3"] = (DatePrecision.Quarter, 3),
            ["t4"] = (DatePrecision.Quarter, 4),
            ["h1"] = (DatePrecision.Half, 1),
            ["h2"] = (DatePrecision.Half, 2),
            ["s1"] = (DatePrecision.Half, 1),
            ["s2"] = (DatePrecision.Half, 2),
        };

    /// <summary>Parses <paramref name="text"/>; never throws.</summary>
    public static DateParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail("the date is empty.", 0);
        }

        var leading = text.Length - text.TrimStart().Length;
        var trimmed = text.Trim();
        var slash = trimmed.IndexOf('/');
        if (slash < 0)
        {
            var single = ParsePoint(trimmed, leading);
            return single.Error is null ? new(ImpreciseDate.Single(single.Point), null, 0) : Fail(single.Error, single.Offset);
        }

        if (trimmed.IndexOf('/', slash + 1) >= 0)
        {
            return Fail("a range has one '/' between its start and its end.", leading + trimmed.IndexOf('/', slash + 1));
        }

        var startText = trimmed[..slash];
        var endText = trimmed[(slash + 1)..];
        if (startText.Length == 0 && endText.Length == 0)
        {
            return Fail("a range needs at least one known end.", leading + slash);
        }

        var (start, startKind, startError) = ParseEnd(startText, leading);
        if (startError is not null)
        {
            return Fail(startError.Value.Message, startError.Value.Offset);
        }

        var (end, endKind, endError) = ParseEnd(endText, leading + slash + 1);
        if (endError is not null)
        {
            return Fail(endError.Value.Message, endError.Value.Offset);
        }

        if (start is { } s && end is { } e && e.Latest < s.Earliest)
        {
            return Fail($"the range ends ({e.Edtf}) before it starts ({s.Edtf}).", leading + slash + 1) with { Hint = $"Write the start first: {endText}/{startText}." };
        }

        return new(ImpreciseDate.Range(start, startKind, end, endKind), null, 0);
    }

    private static (DatePoint? Point, RangeEnd Kind, (string Message, int Offset)? Error) ParseEnd(string text, int offset)
    {
        if (text.Length == 0)
        {
            return (null, RangeEnd.Unknown, null);
        }

        if (text == "..")
        {
            return (null, RangeEnd.Open, null);
        }

        var result = ParsePoint(text, offset);
        return result.Error is null ? (result.Point, RangeEnd.Known, null) : (null, RangeEnd.Known, (result.Error, result.Offset));
    }

    private static (DatePoint Point, string? Error, int Offset) ParsePoint(string text, int offset)
    {
        var qualifier = DateQualifier.None;
        var body = text;
        if (body.Length > 0 && body[^1] is '~' or '?' or '%')
        {
            qualifier = body[^1] switch
            {
                '~' => DateQualifier.Approximate,
                '?' => DateQualifier.Uncertain,
                _ => DateQualifier.Approximate | DateQualifier.Uncertain,
            };
            body = body[..^1];
        }

        var parts = body.Split('-');
        if (parts[0].Length != 4 || !parts[0].All(char.IsAsciiDigit))
        {
            return Invalid($"'{text}' does not start with a four-digit year.", offset);
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year == 0)
        {
            return Invalid("the year 0000 is not a date a programme can use.", offset);
        }

        if (parts.Length == 1)
        {
            return (new DatePoint(year, DatePrecision.Year, Qualifier: qualifier), null, 0);
        }

        if (parts.Length > 3)
        {
            return Invalid($"'{text}' has too many parts.", offset);
        }

        var second = parts[1];
        var secondOffset = offset + 5;
        if (Aliases.TryGetValue(second, out var alias))
        {
            return parts.Length == 2
                ? (new DatePoint(year, alias.Precision, Part: alias.Part, Qualifier: qualifier), null, 0)
                : Invalid($"a day cannot follow '{second}'.", secondOffset + second.Length);
        }

        if (second.Length != 2 || !second.All(char.IsAsciiDigit))
        {
            return Invalid($"'{second}' is not a month (01-12), a season, a quarter or a half-year.", secondOffset);
        }

        var number = int.Parse(second, CultureInfo.InvariantCulture);
        if (number is >= 21 and <= 24 or >= 33 and <= 36 or 40 or 41)
        {
            if (parts.Length == 3)
            {
                return Invalid($"a day cannot follow '{second}'.", secondOffset + 2);
            }

            var point = number switch
            {
                <= 24 => new DatePoint(year, DatePrecision.Season, Part: number - 20, Qualifier: qualifier),
                <= 36 => new DatePoint(year, DatePrecision.Quarter, Part: number - 32, Qualifier: qualifier),
                _ => new DatePoint(year, DatePrecision.Half, Part: number - 39, Qualifier: qualifier),
            };
            return (point, null, 0);
        }

        if (number is < 1 or > 12)
        {
            return Invalid($"'{second}' is not a month (01-12), a season (21-24), a quarter (33-36) or a half-year (40-41).", secondOffset);
        }

        if (parts.Length == 2)
        {
            return (new DatePoint(year, DatePrecision.Month, number, Qualifier: qualifier), null, 0);
        }

        var dayText = parts[2];
        var dayOffset = secondOffset + 3;
        if (dayText.Length != 2 || !dayText.All(char.IsAsciiDigit))
        {
            return Invalid($"'{dayText}' is not a two-digit day.", dayOffset);
        }

        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, number))
        {
            return Invalid($"{year:D4}-{number:D2} has no day {dayText}.", dayOffset);
        }

        return (new DatePoint(year, DatePrecision.Day, number, day, Qualifier: qualifier), null, 0);
    }

    private static (DatePoint, string?, int) Invalid(string message, int offset) => (default, message, offset);

    private static DateParseResult Fail(string message, int offset) => new(null, message, offset);
}
