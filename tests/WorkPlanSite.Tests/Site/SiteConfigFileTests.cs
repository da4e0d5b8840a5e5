using WorkPlanSite.Configuration;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>A command run anywhere inside a site reads that site, as git finds its repository from a subfolder.</summary>
public sealed class SiteConfigFileTests
{
    [Fact]
    public void The_configuration_is_found_in_the_folder_or_the_nearest_one_above()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("outer", "site", "content", "sample", "activities"));
        File.WriteAllText(temp.Combine("outer", "site.config.json"), "{}");
        File.WriteAllText(temp.Combine("outer", "site", "site.config.json"), "{}");

        Assert.Equal(temp.Combine("outer", "site", "site.config.json"), SiteConfigFile.FindFrom(temp.Combine("outer", "site", "content", "sample", "activities")));
        Assert.Equal(temp.Combine("outer", "site", "site.config.json"), SiteConfigFile.FindFrom(temp.Combine("outer", "site")));
        Assert.Equal(temp.Combine("outer", "site.config.json"), SiteConfigFile.FindFrom(temp.Combine("outer")));
    }

    [Fact]
    public void Outside_any_site_there_is_none()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("empty"));

        // Unless a folder above the temporary folder holds one: then that one, and never one inside.
        var found = SiteConfigFile.FindFrom(temp.Combine("empty"));
        Assert.True(found is null || !found.StartsWith(temp.Path, StringComparison.Ordinal));
    }
}
