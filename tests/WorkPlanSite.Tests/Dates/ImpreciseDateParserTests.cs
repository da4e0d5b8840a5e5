using WorkPlanSite.Dates;

namespace WorkPlanSite.Tests.Dates;

/// <summary>Notation → precision and the days a date covers.</summary>
public sealed class ImpreciseDateParserTests
{
    [Theory]
    [InlineData("2021", "Year", "2021-01-01", "2021-12-31")]
    [InlineData("2021-03", "Month", "2021-03-01", "2021-03-31")]
    [InlineData("2021-02", "Month", "2021-02-01", "2021-02-28")]
    [InlineData("2021-01-28", "Day", "2021-01-28", "2021-01-28")]
    [InlineData("2021-23", "Season", "2021-09-01", "2021-11-30")]
    [InlineData("2021-autumn", "Season", "2021-09-01", "2021-11-30")]
    [InlineData("2021-automne", "Season", "2021-09-01", "2021-11-30")]
    [InlineData("2021-24", "Season", "2021-12-01", "2022-02-28")]
    [InlineData("2014-Q1", "Quarter", "2014-01-01", "2014-03-31")]
    [InlineData("2014-36", "Quarter", "2014-10-01", "2014-12-31")]
    [InlineData("2014-T2", "Quarter", "2014-04-01", "2014-06-30")]
    [InlineData("2021-H2", "Half", "2021-07-01", "2021-12-31")]
    [InlineData("2021-40", "Half", "2021-01-01", "2021-06-30")]
    public void A_single_date_knows_its_precision_and_the_days_it_covers(string text, string precision, string earliest, string latest)
    {
        var date = Parse(text);
        Assert.False(date.IsRange);
        Assert.Equal(Enum.Parse<DatePrecision>(precision), date.Start!.Value.Precision);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
    }

    [Theory]
    [InlineData("2021-05-31/2021-06-04", "2021-05-31", "2021-06-04")]
    [InlineData("2021/2022", "2021-01-01", "2022-12-31")]
    [InlineData("2021-03/2021-autumn", "2021-03-01", "2021-11-30")]
    public void A_range_covers_from_the_start_of_its_first_end_to_the_end_of_its_last(string text, string earliest, string latest)
    {
        var date = Parse(text);
        Assert.True(date.IsRange);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
    }

    [Fact]
    public void Open_and_unknown_ends_are_kept_apart()
    {
        Assert.Equal(RangeEnd.Open, Parse("2021-03/..").EndKind);
        Assert.Equal(RangeEnd.Unknown, Parse("2021-03/").EndKind);
        Assert.Equal(RangeEnd.Open, Parse("../2021-03").StartKind);
        Assert.Null(Parse("2021-03/..").Latest);
    }

    [Theory]
    [InlineData("2021-03~", DateQualifier.Approximate)]
    [InlineData("2021-03?", DateQualifier.Uncertain)]
    [InlineData("2021-03%", DateQualifier.Approximate | DateQualifier.Uncertain)]
    public void Qualifiers_say_how_sure_the_author_is(string text, DateQualifier qualifier) =>
        Assert.Equal(qualifier, Parse(text).Start!.Value.Qualifier);

    [Theory]
    [InlineData("2021-autumn", "2021-23")]
    [InlineData("2014-Q1", "2014-33")]
    [InlineData("2021-H2", "2021-41")]
    [InlineData("2021-03/..", "2021-03/..")]
    [InlineData("2021-03~", "2021-03~")]
    public void Readable_aliases_map_to_their_EDTF_form(string text, string edtf) => Assert.Equal(edtf, Parse(text).Edtf);

    [Theory]
    [InlineData("", "empty", 0)]
    [InlineData("21-03", "four-digit year", 0)]
    [InlineData("2021-13", "'13' is not a month", 5)]
    [InlineData("2021-02-30", "no day 30", 8)]
    [InlineData("2021-autumn-01", "a day cannot follow", 11)]
    [InlineData("2021-06/2021-03", "ends (2021-03) before it starts", 8)]
    [InlineData("mars 2021", "four-digit year", 0)]
    [InlineData("2021/2022/2023", "one '/'", 9)]
    public void Invalid_notations_say_what_is_wrong_and_where(string text, string message, int offset)
    {
        var result = ImpreciseDateParser.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(offset, result.ErrorOffset);
    }

    [Fact]
    public void A_range_written_backwards_is_fixed_by_swapping_its_ends_as_written()
    {
        var result = ImpreciseDateParser.Parse("2027-Q2/2026-autumn");
        Assert.Equal("the range ends (2026-23) before it starts (2027-34).", result.Error);
        Assert.Equal("Write the start first: 2026-autumn/2027-Q2.", result.Hint);
        Assert.Null(ImpreciseDateParser.Parse("2027-13").Hint);
    }

    [Theory]
    [InlineData("2021-01-28", "2021-01-28")]
    [InlineData("2021-03", "2021-03")]
    [InlineData("2021-autumn", "2021")]
    [InlineData("2014-Q1", "2014")]
    public void The_HTML_datetime_value_is_the_most_precise_valid_one(string text, string html) =>
        Assert.Equal(html, Parse(text).Start!.Value.HtmlValue);

    private static ImpreciseDate Parse(string text)
    {
        var result = ImpreciseDateParser.Parse(text);
        Assert.True(result.Success, result.Error);
        return result.Value!;
    }
}
