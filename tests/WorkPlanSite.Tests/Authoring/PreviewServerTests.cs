using System.Collections.Immutable;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using WorkPlanSite.Building;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Serving;
using WorkPlanSite.Writing;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Authoring;

/// <summary>
/// <c>workplansite serve</c>: the preview server on a free loopback port, serving the tiny site under its base
/// path /sub/, rebuilding when a file changes and telling the open pages over server-sent events.
/// </summary>
public sealed class PreviewServerTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Pages_are_served_under_the_base_path_with_the_reload_script_that_built_files_never_have()
    {
        await using var preview = await Preview.StartAsync();

        var home = await preview.Http.GetAsync("/sub/fr/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType?.MediaType);
        var page = Parser.ParseDocument(await home.Content.ReadAsStringAsync());
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.GetElementById(PreviewPage.Marker));
        Assert.Null(page.GetElementById("workplansite-errors"));

        var css = await preview.Http.GetAsync("/sub/assets/style.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);

        var root = await preview.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/sub/", root.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await preview.Http.GetAsync("/sub/fr/nothing-here/")).StatusCode);

        // The served pages come from memory: the site's own output folder is never written, and the files of
        // the build behind the preview carry no trace of it.
        Assert.False(Directory.Exists(preview.Site.Output));
        Assert.All(preview.Server.State.Site.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)),
            f => Assert.DoesNotContain(PreviewPage.Marker, System.Text.Encoding.UTF8.GetString(f.Value.Content.Span), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_content_file_is_rebuilt_and_a_reload_event_names_the_pages_that_changed()
    {
        await using var preview = await Preview.StartAsync();
        await using var events = await preview.OpenEventsAsync();

        preview.Site.Write("content/prog/activities/act.en.md", "---\ntitle: Activity renamed\nexpectedResults: A result.\n---\n\nDescription.\n");

        var reload = await events.NextAsync("reload");
        var changed = reload.GetProperty("changed").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("/sub/en/programmes/prog/activities/act/", changed);
        Assert.DoesNotContain("/sub/fr/programmes/prog/objectives/objectif/", changed);
        var page = await preview.Http.GetStringAsync("/sub/en/programmes/prog/activities/act/");
        Assert.Contains("Activity renamed", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_UI_string_the_site_rewords_in_its_i18n_folder_while_serving_reaches_the_pages()
    {
        // The tiny site has no i18n/ folder when the preview starts.
        await using var preview = await Preview.StartAsync();
        await using var events = await preview.OpenEventsAsync();

        preview.Site.Write("i18n/en.yaml", "site:\n  skipToContent: Straight to the text\n");

        await events.NextAsync("reload");
        Assert.Contains("Straight to the text", await preview.Http.GetStringAsync("/sub/en/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_layout_copied_into_the_site_while_serving_reaches_every_page_and_a_template_error_keeps_the_last_good_site()
    {
        // The tiny site has no themes/ folder when the preview starts, as after 'init'.
        await using var preview = await Preview.StartAsync();
        await using var events = await preview.OpenEventsAsync();
        var layout = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "themes", "default", "templates", "Layout.cshtml"));

        preview.Site.Write("themes/default/templates/Layout.cshtml", layout.Replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\" data-owner=\"ours\">", StringComparison.Ordinal));

        var reload = await events.NextAsync("reload");
        Assert.Contains("/sub/en/programmes/prog/timeline/", reload.GetProperty("changed").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("data-owner=\"ours\"", await preview.Http.GetStringAsync("/sub/fr/"), StringComparison.Ordinal);

        preview.Site.Write("themes/default/templates/Layout.cshtml", layout.Replace("@Model.Context.T(\"fallback.notice\"", "@Model.Context.SiteTitel(\"fallback.notice\"", StringComparison.Ordinal));

        var error = await events.NextAsync("error");
        Assert.StartsWith("themes/default/templates/Layout.cshtml:", Assert.Single(error.GetProperty("errors").EnumerateArray()).GetString(), StringComparison.Ordinal);
        var page = Parser.ParseDocument(await preview.Http.GetStringAsync("/sub/en/"));
        Assert.Equal("ours", page.QuerySelector("footer")!.GetAttribute("data-owner"));
        Assert.Contains("SiteTitel", page.GetElementById("workplansite-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_file_keeps_the_last_good_site_served_and_shows_the_error_escaped_on_every_page()
    {
        await using var preview = await Preview.StartAsync();
        await using var events = await preview.OpenEventsAsync();

        preview.Site.Write("content/prog/activities/act.fr.md", "---\ntitle: Activité cassée\n<b>oops</b>: 1\n---\n\nDescription.\n");

        var error = await events.NextAsync("error");
        var message = Assert.Single(error.GetProperty("errors").EnumerateArray()).GetString()!;
        Assert.StartsWith("content/prog/activities/act.fr.md:3:1: error: Unknown key '<b>oops</b>'", message, StringComparison.Ordinal);
        Assert.Contains(preview.Reports, r => r.StartsWith("failed", StringComparison.Ordinal));

        var response = await preview.Http.GetAsync("/sub/fr/programmes/prog/activities/activite/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.EndsWith("Activité", page.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("cassée", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var banner = page.GetElementById("workplansite-errors");
        Assert.NotNull(banner);
        Assert.Contains("Unknown key '<b>oops</b>'", banner.TextContent, StringComparison.Ordinal);
        Assert.Empty(banner.QuerySelectorAll("b"));

        // Mended: every page reloads, and the banner is gone.
        preview.Site.Write("content/prog/activities/act.fr.md", "---\ntitle: Activité réparée\nslug: activite\n---\n\nDescription.\n");
        var reload = await events.NextAsync("reload");
        Assert.True(reload.GetProperty("all").GetBoolean());
        var mended = Parser.ParseDocument(await preview.Http.GetStringAsync("/sub/fr/programmes/prog/activities/activite/"));
        Assert.Null(mended.GetElementById("workplansite-errors"));
        Assert.Contains("Activité réparée", mended.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_that_never_built_shows_its_errors_and_the_first_good_build_reloads_every_page()
    {
        await using var preview = await Preview.StartAsync(site => site.Write("content/prog/programme.yaml", "order: 1\nperiod: someday\nthemes: [people]\n"));
        await using var events = await preview.OpenEventsAsync();

        var response = await preview.Http.GetAsync("/sub/fr/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("content/prog/programme.yaml:2:9: error:", page.GetElementById("workplansite-errors")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.GetElementById(PreviewPage.Marker));

        preview.Site.Write("content/prog/programme.yaml", "order: 1\nperiod: 2021/2022\nthemes: [people]\n");

        Assert.True((await events.NextAsync("reload")).GetProperty("all").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await preview.Http.GetAsync("/sub/fr/")).StatusCode);
    }

    [Fact]
    public void Changed_pages_are_found_byte_for_byte_and_named_by_their_address()
    {
        static SiteSnapshot Site(string basePath, params (string Path, string Text)[] files) => new(basePath,
            files.ToImmutableSortedDictionary(f => f.Path, f => OutputFile.Text(f.Path, f.Text), StringComparer.Ordinal));
        var before = Site("/sub/", ("index.html", "root"), ("fr/index.html", "accueil"), ("fr/a/index.html", "a"), ("assets/style.css", "css"), ("fr/gone/index.html", "x"));
        var after = Site("/sub/", ("index.html", "root"), ("fr/index.html", "accueil modifié"), ("fr/a/index.html", "a"), ("assets/style.css", "css2"), ("fr/new/index.html", "n"));

        Assert.Equal(["/sub/assets/style.css", "/sub/fr/", "/sub/fr/gone/", "/sub/fr/new/"], after.ChangedSince(before).ToArray());
        Assert.Empty(after.ChangedSince(after));
        Assert.Equal("fr/a/index.html", after.FileFor("/sub/fr/a/"));
        Assert.Null(after.FileFor("/sub/fr/a"));
        Assert.Null(after.FileFor("/fr/a/"));
        // Another base path moves every page.
        Assert.Equal(5, Site("/", ("index.html", "root"), ("fr/index.html", "accueil modifié"), ("fr/a/index.html", "a"), ("assets/style.css", "css2"), ("fr/new/index.html", "n")).ChangedSince(after).Length);
    }

    [Fact]
    public async Task A_build_that_throws_is_reported_like_an_error_and_the_last_good_site_stays()
    {
        var good = new SiteSnapshot("/", ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("index.html", new OutputFile("index.html", "<html><body>good</body></html>"u8.ToArray()))]));
        await using var server = await PreviewServer.StartAsync(0);
        using var http = new HttpClient { BaseAddress = server.Origin };
        var reporter = new RecordingReporter();
        var session = new PreviewSession(new ScriptedRebuilder(good), server, reporter);
        Assert.True(await session.RebuildAsync([], CancellationToken.None));

        Assert.False(await session.RebuildAsync(["/site/content/x.md"], CancellationToken.None));

        Assert.Same(good, server.State.Site);
        Assert.Contains("The build stopped: IOException: The file is in use.", Assert.Single(server.State.Errors), StringComparison.Ordinal);
        var page = await http.GetStringAsync("/");
        Assert.Contains("good", page, StringComparison.Ordinal);
        Assert.Contains("workplansite-errors", page, StringComparison.Ordinal);
        Assert.Equal(["built", "failed"], reporter.Calls);
    }

    /// <summary>Succeeds once with a given site, then fails as a file system error would.</summary>
    private sealed class ScriptedRebuilder(SiteSnapshot site) : ISiteRebuilder
    {
        private int _calls;

        public Task<SiteRebuild> RebuildAsync(Uri origin, IReadOnlyCollection<string> changedFiles, CancellationToken cancellation) =>
            _calls++ == 0
                ? Task.FromResult(new SiteRebuild(new BuildResult(true, [], ImmutableSortedDictionary<string, int>.Empty, TimeSpan.Zero, null), site))
                : throw new IOException("The file is in use.");
    }

    private sealed class RecordingReporter : IPreviewReporter
    {
        public List<string> Calls { get; } = [];

        public void Built(BuildResult result, ImmutableArray<string> changedPages, IReadOnlyCollection<string> changedFiles) => Calls.Add("built");

        public void Failed(BuildResult result, IReadOnlyCollection<string> changedFiles) => Calls.Add("failed");
    }

    /// <summary>A tiny site served by a preview server on a free port, rebuilt by a watcher.</summary>
    private sealed class Preview : IAsyncDisposable, IPreviewReporter
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly PreviewRebuilder _rebuilder;
        private SourceWatcher? _watcher;
        private Task _watching = Task.CompletedTask;

        private Preview(TinySite site, PreviewServer server)
        {
            Site = site;
            Server = server;
            _rebuilder = new PreviewRebuilder(site.Options);
            Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Origin, Timeout = TimeSpan.FromSeconds(30) };
        }

        public TinySite Site { get; }

        public PreviewServer Server { get; }

        public HttpClient Http { get; }

        public List<string> Reports { get; } = [];

        public static async Task<Preview> StartAsync(Action<TinySite>? change = null)
        {
            var site = new TinySite();
            change?.Invoke(site);
            var preview = new Preview(site, await PreviewServer.StartAsync(0));
            var session = new PreviewSession(preview._rebuilder, preview.Server, preview);
            Assert.Equal(change is null, await session.RebuildAsync([], CancellationToken.None));
            var config = SiteConfigLoader.Load(site.Options, new DiagnosticBag())!;
            preview._watcher = new SourceWatcher(config, TimeSpan.FromMilliseconds(100));
            preview._watching = session.WatchAsync(preview._watcher, preview._stop.Token);
            return preview;
        }

        public async Task<EventStream> OpenEventsAsync()
        {
            var response = await Http.GetAsync(PreviewPage.EventsPath, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            var stream = new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
            await stream.ConnectedAsync();
            return stream;
        }

        public void Built(BuildResult result, ImmutableArray<string> changedPages, IReadOnlyCollection<string> changedFiles)
        {
            lock (Reports)
            {
                Reports.Add($"built {changedPages.Length}");
            }
        }

        public void Failed(BuildResult result, IReadOnlyCollection<string> changedFiles)
        {
            lock (Reports)
            {
                Reports.Add($"failed {result.ErrorCount}");
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _watching;
            _watcher?.Dispose();
            Http.Dispose();
            await Server.DisposeAsync();
            Site.Dispose();
        }
    }

    /// <summary>The server-sent events of one page, read with a bounded wait.</summary>
    private sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IAsyncDisposable
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

        public async Task ConnectedAsync()
        {
            using var timeout = new CancellationTokenSource(Patience);
            while (await reader.ReadLineAsync(timeout.Token) is { } line && line != ": connected")
            {
            }
        }

        /// <summary>The data of the next event named <paramref name="name"/>; fails if none comes within 30 s.</summary>
        public async Task<JsonElement> NextAsync(string name)
        {
            using var timeout = new CancellationTokenSource(Patience);
            string? current = null;
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    current = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == name)
                {
                    return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
                }
            }

            throw new InvalidOperationException($"The event stream ended before a '{name}' event.");
        }

        public ValueTask DisposeAsync()
        {
            reader.Dispose();
            response.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
