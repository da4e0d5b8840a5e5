using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Building;

/// <summary>
/// Incremental rebuilds (what a preview server does after an author saves a file): only the changed programme's
/// pages are rendered again, only changed files are written, and the result is always the site a full build writes.
/// </summary>
public sealed class SiteSessionTests
{
    [Fact]
    public async Task After_a_text_changes_the_output_is_what_a_full_build_writes_and_only_that_page_is_written()
    {
        using var site = TwoProgrammes();
        var (session, first) = await SiteSession.StartAsync(site.Options);
        await using var _ = session;
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));

        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\nexpectedResults: A result.\n---\n\nA **new** description.\n");
        var rebuild = await session.RebuildAsync([Path.Combine(site.Root, "content", "prog", "activities", "act.en.md")]);

        Assert.True(rebuild.Build.Succeeded, string.Join("\n", rebuild.Build.Diagnostics));
        Assert.False(rebuild.IsFull);
        Assert.Equal(["en/programmes/prog/activities/act/index.html"], rebuild.Written);
        Assert.Contains("<strong>new</strong>", File.ReadAllText(Path.Combine(site.Output, "en", "programmes", "prog", "activities", "act", "index.html")), StringComparison.Ordinal);
        await AssertSameAsFullBuild(site);
    }

    [Fact]
    public async Task The_first_build_of_a_session_refuses_a_link_that_leads_nowhere_as_build_does()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\nSee <a href=\"/sub/en/nowhere/\">this page</a>.\n");

        var (session, first) = await SiteSession.StartAsync(site.Options);
        await using var _ = session;

        Assert.False(first.Succeeded);
        var error = Assert.Single(first.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("'/sub/en/nowhere/'", error.Message, StringComparison.Ordinal);
        Assert.Equal("_site/en/programmes/prog/activities/act/index.html", error.Position.Path);
        Assert.False(Directory.Exists(site.Output));
        Assert.False((await site.BuildAsync()).Succeeded);
    }

    [Fact]
    public async Task Only_the_changed_programme_and_the_home_pages_are_rendered_again()
    {
        using var site = TwoProgrammes();
        var (session, _) = await SiteSession.StartAsync(site.Options);
        await using var __ = session;

        site.Write("content/prog/programme.fr.md", "---\ntitle: Programme renommé\norganisation: Réseau\nthemes:\n  people:\n    name: Personnes\n---\n\nIntroduction.\n");
        var rebuild = await session.RebuildAsync([Path.Combine(site.Root, "content", "prog", "programme.fr.md")]);

        // prog: programme, key dates, timeline, one objective, one activity, in two languages; plus two home pages.
        Assert.Equal((5 * 2) + 2, rebuild.RenderedPages);
        Assert.Contains("Programme renommé", File.ReadAllText(Path.Combine(site.Output, "fr", "index.html")), StringComparison.Ordinal);
        await AssertSameAsFullBuild(site);
    }

    [Fact]
    public async Task A_deleted_activity_loses_its_pages()
    {
        using var site = TwoProgrammes();
        site.Write("content/prog/activities/extra.yaml", "code: \"1.2\"\norder: 2\nobjective: obj\n");
        site.Write("content/prog/activities/extra.fr.md", "---\ntitle: Autre activité\n---\n\nTexte.\n");
        site.Write("content/prog/activities/extra.en.md", "---\ntitle: Other activity\n---\n\nText.\n");
        var (session, _) = await SiteSession.StartAsync(site.Options);
        await using var __ = session;
        Assert.True(Directory.Exists(Path.Combine(site.Output, "en", "programmes", "prog", "activities", "extra")));

        string[] deleted = ["content/prog/activities/extra.yaml", "content/prog/activities/extra.fr.md", "content/prog/activities/extra.en.md"];
        foreach (var file in deleted)
        {
            site.Delete(file);
        }

        var rebuild = await session.RebuildAsync(deleted.Select(f => Path.Combine(site.Root, f)).ToList());

        Assert.True(rebuild.Build.Succeeded, string.Join("\n", rebuild.Build.Diagnostics));
        Assert.Equal(["en/programmes/prog/activities/extra/index.html", "fr/programmes/prog/activities/extra/index.html"], rebuild.Deleted);
        Assert.False(File.Exists(Path.Combine(site.Output, "en", "programmes", "prog", "activities", "extra", "index.html")));
        await AssertSameAsFullBuild(site, ignoreEmptyFolders: true);
    }

    [Fact]
    public async Task A_mistake_writes_nothing_and_the_fix_is_taken_in_even_if_another_file_is_saved_first()
    {
        using var site = TwoProgrammes();
        var (session, _) = await SiteSession.StartAsync(site.Options);
        await using var __ = session;
        var page = Path.Combine(site.Output, "en", "programmes", "prog", "activities", "act", "index.html");
        var before = File.ReadAllText(page);

        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: nowhere\n");
        var failed = await session.RebuildAsync([Path.Combine(site.Root, "content", "prog", "activities", "act.yaml")]);
        Assert.False(failed.Build.Succeeded);
        Assert.Contains(failed.Build.Diagnostics, d => d.Severity == Severity.Error && d.Position.Path == "content/prog/activities/act.yaml");
        Assert.Equal(before, File.ReadAllText(page));

        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: obj\nperiod: 2021-04\n");
        site.Write("content/other/programme.en.md", "---\ntitle: Other programme, retitled\norganisation: Network\n---\n\nIntroduction.\n");
        var fixedRebuild = await session.RebuildAsync([Path.Combine(site.Root, "content", "other", "programme.en.md")]);

        Assert.True(fixedRebuild.Build.Succeeded, string.Join("\n", fixedRebuild.Build.Diagnostics));
        await AssertSameAsFullBuild(site);
    }

    [Fact]
    public async Task A_change_to_the_configuration_rebuilds_everything()
    {
        using var site = TwoProgrammes();
        var (session, _) = await SiteSession.StartAsync(site.Options);
        await using var __ = session;

        site.Write("site.config.json", TinySite.DefaultConfig.Replace("\"Site EN\"", "\"Renamed site\"", StringComparison.Ordinal));
        var rebuild = await session.RebuildAsync([Path.Combine(site.Root, "site.config.json")]);

        Assert.True(rebuild.IsFull);
        Assert.True(rebuild.Build.Succeeded, string.Join("\n", rebuild.Build.Diagnostics));
        await AssertSameAsFullBuild(site);
    }

    /// <summary>The tiny site with a second programme, so that a change can leave one programme alone.</summary>
    [Fact]
    public async Task A_rebuild_resolves_links_to_an_unchanged_programme_from_the_addresses_kept_since_the_first_build()
    {
        using var site = TwoProgrammes();
        var (session, first) = await SiteSession.StartAsync(site.Options);
        await using var _ = session;
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));

        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\nSee [the other programme](../../other/programme.md) and [nothing](../../other/activities/missing.md).\n");
        var broken = await session.RebuildAsync([Path.Combine(site.Root, "content", "prog", "activities", "act.en.md")]);

        Assert.False(broken.Build.Succeeded);
        var error = Assert.Single(broken.Build.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("content/prog/activities/act.en.md", error.Position.Path);
        Assert.Contains("missing.md", error.Message, StringComparison.Ordinal);

        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\nSee [the other programme](../../other/programme.md).\n");
        var fixedRebuild = await session.RebuildAsync([Path.Combine(site.Root, "content", "prog", "activities", "act.en.md")]);

        Assert.True(fixedRebuild.Build.Succeeded, string.Join("\n", fixedRebuild.Build.Diagnostics));
        Assert.False(fixedRebuild.IsFull);
        Assert.Contains("href=\"/sub/en/programmes/other/\"", File.ReadAllText(Path.Combine(site.Output, "en", "programmes", "prog", "activities", "act", "index.html")), StringComparison.Ordinal);
        await AssertSameAsFullBuild(site);
    }

    [Fact]
    public async Task The_first_build_of_a_session_reports_what_build_reports_the_sanitizer_s_warnings_included()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\nText.\n\n<iframe src=\"https://x.example/\"></iframe>\n");

        var (session, first) = await SiteSession.StartAsync(site.Options);
        await using var _ = session;
        var build = await new SiteBuilder().BuildAsync(site.Options with { OutputDirectory = Path.Combine(site.Root, "_reference") });

        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Contains(first.Diagnostics, d => d.Severity == Severity.Warning && d.Message.StartsWith("Removed from the page", StringComparison.Ordinal));
        Assert.Equal(build.Diagnostics.Select(d => d.ToString()), first.Diagnostics.Select(d => d.ToString()));
    }

    private static TinySite TwoProgrammes()
    {
        var site = new TinySite();
        site.AddProgramme("other", 2, "2014", "Autre programme", "Other programme");
        return site;
    }

    /// <summary>Builds the site from scratch into another folder and compares every file, byte for byte.</summary>
    private static async Task AssertSameAsFullBuild(TinySite site, bool ignoreEmptyFolders = false)
    {
        var reference = Path.Combine(site.Root, "_reference");
        var full = await new SiteBuilder().BuildAsync(new BuildOptions(Path.Combine(site.Root, "site.config.json"), reference));
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        var expected = Files(reference);
        var actual = Files(site.Output);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from a full build.");
        }

        if (!ignoreEmptyFolders)
        {
            Assert.Equal(Folders(reference), Folders(site.Output));
        }
    }

    private static SortedDictionary<string, byte[]> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes), StringComparer.Ordinal);

    private static List<string> Folders(string root) =>
        Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
}

/// <summary>The preview server's incremental rebuilder serves the same site as a full rebuild would.</summary>
public sealed class IncrementalSiteRebuilderTests
{
    [Fact]
    public async Task After_a_change_the_snapshot_is_the_full_rebuilds()
    {
        using var site = new TinySite();
        using var incremental = new WorkPlanSite.Serving.IncrementalSiteRebuilder(site.Options);
        using var full = new WorkPlanSite.Serving.FullSiteRebuilder(site.Options);
        var origin = new Uri("http://127.0.0.1:5005");
        Assert.NotNull((await incremental.RebuildAsync(origin, [], CancellationToken.None)).Snapshot);

        site.Write("content/prog/activities/act.fr.md", "---\ntitle: Activité renommée\nslug: activite\nexpectedResults: Un résultat.\n---\n\nDescription.\n");
        var changed = new[] { Path.Combine(site.Root, "content", "prog", "activities", "act.fr.md") };
        var after = (await incremental.RebuildAsync(origin, changed, CancellationToken.None)).Snapshot!;
        var expected = (await full.RebuildAsync(origin, changed, CancellationToken.None)).Snapshot!;

        Assert.Equal(expected.BasePath, after.BasePath);
        Assert.Empty(after.ChangedSince(expected));
        Assert.Contains("Activité renommée", System.Text.Encoding.UTF8.GetString(after.Files["fr/programmes/prog/activities/activite/index.html"]), StringComparison.Ordinal);
    }
}
