using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using RazorLight;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Pages;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Rendering.Templates;

/// <summary>
/// A theme's Razor templates (RazorLight), compiled once per build and shared by every rendering thread. Each kind
/// of page has its template, <c>templates/pages/&lt;Kind&gt;.cshtml</c> (<see cref="HomePage"/> → <c>pages/Home.cshtml</c>),
/// which may name a layout and include partials. Every template of the theme is compiled before the first page is
/// rendered, so that all their errors are reported at once, at their lines.
/// </summary>
public sealed class ThemeTemplates
{
    /// <summary>The variable that names the folder of compiled templates kept between builds (see <see cref="CacheFolder"/>).</summary>
    public const string CacheVariable = "WORKPLANSITE_CACHE";

    /// <summary>
    /// The folder that keeps compiled templates between builds: <c>$WORKPLANSITE_CACHE</c>, else the user's cache folder
    /// (<c>$XDG_CACHE_HOME/workplansite/templates</c>, <c>~/.cache/workplansite/templates</c>; on Windows under the local
    /// application data). Outside the site, so that the site's folder holds only what its owner wrote; compiled
    /// templates are keyed by their content, so sites share it safely.
    /// </summary>
    public static string CacheFolder
    {
        get
        {
            if (Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } configured)
            {
                return Path.GetFullPath(configured);
            }

            var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
                : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(root, "workplansite", "templates");
        }
    }

    /// <summary>The folder, under the installed themes, of the templates compiled when WorkPlanSite was built.</summary>
    public const string ShippedFolder = ".compiled";

    private readonly ThemeRenderHandler _renderer;
    private readonly CompiledTemplateCache _cache;

    private ThemeTemplates(ThemeTemplateProject project, Lazy<RazorLightEngine>? engine, CompiledTemplateCache cache)
    {
        Project = project;
        _renderer = new ThemeRenderHandler(engine, cache);
        _cache = cache;
    }

    /// <summary>The kinds of page and the key of each one's template.</summary>
    /// <remarks>
    /// Listed rather than found by reflection: listing every type of the assembly loads them all, which cost a small
    /// build 15 ms of its start. A spec checks that every kind of page is here.
    /// </remarks>
    public static ImmutableSortedDictionary<string, Type> PageTemplates { get; } = new[]
    {
        typeof(RootPage), typeof(HomePage), typeof(NotFoundPage), typeof(ContentPage), typeof(SearchPage), typeof(ProgrammePage),
        typeof(ObjectivePage), typeof(ActivityPage), typeof(KeyDatesPage), typeof(TimelinePage), typeof(ProgressPage), typeof(PrintPage),
    }.ToImmutableSortedDictionary(KeyOf, t => t, StringComparer.Ordinal);

    /// <summary>How many templates this build compiled with the C# compiler.</summary>
    public int Compiled => _cache.Compiled;

    /// <summary>How many compiled templates this build read from a cache folder.</summary>
    public int Loaded => _cache.Loaded;

    internal ThemeTemplateProject Project { get; }

    /// <summary>The C# of each template compiled by this build, by key (when created with <c>keepSources</c>).</summary>
    internal IReadOnlyDictionary<string, CompiledTemplateCache.GeneratedSource> Sources => _cache.Sources;

    /// <summary>The key of the template of a kind of page: <c>pages/Home.cshtml</c> for <see cref="HomePage"/>.</summary>
    public static string KeyOf(Type pageType) => $"pages/{pageType.Name[..^"Page".Length]}.cshtml";

    /// <summary>
    /// Compiles every template of <paramref name="theme"/>, reusing those compiled before (see
    /// <see cref="CompiledTemplateCache"/>); returns null with diagnostics when one does not compile or a kind of
    /// page has no template.
    /// </summary>
    /// <param name="theme">The theme's layers.</param>
    /// <param name="cacheFolder">Where compiled templates are kept between builds; null to keep none.</param>
    /// <param name="diagnostics">Where errors go.</param>
    /// <param name="keepSources">Keeps the C# of the templates it compiles (see <see cref="Sources"/>).</param>
    /// <exception cref="TemplateCompilerUnavailableException">A template must be compiled and this program cannot compile (the native one).</exception>
    public static ThemeTemplates? Create(ThemeFiles theme, string? cacheFolder, DiagnosticBag diagnostics, bool keepSources = false)
    {
        var project = new ThemeTemplateProject(theme);
        var shipped = theme.Layers.Where(l => !l.IsSite).Select(l => Path.Combine(Path.GetDirectoryName(l.Directory)!, ShippedFolder)).Distinct(StringComparer.Ordinal).ToList();
        var cache = new CompiledTemplateCache(project, cacheFolder, shipped, keepSources);
        // The engine (Razor's parser and the C# compiler) is made only when a template is not compiled already, and
        // never in the native program (a constant there: the compiler is not even part of it).
        var engine = RuntimeFeature.IsDynamicCodeSupported ? new Lazy<RazorLightEngine>(() => new RazorLightEngineBuilder()
            .UseProject(project)
            .UseCachingProvider(cache)
            .Build()) : null;

        var missing = PageTemplates.Keys.Where(k => project.PathOf(k) is null).ToList();
        foreach (var key in missing)
        {
            diagnostics.Error(SourcePosition.File(project.Display(key)), $"The theme '{theme.Name}' has no template for its {PageTemplates[key].Name} pages.",
                $"Add {ThemeTemplateProject.Folder}/{key} to the theme, or make it extend one that has it (extends: default in its {ThemeFiles.ManifestFile}).");
        }

        var keys = project.Keys();
        var toCompile = keys.Where(key => !cache.RetrieveTemplate(key).Success).ToList();
        if (engine is null && toCompile.Count > 0)
        {
            throw new TemplateCompilerUnavailableException(toCompile);
        }

        // On all cores when there is something to compile; Parallel LINQ is not even loaded when there is not.
        var failures = toCompile.Count == 0 ? []
            : toCompile.AsParallel().AsOrdered().Select(key => (Key: key, Error: TryCompile(engine!.Value, key))).Where(r => r.Error is not null).ToList();
        var errors = failures.SelectMany(f => TemplateErrors.OfCompilation(f.Error!, f.Key, project)).Distinct().ToList();
        diagnostics.AddRange(errors);
        return missing.Count == 0 && failures.Count == 0 ? new ThemeTemplates(project, engine, cache) : null;
    }

    /// <summary>
    /// Renders <paramref name="page"/> with its template (and the template's layout and partials) into
    /// <paramref name="output"/>, with the buffers of <paramref name="buffers"/> (one per rendering thread).
    /// </summary>
    internal async Task RenderAsync(PageModel page, TextWriter output, PageBuffers buffers)
    {
        var template = await _renderer.CompileTemplateAsync(KeyOf(page.GetType()));
        await _renderer.RenderAsync(template, page, output, buffers.Scope);
    }

    /// <summary>The diagnostic of a template that threw while rendering <paramref name="page"/>, written at <paramref name="outputPath"/>.</summary>
    internal Diagnostic ErrorOf(Exception exception, PageModel page, string outputPath) =>
        TemplateErrors.OfRendering(exception, KeyOf(page.GetType()), outputPath, Project);

    private static Exception? TryCompile(RazorLightEngine engine, string key)
    {
        try
        {
            engine.CompileTemplateAsync(key).GetAwaiter().GetResult();
            return null;
        }
        catch (Exception exception) when (exception is RazorLightException or InvalidOperationException or AggregateException)
        {
            return exception;
        }
    }
}

/// <summary>The buffers one rendering thread renders its pages with, reused from page to page.</summary>
internal sealed class PageBuffers
{
    internal ReusedViewBufferScope Scope { get; } = new();
}
