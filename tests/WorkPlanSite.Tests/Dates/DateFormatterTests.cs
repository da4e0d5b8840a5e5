using WorkPlanSite.Dates;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Dates;

/// <summary>Dates as people write them, in French and in English (en-GB), including every CCRE key date.</summary>
public sealed class DateFormatterTests
{
    private static readonly DateFormatter French = ThemeStrings.Dates("fr", "fr-FR");
    private static readonly DateFormatter English = ThemeStrings.Dates("en", "en-GB");

    [Theory]
    [InlineData("2021-01-28", "28 janvier 2021", "28 January 2021")]
    [InlineData("2021-03", "mars 2021", "March 2021")]
    [InlineData("2021-05-07", "7 mai 2021", "7 May 2021")]
    [InlineData("2021-05-09", "9 mai 2021", "9 May 2021")]
    [InlineData("2021-05", "mai 2021", "May 2021")]
    [InlineData("2021-05-31/2021-06-04", "31 mai – 4 juin 2021", "31 May – 4 June 2021")]
    [InlineData("2021-07", "juillet 2021", "July 2021")]
    [InlineData("2021-09", "septembre 2021", "September 2021")]
    [InlineData("2021-09-16/2021-09-21", "16–21 septembre 2021", "16–21 September 2021")]
    [InlineData("2021-10", "octobre 2021", "October 2021")]
    [InlineData("2021-11-01/2021-11-12", "1er–12 novembre 2021", "1–12 November 2021")]
    [InlineData("2021-11-15/2021-11-30", "15–30 novembre 2021", "15–30 November 2021")]
    [InlineData("2021-autumn", "automne 2021", "Autumn 2021")]
    [InlineData("2022", "2022", "2022")]
    public void Every_CCRE_key_date_reads_as_the_programme_writes_it(string notation, string french, string english)
    {
        Assert.Equal(french, French.Format(Parse(notation)));
        Assert.Equal(english, English.Format(Parse(notation)));
    }

    [Theory]
    [InlineData("2014-Q1", "1er trimestre 2014", "Q1 2014")]
    [InlineData("2014-Q2", "2e trimestre 2014", "Q2 2014")]
    [InlineData("2014-Q4", "4e trimestre 2014", "Q4 2014")]
    [InlineData("2021-H2", "2e semestre 2021", "H2 2021")]
    [InlineData("2021-11-01", "1er novembre 2021", "1 November 2021")]
    [InlineData("2021-03~", "vers mars 2021", "around March 2021")]
    [InlineData("2021-03?", "mars 2021 (à confirmer)", "March 2021 (to be confirmed)")]
    [InlineData("2021-03/..", "à partir de mars 2021", "from March 2021")]
    [InlineData("2021/2022", "2021–2022", "2021–2022")]
    [InlineData("2021-03/2021-06", "mars–juin 2021", "March–June 2021")]
    [InlineData("2021-12-28/2022-01-03", "28 décembre 2021 – 3 janvier 2022", "28 December 2021 – 3 January 2022")]
    public void Quarters_halves_qualifiers_and_ranges_read_naturally(string notation, string french, string english)
    {
        Assert.Equal(french, French.Format(Parse(notation)));
        Assert.Equal(english, English.Format(Parse(notation)));
    }

    [Theory]
    [InlineData(true, null, "janvier")]
    [InlineData(false, "1", "janvier")]
    [InlineData(false, "true", "janvier")]
    [InlineData(false, null, "January")]
    public void Without_culture_data_the_build_stops_with_a_clear_message(bool invariantSwitch, string? variable, string frenchJanuary)
    {
        var problem = CultureGuard.Problem(invariantSwitch, variable, frenchJanuary);
        Assert.NotNull(problem);
        Assert.Contains("invariant globalization", problem, StringComparison.Ordinal);
        Assert.Contains("ICU", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void With_culture_data_dates_are_written_in_the_site_languages()
    {
        Assert.Null(CultureGuard.Problem(false, null, "janvier"));
        Assert.Null(CultureGuard.Problem());
    }

    private static ImpreciseDate Parse(string text) => ImpreciseDateParser.Parse(text).Value!;
}
