using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Translating;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Multilingual;

/// <summary>
/// The example site is fully translated and every translation is stamped, so editing an original shows up. Each
/// programme's original is the language it was written in: CCRE in French, TOGETHER and CECICN in English.
/// </summary>
public sealed class ExampleTranslationStatusTests
{
    [Fact]
    public void Every_page_of_the_example_site_is_an_original_or_up_to_date_with_it()
    {
        var result = TranslationStatusRunner.Run(new BuildOptions(RepositoryPaths.ExampleConfig));
        Assert.Equal(0, result.ErrorCount);

        Assert.False(result.Report!.HasGaps);
        foreach (var language in result.Report.Languages)
        {
            Assert.All(language.Entries, e => Assert.True(
                e.State is TranslationState.Original or TranslationState.UpToDate,
                $"{e.File} is {e.State}: run 'workplansite translations' to see why."));
            // 58 programme items and key dates, and the site's two pages ("About this site", the accessibility statement).
            Assert.Equal(60, language.Entries.Length);
        }
    }

    [Theory]
    [InlineData("ccre-2021-2022", "fr")]
    [InlineData("together-2014", "en")]
    [InlineData("cecicn-2012", "en")]
    public void Each_programme_is_translated_from_the_language_it_was_written_in(string programme, string original)
    {
        var result = TranslationStatusRunner.Run(new BuildOptions(RepositoryPaths.ExampleConfig));
        var entries = result.Report!.Languages.SelectMany(l => l.Entries.Select(e => (l.Language, Entry: e)))
            .Where(x => x.Entry.Label.StartsWith(programme + " ›", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(entries);
        Assert.All(entries, x => Assert.Equal(original, x.Entry.OriginalLanguage));
        Assert.All(entries.Where(x => x.Language == original), x => Assert.Equal(TranslationState.Original, x.Entry.State));
    }
}
