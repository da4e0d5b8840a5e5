using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorkPlanSite.Pages;

namespace WorkPlanSite.Rendering;

/// <summary>
/// Renders page models to HTML documents with the theme's root component and ASP.NET Core's
/// <see cref="HtmlRenderer"/>. A renderer's dispatcher runs one render at a time, so the service keeps one
/// renderer per worker and renders pages in parallel across them.
/// </summary>
public sealed class RazorPageRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer[] _renderers;
    private readonly Type _root;

    /// <summary>Creates the renderers for the theme whose root component is <paramref name="rootComponent"/>.</summary>
    public RazorPageRenderer(Type rootComponent, int workers)
    {
        _root = rootComponent;
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton<HtmlEncoder>(MinimalHtmlEncoder.Instance)
            .BuildServiceProvider();
        _renderers = Enumerable.Range(0, Math.Max(1, workers))
            .Select(_ => new HtmlRenderer(_services, NullLoggerFactory.Instance))
            .ToArray();
    }

    /// <summary>Renders every page; the result is in the pages' order whatever the threads did.</summary>
    public async Task<string[]> RenderAllAsync(IReadOnlyList<PageModel> pages, CancellationToken cancellation = default)
    {
        var results = new string[pages.Count];
        await RenderEachAsync(pages, (index, html) => results[index] = html, cancellation);
        return results;
    }

    /// <summary>
    /// Renders every page on all workers and hands each one to <paramref name="rendered"/> (page index, HTML) as
    /// soon as it is ready, on the worker's thread, so that the caller can write it and let it go: the site is
    /// never held in memory whole. <paramref name="rendered"/> must be safe to call from several threads.
    /// </summary>
    public async Task RenderEachAsync(IReadOnlyList<PageModel> pages, Action<int, string> rendered, CancellationToken cancellation = default)
    {
        var next = -1;
        var workers = _renderers.Select(renderer => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < pages.Count)
            {
                cancellation.ThrowIfCancellationRequested();
                rendered(index, await RenderAsync(renderer, pages[index]));
            }
        }, cancellation));
        await Task.WhenAll(workers);
    }

    /// <summary>Renders one page.</summary>
    public Task<string> RenderAsync(PageModel page) => RenderAsync(_renderers[0], page);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var renderer in _renderers)
        {
            await renderer.DisposeAsync();
        }

        await _services.DisposeAsync();
    }

    private Task<string> RenderAsync(HtmlRenderer renderer, PageModel page) =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Page"] = page });
            var output = await renderer.RenderComponentAsync(_root, parameters);
            return output.ToHtmlString();
        });
}
