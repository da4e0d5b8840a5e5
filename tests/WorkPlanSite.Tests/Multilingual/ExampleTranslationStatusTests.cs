using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Translating;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Multilingual;

/// <summary>The example site is fully translated and every translation is stamped, so editing a French original shows up.</summary>
public sealed class ExampleTranslationStatusTests
{
    [Fact]
    public void Every_english_page_of_the_example_site_is_up_to_date_with_its_french_original()
    {
        var result = TranslationStatusRunner.Run(new BuildOptions(RepositoryPaths.ExampleConfig));
        Assert.Equal(0, result.ErrorCount);
        var english = result.Report!.Languages.Single(l => l.Language == "en");

        Assert.False(result.Report.HasGaps);
        Assert.All(english.Entries, e => Assert.True(e.State == TranslationState.UpToDate, $"{e.File} is {e.State}: run 'workplansite translations' to see why."));
        Assert.Equal(58, english.Entries.Length);
    }
}
