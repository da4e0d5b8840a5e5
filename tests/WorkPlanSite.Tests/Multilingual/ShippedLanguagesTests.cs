using WorkPlanSite.Dates;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Multilingual;

/// <summary>The default theme ships interface texts for the languages of European networks, each complete.</summary>
public sealed class ShippedLanguagesTests
{
    private static List<string> Shipped => Directory
        .EnumerateFiles(Path.Combine(RepositoryPaths.Root, "themes", "default", "i18n"), "*.yaml")
        .Select(f => Path.GetFileNameWithoutExtension(f))
        .Order(StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> Languages => new(Shipped);

    [Fact]
    public void The_theme_ships_eight_languages() =>
        Assert.Equal(["ar", "de", "en", "es", "fr", "it", "nl", "pt"], Shipped);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_shipped_language_has_every_key_of_the_default_language(string language)
    {
        var french = ThemeStrings.Read("fr").Keys;
        var texts = ThemeStrings.Read(language);
        Assert.Empty(french.Except(texts.Keys, StringComparer.Ordinal));
        Assert.Empty(texts.Keys.Except(french, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("de", "de-DE", "2021-09-16/2021-09-21", "16.–21. September 2021")]
    [InlineData("de", "de-DE", "2021-05-31/2021-06-04", "31. Mai – 4. Juni 2021")]
    [InlineData("es", "es-ES", "2021-01-28", "28 de enero de 2021")]
    [InlineData("it", "it-IT", "2021-11-01/2021-11-12", "1º–12 novembre 2021")]
    [InlineData("nl", "nl-NL", "2021-autumn", "najaar 2021")]
    [InlineData("ar", "ar-EG", "2021-01-28", "28 يناير 2021")]
    [InlineData("ar", "ar-SA", "2021-01-28", "28 يناير 2021")]
    public void Dates_read_naturally_in_each_language(string language, string locale, string notation, string expected) =>
        Assert.Equal(expected, ThemeStrings.Dates(language, locale).Format(ImpreciseDateParser.Parse(notation).Value!));
}
