using System.Buffers;
using RazorLight.Internal.Buffering;

namespace WorkPlanSite.Rendering.Templates;

/// <summary>
/// The buffers RazorLight writes a page into, kept by one rendering worker from page to page. RazorLight's own scope
/// rents them from the shared array pool for each page and gives them back at its end; a timeline page holds dozens
/// at once, more than the pool keeps at hand, so most were allocated again for every page. Here they are only
/// cleared (so that the page's strings can be collected) and used again.
/// </summary>
internal sealed class ReusedViewBufferScope : IViewBufferScope
{
    private readonly Dictionary<int, Stack<ViewBufferValue[]>> _free = [];
    private readonly List<ViewBufferValue[]> _leased = [];

    /// <inheritdoc />
    public ViewBufferValue[] GetPage(int pageSize)
    {
        var size = Math.Max(pageSize, MemoryPoolViewBufferScope.MinimumSize);
        var page = _free.TryGetValue(size, out var free) && free.Count > 0 ? free.Pop() : new ViewBufferValue[size];
        _leased.Add(page);
        return page;
    }

    /// <inheritdoc />
    public void ReturnSegment(ViewBufferValue[] segment)
    {
        // Given back during the page: it stays leased until the page is done, then is cleared and freed with the rest.
    }

    /// <inheritdoc />
    public PagedBufferedTextWriter CreateWriter(TextWriter writer) => new DirectWriter(writer);

    /// <summary>Frees every buffer of the page just rendered for the next one.</summary>
    public void Reset()
    {
        foreach (var page in _leased)
        {
            Array.Clear(page);
            if (!_free.TryGetValue(page.Length, out var free))
            {
                _free[page.Length] = free = new Stack<ViewBufferValue[]>();
            }

            free.Push(page);
        }

        _leased.Clear();
    }

    /// <summary>
    /// Where RazorLight copies a finished page: straight into the page's writer, synchronously. RazorLight's writer
    /// writes each piece of the page with WriteAsync, which a plain TextWriter runs as a task on the thread pool: a
    /// task and a thread switch for every piece of every page, most of the rendering time of a large site.
    /// </summary>
    private sealed class DirectWriter : PagedBufferedTextWriter
    {
        private readonly TextWriter inner;

        public DirectWriter(TextWriter inner)
            : base(ArrayPool<char>.Shared, inner)
        {
            this.inner = inner;
        }

        public override void Write(char value) => inner.Write(value);

        public override void Write(char[] buffer) => inner.Write(buffer);

        public override void Write(char[] buffer, int index, int count) => inner.Write(buffer, index, count);

        public override void Write(string? value) => inner.Write(value);

        public override Task WriteAsync(char value)
        {
            inner.Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(char[] buffer, int index, int count)
        {
            inner.Write(buffer, index, count);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(string? value)
        {
            inner.Write(value);
            return Task.CompletedTask;
        }

        public override Task FlushAsync() => Task.CompletedTask;
    }
}
