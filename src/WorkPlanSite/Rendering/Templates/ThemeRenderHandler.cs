using System.Dynamic;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;
using RazorLight.Internal.Buffering;

namespace WorkPlanSite.Rendering.Templates;

/// <summary>
/// Renders pages with RazorLight's own renderer (layouts, partials, sections) but finds templates and sets their
/// models itself. RazorLight's engine inspects each model's type by reflection for anonymous types and looks every
/// template up through its cache objects, for each page and each partial: a few microseconds that, with a dozen
/// partials a page, made rendering a large site twice as slow. Page models are records, never anonymous, and every
/// template is compiled (or found compiled) before the first page, so this handler creates them straight from their
/// factories, and RazorLight's engine is made only if a template has to be compiled.
/// </summary>
internal sealed class ThemeRenderHandler(Lazy<RazorLightEngine>? engine, CompiledTemplateCache cache) : IEngineHandler
{
    // RazorLight's renderer reads the engine's options (its pre-render callbacks): none here, without making the engine.
    private readonly RazorLightOptions _options = new();

    /// <inheritdoc />
    public ICachingProvider Cache => cache;

    // Every template is found or compiled before the first page (ThemeTemplates.Create): the engine is only asked for
    // by RazorLight's own calls, never in the native program.
    private RazorLightEngine Engine => engine?.Value ?? throw new InvalidOperationException("This program cannot compile templates.");

    /// <inheritdoc />
    public IRazorTemplateCompiler Compiler => Engine.Handler.Compiler;

    /// <inheritdoc />
    public ITemplateFactoryProvider FactoryProvider => Engine.Handler.FactoryProvider;

    /// <inheritdoc />
    public RazorLightOptions Options => _options;

    /// <inheritdoc />
    public bool IsCachingEnabled => true;

    /// <inheritdoc />
    public Task<ITemplatePage> CompileTemplateAsync(string key) =>
        cache.Factory(key) is { } factory ? Task.FromResult(factory()) : Engine.Handler.CompileTemplateAsync(key);

    /// <inheritdoc />
    public Task<string> CompileRenderAsync<T>(string key, T model, ExpandoObject? viewBag = null) => Engine.Handler.CompileRenderAsync(key, model, viewBag);

    /// <inheritdoc />
    public Task<string> CompileRenderStringAsync<T>(string key, string content, T model, ExpandoObject? viewBag = null) =>
        Engine.Handler.CompileRenderStringAsync(key, content, model, viewBag);

    /// <inheritdoc />
    public async Task<string> RenderTemplateAsync<T>(ITemplatePage templatePage, T model, ExpandoObject? viewBag = null)
    {
        using var writer = new StringWriter();
        await RenderTemplateAsync(templatePage, model, writer, viewBag);
        return writer.ToString();
    }

    /// <inheritdoc />
    public async Task RenderTemplateAsync<T>(ITemplatePage templatePage, T model, TextWriter textWriter, ExpandoObject? viewBag = null)
    {
        var scope = new ReusedViewBufferScope();
        await RenderAsync(templatePage, model!, textWriter, scope);
    }

    /// <summary>Renders a page into <paramref name="output"/> with buffers from <paramref name="scope"/>, which it frees for the next page.</summary>
    public async Task RenderAsync(ITemplatePage page, object model, TextWriter output, ReusedViewBufferScope scope)
    {
        var renderer = new TemplateRenderer(this, TemplateEncoder.Instance, scope);
        SetContext(page, model, output, new ExpandoObject(), renderer);
        try
        {
            await renderer.RenderAsync(page).ConfigureAwait(false);
        }
        finally
        {
            scope.Reset();
        }
    }

    /// <inheritdoc />
    public Task RenderIncludedTemplateAsync<T>(ITemplatePage templatePage, T model, TextWriter textWriter, ExpandoObject viewBag, TemplateRenderer templateRenderer)
    {
        SetContext(templatePage, model, textWriter, viewBag, templateRenderer);
        return templateRenderer.RenderAsync(templatePage);
    }

    /// <summary>Renders the template <paramref name="key"/> included by a page (see <see cref="ThemePageContext"/>).</summary>
    public async Task IncludeAsync(string key, object? model, TextWriter writer, ExpandoObject viewBag, TemplateRenderer renderer)
    {
        var page = await CompileTemplateAsync(key).ConfigureAwait(false);
        SetContext(page, model, writer, viewBag, renderer);
        await renderer.RenderAsync(page).ConfigureAwait(false);
    }

    private void SetContext<T>(ITemplatePage page, T model, TextWriter writer, ExpandoObject viewBag, TemplateRenderer renderer)
    {
        page.SetModel(model!);
        page.PageContext = new ThemePageContext(viewBag, this, renderer) { ExecutingPageKey = page.Key, Writer = writer, Model = model! };
    }
}
