using System.Diagnostics;
using WorkPlanSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace WorkPlanSite.BrowserTests;

/// <summary>Valid HTML and CSS, as the W3C Nu HTML checker reads them, in every file of the built site.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class HtmlValidityTests(ServedSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryHtmlAndCssFileOfTheSite_HasNoNuHtmlCheckerError()
    {
        var clock = Stopwatch.StartNew();
        var stylesheets = Directory.EnumerateFiles(site.OutputDirectory, "*.css", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.OutputDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var files = site.HtmlFiles.Concat(stylesheets).ToList();

        var errors = await NuHtmlChecker.ErrorsAsync(site.OutputDirectory, files);

        output.WriteLine($"The Nu HTML checker read {files.Count} files in {clock.Elapsed.TotalSeconds:0.0} s.");
        Assert.Contains("fr/index.html", files);
        Assert.Contains("en/index.html", files);
        Assert.Contains("assets/style.css", files);
        Assert.True(errors.Count == 0, $"{errors.Count} Nu HTML checker error(s):\n" + string.Join('\n', errors));
    }

    [Fact]
    public async Task TheChecker_ReportsFileLineAndMessage_OfAnInvalidStylesheet()
    {
        using var folder = new WorkPlanSite.Tests.Support.TempFolder();
        File.WriteAllText(folder.Combine("bad.css"), "a { color: red; }\n\nb { colr: blue; }\n");

        var errors = await NuHtmlChecker.ErrorsAsync(folder.Path, ["bad.css"]);

        Assert.StartsWith("bad.css:3:", Assert.Single(errors));
    }

    [Fact]
    public async Task TheChecker_ReportsFileLineAndMessage_OfAnInvalidFile()
    {
        using var folder = new WorkPlanSite.Tests.Support.TempFolder();
        File.WriteAllText(folder.Combine("bad.html"), "<!DOCTYPE html>\n<html lang=\"en\"><head><title>x</title></head>\n<body><p><div>x</div></p></body></html>\n");

        var errors = await NuHtmlChecker.ErrorsAsync(folder.Path, ["bad.html"]);

        Assert.NotEmpty(errors);
        Assert.StartsWith("bad.html:3:", errors[0]);
    }
}
