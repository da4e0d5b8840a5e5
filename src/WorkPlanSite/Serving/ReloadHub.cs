using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace WorkPlanSite.Serving;

/// <summary>One message to the open pages, sent as a server-sent event.</summary>
/// <param name="Name">The event name: <c>reload</c> or <c>error</c>.</param>
/// <param name="Data">The event's JSON data.</param>
public sealed record ReloadEvent(string Name, string Data)
{
    /// <summary>The site changed: <paramref name="changed"/> lists the addresses of the files that changed; <paramref name="all"/> asks every page to reload.</summary>
    public static ReloadEvent Reload(ImmutableArray<string> changed, bool all) =>
        new("reload", new JsonObject { ["changed"] = Strings(changed), ["all"] = all }.ToJsonString());

    /// <summary>The last rebuild failed; the messages are shown on the pages.</summary>
    public static ReloadEvent Error(IEnumerable<string> messages) =>
        new("error", new JsonObject { ["errors"] = Strings(messages) }.ToJsonString());

    // JSON nodes rather than the serializer, whose reflection the native program does not have.
    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    /// <summary>The event in the <c>text/event-stream</c> format.</summary>
    public string Format() => $"event: {Name}\ndata: {Data}\n\n";
}

/// <summary>Hands each event to every open page's event stream.</summary>
public sealed class ReloadHub
{
    private readonly Lock _gate = new();
    private ImmutableList<Channel<ReloadEvent>> _listeners = [];

    /// <summary>The number of open event streams.</summary>
    public int ListenerCount => _listeners.Count;

    /// <summary>Sends an event to every open page.</summary>
    public void Publish(ReloadEvent message)
    {
        foreach (var listener in _listeners)
        {
            listener.Writer.TryWrite(message);
        }
    }

    /// <summary>Opens a stream of events for one page; dispose the subscription when the page goes away.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateUnbounded<ReloadEvent>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _listeners = _listeners.Add(channel);
        }

        return new Subscription(this, channel);
    }

    private void Remove(Channel<ReloadEvent> channel)
    {
        lock (_gate)
        {
            _listeners = _listeners.Remove(channel);
        }
    }

    /// <summary>The events of one open page.</summary>
    public sealed class Subscription(ReloadHub hub, Channel<ReloadEvent> channel) : IDisposable
    {
        /// <summary>The events, in order.</summary>
        public ChannelReader<ReloadEvent> Events => channel.Reader;

        /// <summary>Stops listening.</summary>
        public void Dispose() => hub.Remove(channel);
    }
}
