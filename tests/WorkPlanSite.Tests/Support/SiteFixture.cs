using WorkPlanSite.Building;
using WorkPlanSite.Configuration;

namespace WorkPlanSite.Tests.Support;

/// <summary>Builds a site once for a test class.</summary>
public abstract class SiteFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    protected SiteFixture(string configPath, string baseUrl, DateOnly buildDate)
    {
        var output = _temp.Combine("out");
        Result = new SiteBuilder().BuildAsync(new BuildOptions(configPath, output, baseUrl, buildDate)).GetAwaiter().GetResult();
        Site = new BuiltSite(output, baseUrl);
    }

    public BuildResult Result { get; }

    internal BuiltSite Site { get; }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The example site under a GitHub Pages sub-path, built on a day inside the CCRE programme.</summary>
public sealed class ExampleSiteUnderSubPath() : SiteFixture(RepositoryPaths.ExampleConfig, "https://example-org.github.io/work-plans/", new DateOnly(2021, 6, 1));

/// <summary>The example site at the root of a domain.</summary>
public sealed class ExampleSiteAtRoot() : SiteFixture(RepositoryPaths.ExampleConfig, "https://plans.example.org/", new DateOnly(2026, 11, 21));
