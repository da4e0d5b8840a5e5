using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Web.HtmlRendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WorkPlanSite.Pages;

namespace WorkPlanSite.Rendering;

/// <summary>
/// Renders page models to HTML documents with the theme's root component and ASP.NET Core's
/// <see cref="HtmlRenderer"/>. A renderer's dispatcher runs one render at a time, so the service keeps one
/// renderer per worker and renders pages in parallel across them. An <see cref="HtmlRenderer"/> keeps every
/// component it ever rendered until it is disposed (about 20 KB a page), so each worker replaces its renderer
/// every <see cref="PagesPerRenderer"/> pages: memory stays flat however large the site.
/// </summary>
public sealed class RazorPageRenderer : IAsyncDisposable
{
    /// <summary>How many pages a renderer renders before it is replaced by a fresh one.</summary>
    public const int PagesPerRenderer = 200;

    private readonly ServiceProvider _services;
    private readonly Worker[] _workers;
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
        _workers = Enumerable.Range(0, Math.Max(1, workers)).Select(_ => new Worker(this)).ToArray();
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
    public Task RenderEachAsync(IReadOnlyList<PageModel> pages, Action<int, string> rendered, CancellationToken cancellation = default) =>
        ForEachAsync(pages, async (worker, index) => rendered(index, await worker.RenderAsync(pages[index], output => output.ToHtmlString())), cancellation);

    /// <summary>
    /// Renders every page on all workers into the worker's reused buffer and hands it to <paramref name="rendered"/>
    /// (page index, HTML) on the worker's thread; the span is only valid during the call. No page becomes a string:
    /// the fastest way to write a large site. <paramref name="rendered"/> must be safe to call from several threads.
    /// </summary>
    public Task RenderEachAsync(IReadOnlyList<PageModel> pages, PageHandler rendered, CancellationToken cancellation = default) =>
        ForEachAsync(pages, (worker, index) => worker.RenderAsync(pages[index], html => rendered(index, html)), cancellation);

    /// <summary>
    /// Runs <paramref name="work"/> for the items 0 to <paramref name="count"/> - 1 on all workers at once, each call
    /// with a worker of its own for as long as it runs: a build hands each worker a whole programme to model, plan
    /// and render. <paramref name="work"/> must be safe to run on several threads at once.
    /// </summary>
    public Task ForEachAsync(int count, Func<Worker, int, Task> work, CancellationToken cancellation = default)
    {
        var next = -1;
        var workers = _workers.Select(worker => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                cancellation.ThrowIfCancellationRequested();
                await work(worker, index);
            }
        }, cancellation));
        return Task.WhenAll(workers);
    }

    /// <summary>Receives a rendered page: its index and its HTML, valid only during the call.</summary>
    public delegate void PageHandler(int index, ReadOnlySpan<char> html);

    /// <summary>Receives a rendered page's HTML, valid only during the call.</summary>
    public delegate void HtmlHandler(ReadOnlySpan<char> html);

    /// <summary>Renders one page.</summary>
    public Task<string> RenderAsync(PageModel page) => _workers[0].RenderAsync(page, output => output.ToHtmlString());

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }

        await _services.DisposeAsync();
    }

    private Task ForEachAsync(IReadOnlyList<PageModel> pages, Func<Worker, int, Task> render, CancellationToken cancellation) =>
        ForEachAsync(pages.Count, render, cancellation);

    /// <summary>
    /// One rendering thread's renderer and page buffer: it renders one page at a time, and its renderer is replaced
    /// after <see cref="PagesPerRenderer"/> pages.
    /// </summary>
    public sealed class Worker(RazorPageRenderer owner) : IAsyncDisposable
    {
        private HtmlRenderer _renderer = new(owner._services, NullLoggerFactory.Instance);
        private int _rendered;

        private readonly CharBufferWriter _buffer = new();

        /// <summary>Renders <paramref name="page"/> into the worker's buffer and hands it to <paramref name="rendered"/>, valid only during the call.</summary>
        public Task RenderAsync(PageModel page, HtmlHandler rendered) => RenderAsync(page, output =>
        {
            _buffer.Clear();
            output.WriteHtmlTo(_buffer);
            rendered(_buffer.Written);
            return true;
        });

        /// <summary>Renders <paramref name="page"/> and reads the result with <paramref name="read"/>, on the renderer's dispatcher.</summary>
        internal async Task<T> RenderAsync<T>(PageModel page, Func<HtmlRootComponent, T> read)
        {
            if (++_rendered > PagesPerRenderer)
            {
                await _renderer.DisposeAsync();
                _renderer = new HtmlRenderer(owner._services, NullLoggerFactory.Instance);
                _rendered = 1;
            }

            var renderer = _renderer;
            return await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Page"] = page });
                var output = await renderer.RenderComponentAsync(owner._root, parameters);
                return read(output);
            });
        }

        /// <inheritdoc />
        public ValueTask DisposeAsync()
        {
            _buffer.Dispose();
            return _renderer.DisposeAsync();
        }
    }
}
