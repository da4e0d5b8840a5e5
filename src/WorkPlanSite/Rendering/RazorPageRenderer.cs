using System.Collections.Concurrent;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Pages;
using WorkPlanSite.Rendering.Templates;

namespace WorkPlanSite.Rendering;

/// <summary>
/// Renders page models to HTML documents with the theme's Razor templates (<see cref="ThemeTemplates"/>), on one
/// worker per core. Each worker renders into its own reused buffer, so a page never becomes a string on its way to
/// the output. A template that throws is reported as a diagnostic at its line, once however many pages it failed,
/// and the page is left out.
/// </summary>
public sealed class RazorPageRenderer : IAsyncDisposable
{
    private readonly ThemeTemplates _templates;
    private readonly DiagnosticBag _diagnostics;
    private readonly Worker[] _workers;
    private readonly ConcurrentDictionary<(SourcePosition, string), bool> _reported = new();

    /// <summary>Creates <paramref name="workers"/> workers that render with <paramref name="templates"/> and report their errors to <paramref name="diagnostics"/>.</summary>
    public RazorPageRenderer(ThemeTemplates templates, DiagnosticBag diagnostics, int workers)
    {
        _templates = templates;
        _diagnostics = diagnostics;
        _workers = Enumerable.Range(0, Math.Max(1, workers)).Select(_ => new Worker(this)).ToArray();
    }

    /// <summary>
    /// Renders every page on all workers into the worker's reused buffer and hands it to <paramref name="rendered"/>
    /// (page index, HTML) on the worker's thread; the span is only valid during the call. No page becomes a string:
    /// the fastest way to write a large site. <paramref name="rendered"/> must be safe to call from several threads.
    /// </summary>
    public Task RenderEachAsync(IReadOnlyList<PageModel> pages, PageHandler rendered, CancellationToken cancellation = default) =>
        ForEachAsync(pages.Count, (worker, index) => worker.RenderAsync(pages[index], html => rendered(index, html)), cancellation);

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

    /// <summary>Renders one page into a string (benchmarks and tools); null when its template failed.</summary>
    public async Task<string?> RenderAsync(PageModel page)
    {
        string? result = null;
        await _workers[0].RenderAsync(page, html => result = html.ToString());
        return result;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            worker.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private void Report(Exception exception, PageModel page)
    {
        var diagnostic = _templates.ErrorOf(exception, page, page.Url);
        // A failing layout fails every page: it is reported once, at the first page it failed.
        if (_reported.TryAdd((diagnostic.Position, exception.GetBaseException().Message), true))
        {
            _diagnostics.AddRange([diagnostic]);
        }
    }

    /// <summary>One rendering thread's page buffer: it renders one page at a time.</summary>
    public sealed class Worker(RazorPageRenderer owner) : IDisposable
    {
        private readonly CharBufferWriter _buffer = new();
        private readonly PageBuffers _pageBuffers = new();

        /// <summary>Renders <paramref name="page"/> into the worker's buffer and hands it to <paramref name="rendered"/>, valid only during the call; reports a failing template instead.</summary>
        public async Task RenderAsync(PageModel page, HtmlHandler rendered)
        {
            _buffer.Clear();
            try
            {
                await owner._templates.RenderAsync(page, _buffer, _pageBuffers);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                owner.Report(exception, page);
                return;
            }

            rendered(_buffer.Written);
        }

        /// <inheritdoc />
        public void Dispose() => _buffer.Dispose();
    }
}
