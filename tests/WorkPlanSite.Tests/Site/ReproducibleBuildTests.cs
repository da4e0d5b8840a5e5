using System.Globalization;
using System.Security.Cryptography;
using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>The same input gives byte-identical output, whatever the machine's culture and whenever it runs.</summary>
public sealed class ReproducibleBuildTests
{
    [Fact]
    public async Task The_example_site_is_byte_identical_when_built_twice_under_different_machine_cultures()
    {
        using var temp = new TempFolder();
        var first = await BuildUnder("tr-TR", temp.Combine("first"));
        // Arabic (Saudi Arabia) counts years in the Hijri calendar and writes Arabic digits: any culture leak shows.
        var second = await BuildUnder("ar-SA", temp.Combine("second"));
        Assert.True(first.Count > 100);
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, pair => Assert.True(pair.Value == second[pair.Key], $"{pair.Key} differs between the two builds"));
    }

    [Fact]
    public async Task A_build_removes_the_temporary_folders_of_an_interrupted_build_and_nothing_else()
    {
        using var site = new TinySite();
        var leftover = Path.Combine(site.Root, "._site.tmp-" + Guid.NewGuid().ToString("N"));
        var unrelated = Path.Combine(site.Root, "._site.tmp-mine");
        Directory.CreateDirectory(leftover);
        Directory.CreateDirectory(unrelated);
        File.WriteAllText(Path.Combine(leftover, "index.html"), "half-written");
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.False(Directory.Exists(leftover));
        Assert.True(Directory.Exists(unrelated));
    }

    [Fact]
    public async Task A_rebuild_replaces_the_previous_site_whole_and_leaves_nothing_of_it_beside_the_output()
    {
        using var site = new TinySite();
        Assert.True((await site.BuildAsync()).Succeeded);
        File.WriteAllText(Path.Combine(site.Output, "en", "stale.html"), "from an older build");
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "en", "stale.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "en", "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site.*"));
    }

    private static async Task<SortedDictionary<string, string>> BuildUnder(string culture, string output)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            // The culture flows into every task and parallel loop the build starts.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var result = await new SiteBuilder().BuildAsync(new BuildOptions(RepositoryPaths.ExampleConfig, output, BuildDate: new DateOnly(2021, 6, 1)));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }

        return new SortedDictionary<string, string>(
            Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(output, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
    }
}
