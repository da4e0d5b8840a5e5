using System.Diagnostics;
using WorkPlanSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace WorkPlanSite.BrowserTests;

/// <summary>WCAG 2.1 AA, as far as axe-core can see it, on every page of the example site in every language.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class AccessibilityTests(ServedSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryPageInEveryLanguage_HasNoAxeViolation_OfWcag21LevelAA()
    {
        var clock = Stopwatch.StartNew();
        await using var context = await site.NewContextAsync();
        await AxeCheck.AddToAsync(context);
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        AxeReport? last = null;
        foreach (var path in site.Pages)
        {
            var response = await page.GotoAsync(site.Url(path));
            Assert.True(response?.Ok, path + " did not load");
            last = await AxeCheck.RunAsync(page, path);
            violations.AddRange(last.Violations);
        }

        output.WriteLine($"axe-core {last?.Version} ran {last?.RuleCount} rules on {site.Pages.Count} pages in {clock.Elapsed.TotalSeconds:0.0} s.");
        Assert.Contains("fr/", site.Pages);
        Assert.Contains("en/", site.Pages);
        Assert.True(violations.Count == 0, $"{violations.Count} axe-core violation(s):\n" + string.Join('\n', violations));
    }
}
