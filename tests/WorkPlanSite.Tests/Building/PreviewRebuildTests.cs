using WorkPlanSite.Building;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Serving;
using WorkPlanSite.Tests.Support;
using WorkPlanSite.Writing;

namespace WorkPlanSite.Tests.Building;

/// <summary>
/// What the preview serves after an author saves a file: always what <c>build</c> writes, byte for byte, with what
/// <c>check</c> reports; after a mistake, no new site (the last good one stays served) and the mistake's errors.
/// </summary>
public sealed class PreviewRebuildTests
{
    // The tiny site's configured origin: the preview's absolute links are then those of a build.
    private static readonly Uri Origin = new("https://example.org");

    [Fact]
    public async Task A_link_that_leads_nowhere_added_after_the_first_build_is_refused_as_check_refuses_it()
    {
        using var site = TwoProgrammes();
        var rebuilder = new PreviewRebuilder(site.Options);
        Assert.NotNull((await rebuilder.RebuildAsync(Origin, [], CancellationToken.None)).Snapshot);

        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\nexpectedResults: A result.\n---\n\nSee <a href=\"/sub/en/nowhere/\">this page</a>.\n");
        var rebuild = await rebuilder.RebuildAsync(Origin, [site.PathOf("content/prog/activities/act.en.md")], CancellationToken.None);

        Assert.Null(rebuild.Snapshot);
        var error = Assert.Single(rebuild.Result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("_site/en/programmes/prog/activities/act/index.html", error.Position.Path);
        Assert.Contains("'/sub/en/nowhere/'", error.Message, StringComparison.Ordinal);
        Assert.Equal(Lines((await site.CheckAsync()).Diagnostics), Lines(rebuild.Result.Diagnostics));
    }

    [Fact]
    public async Task A_sanitized_tag_is_reported_by_the_rebuild_that_takes_it_in_and_by_every_later_one_as_check_does()
    {
        using var site = TwoProgrammes();
        var rebuilder = new PreviewRebuilder(site.Options);
        await rebuilder.RebuildAsync(Origin, [], CancellationToken.None);

        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\nexpectedResults: A result.\n---\n\nText.\n\n<iframe src=\"https://x.example/\"></iframe>\n");
        var withIframe = await rebuilder.RebuildAsync(Origin, [site.PathOf("content/prog/activities/act.en.md")], CancellationToken.None);

        Assert.NotNull(withIframe.Snapshot);
        var warning = Assert.Single(withIframe.Result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal("content/prog/activities/act.en.md", warning.Position.Path);
        Assert.DoesNotContain("<iframe", Text(withIframe.Snapshot, "en/programmes/prog/activities/act/index.html"), StringComparison.Ordinal);

        site.Write("content/other/programme.en.md", "---\ntitle: Other programme, retitled\norganisation: Network\n---\n\nIntroduction.\n");
        var other = await rebuilder.RebuildAsync(Origin, [site.PathOf("content/other/programme.en.md")], CancellationToken.None);

        // The warning stays where it belongs: on the activity, as long as the iframe is in its text.
        Assert.Equal([warning.ToString()], other.Result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(Lines((await site.CheckAsync()).Diagnostics), Lines(other.Result.Diagnostics));
    }

    [Fact]
    public async Task A_file_put_into_a_programme_folder_while_serving_is_reported_as_unused_until_a_text_links_to_it_as_check_reports_it()
    {
        using var site = TwoProgrammes();
        var rebuilder = new PreviewRebuilder(site.Options);
        await rebuilder.RebuildAsync(Origin, [], CancellationToken.None);

        site.WriteBytes("content/prog/report.pdf", [0x25, 0x50, 0x44, 0x46]);
        var added = await rebuilder.RebuildAsync(Origin, [site.PathOf("content/prog/report.pdf")], CancellationToken.None);

        var warning = Assert.Single(added.Result.Diagnostics);
        Assert.Equal("content/prog/report.pdf", warning.Position.Path);
        Assert.Contains("not used", warning.Message, StringComparison.Ordinal);
        Assert.Equal(Lines((await site.CheckAsync()).Diagnostics), Lines(added.Result.Diagnostics));

        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\nexpectedResults: A result.\n---\n\nSee [the report](../report.pdf).\n");
        var linked = await rebuilder.RebuildAsync(Origin, [site.PathOf("content/prog/activities/act.en.md")], CancellationToken.None);

        Assert.Empty(linked.Result.Diagnostics);
        Assert.NotNull(linked.Snapshot);
        await AssertServesWhatBuildWrites(site, linked.Snapshot);
    }

    [Fact]
    public async Task A_file_two_programmes_link_to_stays_served_when_one_of_them_stops_linking_to_it()
    {
        using var site = TwoProgrammes();
        site.WriteBytes("content/other/shared.pdf", [0x25, 0x50, 0x44, 0x46]);
        site.Write("content/other/programme.en.md", "---\ntitle: Other programme\norganisation: Network\n---\n\nSee [the shared report](shared.pdf).\n");
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\nexpectedResults: A result.\n---\n\nSee [the shared report](../../other/shared.pdf).\n");
        var rebuilder = new PreviewRebuilder(site.Options);
        var first = (await rebuilder.RebuildAsync(Origin, [], CancellationToken.None)).Snapshot!;
        var copy = Assert.Single(first.Files.Keys, path => path.EndsWith("shared.pdf", StringComparison.Ordinal));

        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\nexpectedResults: A result.\n---\n\nNo link any more.\n");
        var after = (await rebuilder.RebuildAsync(Origin, [site.PathOf("content/prog/activities/act.en.md")], CancellationToken.None)).Snapshot!;

        Assert.Contains(copy, after.Files.Keys);
        await AssertServesWhatBuildWrites(site, after);
    }

    [Fact]
    public async Task After_a_failed_rebuild_the_next_one_serves_what_build_writes_and_nothing_of_what_the_failed_one_saw()
    {
        using var site = TwoProgrammes();
        AddActivity(site, "gone", "Activité retirée", "Withdrawn activity");
        var rebuilder = new PreviewRebuilder(site.Options);
        await rebuilder.RebuildAsync(Origin, [], CancellationToken.None);

        // A mistake (the programme's YAML broken) is refused, and then the activity is removed and the mistake repaired.
        var programmeYaml = File.ReadAllText(site.PathOf("content/prog/programme.yaml"));
        site.Write("content/prog/programme.yaml", programmeYaml + "\n  : : broken\n");
        Assert.Null((await rebuilder.RebuildAsync(Origin, [site.PathOf("content/prog/programme.yaml")], CancellationToken.None)).Snapshot);
        foreach (var file in ActivityFiles("gone"))
        {
            site.Delete(file);
        }

        site.Write("content/prog/programme.yaml", programmeYaml);
        var repaired = await rebuilder.RebuildAsync(Origin, [site.PathOf("content/prog/programme.yaml"), site.PathOf("content/prog/activities/gone.yaml"), site.PathOf("content/prog/activities/gone.en.md")], CancellationToken.None);

        Assert.NotNull(repaired.Snapshot);
        Assert.DoesNotContain(repaired.Snapshot.Files.Keys, path => path.Contains("/gone/", StringComparison.Ordinal));
        await AssertServesWhatBuildWrites(site, repaired.Snapshot);
    }

    [Fact]
    public async Task After_a_text_changes_the_preview_serves_what_build_writes()
    {
        using var site = TwoProgrammes();
        var rebuilder = new PreviewRebuilder(site.Options);
        var first = (await rebuilder.RebuildAsync(Origin, [], CancellationToken.None)).Snapshot!;

        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\nexpectedResults: A result.\n---\n\nA **new** description.\n");
        var after = (await rebuilder.RebuildAsync(Origin, [site.PathOf("content/prog/activities/act.en.md")], CancellationToken.None)).Snapshot!;

        // The activity's page, and the programme's printable page, which holds every activity in full.
        Assert.Equal(["/sub/en/programmes/prog/activities/act/", "/sub/en/programmes/prog/print/"], after.ChangedSince(first).ToArray());
        Assert.Contains("<strong>new</strong>", Text(after, "en/programmes/prog/activities/act/index.html"), StringComparison.Ordinal);
        await AssertServesWhatBuildWrites(site, after);
    }

    [Fact]
    public async Task A_deleted_activity_is_no_longer_served()
    {
        using var site = TwoProgrammes();
        AddActivity(site, "extra", "Autre activité", "Other activity");
        var rebuilder = new PreviewRebuilder(site.Options);
        var first = (await rebuilder.RebuildAsync(Origin, [], CancellationToken.None)).Snapshot!;
        Assert.Contains("en/programmes/prog/activities/extra/index.html", first.Files.Keys);

        var deleted = ActivityFiles("extra");
        foreach (var file in deleted)
        {
            site.Delete(file);
        }

        var after = (await rebuilder.RebuildAsync(Origin, deleted.Select(site.PathOf).ToList(), CancellationToken.None)).Snapshot!;

        Assert.DoesNotContain("en/programmes/prog/activities/extra/index.html", after.Files.Keys);
        await AssertServesWhatBuildWrites(site, after);
    }

    [Fact]
    public async Task A_mistake_gives_no_new_site_and_its_fix_is_taken_in_even_if_another_file_is_saved_first()
    {
        using var site = TwoProgrammes();
        var rebuilder = new PreviewRebuilder(site.Options);
        await rebuilder.RebuildAsync(Origin, [], CancellationToken.None);

        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: nowhere\n");
        var failed = await rebuilder.RebuildAsync(Origin, [site.PathOf("content/prog/activities/act.yaml")], CancellationToken.None);
        Assert.Null(failed.Snapshot);
        Assert.Contains(failed.Result.Diagnostics, d => d.Severity == Severity.Error && d.Position.Path == "content/prog/activities/act.yaml");

        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: obj\nperiod: 2021-04\n");
        site.Write("content/other/programme.en.md", "---\ntitle: Other programme, retitled\norganisation: Network\n---\n\nIntroduction.\n");
        var fixedRebuild = await rebuilder.RebuildAsync(Origin, [site.PathOf("content/other/programme.en.md")], CancellationToken.None);

        Assert.True(fixedRebuild.Result.Succeeded, string.Join("\n", fixedRebuild.Result.Diagnostics));
        await AssertServesWhatBuildWrites(site, fixedRebuild.Snapshot!);
    }

    [Fact]
    public async Task A_change_of_base_path_in_the_configuration_is_served_at_the_new_path()
    {
        using var site = TwoProgrammes();
        var rebuilder = new PreviewRebuilder(site.Options);
        await rebuilder.RebuildAsync(Origin, [], CancellationToken.None);

        site.Write("site.config.json", TinySite.DefaultConfig.Replace("https://example.org/sub/", "https://example.org/other/", StringComparison.Ordinal));
        var after = (await rebuilder.RebuildAsync(Origin, [site.PathOf("site.config.json")], CancellationToken.None)).Snapshot!;

        Assert.Equal("/other/", after.BasePath);
        await AssertServesWhatBuildWrites(site, after);
    }

    [Fact]
    public async Task The_preview_writes_nothing_to_disk()
    {
        using var site = TwoProgrammes();
        var rebuilder = new PreviewRebuilder(site.Options);

        Assert.NotNull((await rebuilder.RebuildAsync(Origin, [], CancellationToken.None)).Snapshot);

        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_changed_text_makes_again_only_its_programmes_pages_and_the_sites_own_files()
    {
        using var site = TwoProgrammes();
        var rebuilder = new PreviewRebuilder(site.Options);
        var first = await rebuilder.RebuildAsync(Origin, [], CancellationToken.None);

        site.Write("content/other/programme.en.md", "---\ntitle: Other programme\norganisation: Network\n---\n\nA new introduction.\n");
        var rebuild = await rebuilder.RebuildAsync(Origin, [site.PathOf("content/other/programme.en.md")], CancellationToken.None);

        // 'other' has a programme page, key dates and a timeline in two languages, and a calendar each; then the
        // site's own files (root, home pages, "not found", assets...), which list every programme. The sitemap is
        // kept: no page came or went.
        var all = first.Snapshot!.Files.Count;
        var ownFiles = first.Snapshot.Files.Keys.Count(p => !p.Contains("/programmes/", StringComparison.Ordinal) && p != "sitemap.xml");
        var otherFiles = first.Snapshot.Files.Keys.Count(p => p.Contains("/programmes/other/", StringComparison.Ordinal));
        Assert.Equal(ownFiles + otherFiles, rebuild.Result.FilesMade);
        Assert.True(rebuild.Result.FilesMade < all, $"{rebuild.Result.FilesMade} of {all} files made again");
        await AssertServesWhatBuildWrites(site, rebuild.Snapshot!);

        // A change to the configuration makes everything again.
        site.Write("site.config.json", TinySite.DefaultConfig.Replace("\"Site EN\"", "\"Renamed\"", StringComparison.Ordinal));
        var full = await rebuilder.RebuildAsync(Origin, [site.PathOf("site.config.json")], CancellationToken.None);
        Assert.Equal(all, full.Result.FilesMade);
    }

    [Fact]
    public async Task A_programme_whose_text_links_into_a_changed_programme_is_made_again_when_the_link_now_leads_elsewhere()
    {
        using var site = TwoProgrammes();
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\nexpectedResults: A result.\n---\n\nSee [the other programme](../../other/programme.en.md).\n");
        var rebuilder = new PreviewRebuilder(site.Options);
        await rebuilder.RebuildAsync(Origin, [], CancellationToken.None);

        site.Write("content/other/programme.en.md", "---\ntitle: Other programme\nslug: renamed\norganisation: Network\n---\n\nIntroduction.\n");
        var rebuild = await rebuilder.RebuildAsync(Origin, [site.PathOf("content/other/programme.en.md")], CancellationToken.None);

        Assert.Contains("href=\"/sub/en/programmes/renamed/\"", Text(rebuild.Snapshot!, "en/programmes/prog/activities/act/index.html"), StringComparison.Ordinal);
        await AssertServesWhatBuildWrites(site, rebuild.Snapshot!);
    }

    [Fact]
    public async Task A_changed_image_in_a_programme_folder_is_copied_again_and_served_with_its_new_size()
    {
        using var site = TwoProgrammes();
        site.WriteBytes("content/prog/activities/plan.png", TestImages.Png(100, 50));
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\n![The plan](plan.png)\n");
        var rebuilder = new PreviewRebuilder(site.Options);
        var first = (await rebuilder.RebuildAsync(Origin, [], CancellationToken.None)).Snapshot!;
        Assert.Equal(TestImages.Png(100, 50), first["files/prog/activities/plan.png"].ToArray());

        site.WriteBytes("content/prog/activities/plan.png", TestImages.Png(300, 150));
        var rebuild = (await rebuilder.RebuildAsync(Origin, [site.PathOf("content/prog/activities/plan.png")], CancellationToken.None)).Snapshot!;

        Assert.Equal(TestImages.Png(300, 150), rebuild["files/prog/activities/plan.png"].ToArray());
        Assert.Contains("width=\"300\" height=\"150\"", Text(rebuild, "en/programmes/prog/activities/act/index.html"), StringComparison.Ordinal);
        await AssertServesWhatBuildWrites(site, rebuild);
    }

    [Fact]
    public async Task An_image_in_another_programme_changed_while_serving_is_copied_again_for_the_programme_that_shows_it()
    {
        using var site = TwoProgrammes();
        site.WriteBytes("content/other/map.gif", TestImages.Gif(40, 30));
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\n![The map](../../other/map.gif)\n");
        var rebuilder = new PreviewRebuilder(site.Options);
        await rebuilder.RebuildAsync(Origin, [], CancellationToken.None);

        // The same size and dimensions, other pixels: only the copy tells.
        var changed = TestImages.Gif(40, 30);
        changed[^1] = 0x21;
        site.WriteBytes("content/other/map.gif", changed);
        var rebuild = (await rebuilder.RebuildAsync(Origin, [site.PathOf("content/other/map.gif")], CancellationToken.None)).Snapshot!;

        Assert.Equal(changed, rebuild["files/other/map.gif"].ToArray());
        await AssertServesWhatBuildWrites(site, rebuild);
    }

    [Fact]
    public async Task A_deleted_image_is_an_error_at_the_link_and_the_last_good_site_stays()
    {
        using var site = TwoProgrammes();
        site.WriteBytes("content/prog/activities/plan.png", TestImages.Png(10, 10));
        site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity\n---\n\n![The plan](plan.png)\n");
        var rebuilder = new PreviewRebuilder(site.Options);
        await rebuilder.RebuildAsync(Origin, [], CancellationToken.None);

        site.Delete("content/prog/activities/plan.png");
        var failed = await rebuilder.RebuildAsync(Origin, [site.PathOf("content/prog/activities/plan.png")], CancellationToken.None);
        Assert.Null(failed.Snapshot);
        Assert.Contains(failed.Result.Diagnostics, d => d.Severity == Severity.Error && d.Position == new SourcePosition("content/prog/activities/act.en.md", 5, 1));
    }

    [Fact]
    public async Task Every_page_shows_the_new_label_when_a_programme_a_menu_names_is_retitled()
    {
        using var site = TwoProgrammes();
        site.Write("site.config.json", TinySite.DefaultConfig.Replace("\"buildDate\"", "\"menus\": { \"main\": [ { \"programme\": \"other\" } ] },\n  \"buildDate\"", StringComparison.Ordinal));
        var rebuilder = new PreviewRebuilder(site.Options);
        await rebuilder.RebuildAsync(Origin, [], CancellationToken.None);

        site.Write("content/other/programme.en.md", "---\ntitle: Other programme, retitled\norganisation: Network\n---\n\nIntroduction.\n");
        var rebuild = await rebuilder.RebuildAsync(Origin, [site.PathOf("content/other/programme.en.md")], CancellationToken.None);

        Assert.Contains(">Other programme, retitled</a>", Text(rebuild.Snapshot!, "en/programmes/prog/activities/act/index.html"), StringComparison.Ordinal);
        await AssertServesWhatBuildWrites(site, rebuild.Snapshot!);
    }

    [Fact]
    public async Task A_change_to_the_site_own_pages_or_the_home_introduction_makes_everything_again_and_serves_what_build_writes()
    {
        using var site = TwoProgrammes();
        site.Write("content/pages/contact.fr.md", "---\ntitle: Contact\n---\n\nVoir [l'activité](../prog/activities/act.fr.md).\n");
        site.Write("content/pages/contact.en.md", "---\ntitle: Contact\n---\n\nSee [the activity](../prog/activities/act.en.md).\n");
        var rebuilder = new PreviewRebuilder(site.Options);
        var first = await rebuilder.RebuildAsync(Origin, [], CancellationToken.None);
        var all = first.Result.FilesMade;

        site.Write("content/pages/contact.en.md", "---\ntitle: Write to us\nslug: write\n---\n\nSee [the activity](../prog/activities/act.en.md).\n");
        var page = await rebuilder.RebuildAsync(Origin, [site.PathOf("content/pages/contact.en.md")], CancellationToken.None);
        Assert.Equal(all, page.Result.FilesMade);
        Assert.True(page.Snapshot!.Files.ContainsKey("en/write/index.html"));
        await AssertServesWhatBuildWrites(site, page.Snapshot);

        site.Write("content/home.en.md", "Welcome: [write to us](pages/contact.en.md).\n");
        var home = await rebuilder.RebuildAsync(Origin, [site.PathOf("content/home.en.md")], CancellationToken.None);
        Assert.Contains("href=\"/sub/en/write/\"", Text(home.Snapshot!, "en/index.html"), StringComparison.Ordinal);
        await AssertServesWhatBuildWrites(site, home.Snapshot!);
    }

    internal static TinySite TwoProgrammes()
    {
        var site = new TinySite();
        site.AddProgramme("other", 2, "2014", "Autre programme", "Other programme");
        return site;
    }

    /// <summary>Builds the site from scratch into a folder of its own and compares every file, byte for byte.</summary>
    internal static async Task AssertServesWhatBuildWrites(TinySite site, SiteSnapshot served, string? context = null)
    {
        var reference = Path.Combine(site.Root, "_reference-" + Guid.NewGuid().ToString("N"));
        var full = await new SiteBuilder().BuildAsync(site.Options with { OutputDirectory = reference });
        Assert.True(full.Succeeded, context + string.Join("\n", full.Diagnostics));
        var expected = SiteSnapshot.Of(Directory.EnumerateFiles(reference, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(reference, f).Replace('\\', '/'))
            .Where(f => f != OutputFolderGuard.MarkerFile)
            .Select(f => new OutputFile(f, File.ReadAllBytes(Path.Combine(reference, f)))), served.BasePath);
        Directory.Delete(reference, recursive: true);
        Assert.Equal(expected.Files.Keys, served.Files.Keys);
        Assert.True(served.ChangedSince(expected).IsEmpty, context + "differs from a build: " + string.Join(", ", served.ChangedSince(expected)));
    }

    // A second activity of the programme 'prog', under the same objective: its YAML and its French and English texts.
    private static void AddActivity(TinySite site, string id, string french, string english)
    {
        site.Write($"content/prog/activities/{id}.yaml", "code: \"1.2\"\norder: 2\nobjective: obj\n");
        site.Write($"content/prog/activities/{id}.fr.md", $"---\ntitle: {french}\n---\n\nTexte.\n");
        site.Write($"content/prog/activities/{id}.en.md", $"---\ntitle: {english}\n---\n\nText.\n");
    }

    private static string[] ActivityFiles(string id) => [$"content/prog/activities/{id}.yaml", $"content/prog/activities/{id}.fr.md", $"content/prog/activities/{id}.en.md"];

    internal static List<string> Lines(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => d.ToString()).ToList();

    private static string Text(SiteSnapshot site, string path) => System.Text.Encoding.UTF8.GetString(site[path].Span);
}
