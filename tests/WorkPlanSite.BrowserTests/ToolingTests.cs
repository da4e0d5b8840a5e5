using WorkPlanSite.BrowserTests.Support;

namespace WorkPlanSite.BrowserTests;

/// <summary>The checkers themselves: they find what they are there to find, and say what is missing when they cannot run.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class ToolingTests(ServedSite site)
{
    [Fact]
    public void AMissingChromium_FailsWithTheWayToInstallIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ChromiumExecutable.Locate("/nowhere/chromium"));

        Assert.Equal(
            "Chromium not found at /nowhere/chromium: install Debian's chromium package (apt-get install chromium) " +
            "or set WORKPLANSITE_CHROMIUM to a Chromium executable. The browser tests never download a browser.",
            error.Message);
    }

    [Fact]
    public async Task Axe_ReportsThePage_TheRule_AndTheElement_OfAViolation()
    {
        await using var context = await site.NewContextAsync();
        await AxeCheck.AddToAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(ExamplePages.Home("en")));
        await page.EvaluateAsync("() => document.querySelector('.site-title').textContent = ''");

        var report = await AxeCheck.RunAsync(page, "en/");

        var violation = Assert.Single(report.Violations);
        Assert.StartsWith("en/: link-name (serious) at .site-title: Links must have discernible text", violation);
    }
}
