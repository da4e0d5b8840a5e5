using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;

namespace WorkPlanSite.Benchmarks;

/// <summary>The repository's example site, loaded and planned once, as the input of the hot-path benchmarks.</summary>
internal sealed class ExampleSite
{
    private ExampleSite(BuildServices services, SitePlan plan, string activityMarkdown)
    {
        Services = services;
        Plan = plan;
        ActivityMarkdown = activityMarkdown;
    }

    public BuildServices Services { get; }

    public SitePlan Plan { get; }

    /// <summary>The body of an example activity, about 400 words of Markdown with lists.</summary>
    public string ActivityMarkdown { get; }

    private static string? RepositoryRoot(string? folder)
    {
        while (folder is not null && !File.Exists(Path.Combine(folder, "WorkPlanSite.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder;
    }

    public static ExampleSite Load()
    {
        var root = RepositoryRoot(AppContext.BaseDirectory) ?? RepositoryRoot(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");

        var diagnostics = new DiagnosticBag();
        var site = SiteBuilder.Read(new BuildOptions(Path.Combine(root, "site.config.json")), diagnostics)!;
        var (config, services) = (site.Config, site.Services);
        var model = new SiteModelBuilder(config, services.Markdown, services.Urls, diagnostics).Build(site.Programmes);
        var plan = new PagePlanner(config, services.Urls, services.Languages).Plan(model);
        var markdown = File.ReadAllText(Path.Combine(root, "content", "ccre-2021-2022", "activities", "1-1-policy-monitoring.en.md"));
        return new ExampleSite(services, plan, markdown[(markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..]);
    }
}
