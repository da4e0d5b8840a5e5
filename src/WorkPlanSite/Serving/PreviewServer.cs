using System.Collections.Immutable;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;

namespace WorkPlanSite.Serving;

/// <summary>What the preview server serves: the last good site, and the errors of the last rebuild if it failed.</summary>
/// <param name="Site">The last site that built.</param>
/// <param name="Errors">The diagnostics of the last rebuild, as lines, when it failed; empty otherwise.</param>
/// <param name="Built">False until a build has succeeded.</param>
public sealed record PreviewState(SiteSnapshot Site, ImmutableArray<string> Errors, bool Built)
{
    /// <summary>Nothing built yet.</summary>
    public static PreviewState Starting { get; } = new(SiteSnapshot.Empty, [], false);
}

/// <summary>
/// The preview web server (Kestrel, on the loopback interface only): serves a <see cref="SiteSnapshot"/> from
/// memory under its base path, adds the live-reload script to HTML pages, and streams reload events.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _closing = new();
    private PreviewState _state = PreviewState.Starting;

    private PreviewServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The events sent to open pages.</summary>
    public ReloadHub Hub { get; } = new();

    /// <summary>The server's origin, <c>http://127.0.0.1:port</c>, once started.</summary>
    public Uri Origin { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What is served now.</summary>
    public PreviewState State => Volatile.Read(ref _state);

    /// <summary>Starts listening on 127.0.0.1 at <paramref name="port"/> (0 picks a free port).</summary>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<PreviewServer> StartAsync(int port, CancellationToken cancellation = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new PreviewServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellation);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Origin = new Uri(new Uri(address).GetLeftPart(UriPartial.Authority));
        return server;
    }

    /// <summary>Replaces what is served (atomically: a request sees the old state or the new one).</summary>
    public void Update(PreviewState state) => Volatile.Write(ref _state, state);

    /// <summary>Closes the event streams and stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _closing.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        var path = request.Path.Value ?? "/";
        if (path == PreviewPage.EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var state = State;
        var site = state.Site;
        if (!state.Built)
        {
            await SendAsync(context, StatusCodes.Status503ServiceUnavailable, "text/html", PreviewPage.ErrorPage(state.Errors.IsEmpty ? ["The site is being built…"] : state.Errors));
            return;
        }

        // Paths outside the base path: send the root to the site, as the published address would be.
        if (!path.StartsWith(site.BasePath, StringComparison.Ordinal))
        {
            if (path == "/" || path + "/" == site.BasePath)
            {
                response.Redirect(site.BasePath);
                return;
            }

            await SendAsync(context, StatusCodes.Status404NotFound, "text/plain", System.Text.Encoding.UTF8.GetBytes($"Not found: the site is served under {site.BasePath}\n"));
            return;
        }

        if (site.FileFor(path) is { } file)
        {
            await SendFileAsync(context, StatusCodes.Status200OK, file, state);
            return;
        }

        if (!path.EndsWith('/') && site.FileFor(path + "/") is not null)
        {
            response.Redirect(path + "/" + request.QueryString);
            return;
        }

        var notFound = site.Files.ContainsKey("404.html") ? "404.html" : null;
        if (notFound is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await SendFileAsync(context, StatusCodes.Status404NotFound, notFound, state);
    }

    private static Task SendFileAsync(HttpContext context, int status, string file, PreviewState state)
    {
        var contentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        var bytes = state.Site[file];
        var html = contentType == "text/html";
        return SendAsync(context, status, contentType, html ? PreviewPage.Decorate(bytes.Span, state.Errors) : bytes);
    }

    private static async Task SendAsync(HttpContext context, int status, string contentType, ReadOnlyMemory<byte> bytes)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("xml", StringComparison.Ordinal)
            ? contentType + "; charset=utf-8"
            : contentType;
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        using var subscription = Hub.Subscribe();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closing.Token);
        try
        {
            // A comment line opens the stream at once, so that clients know they are connected.
            await response.WriteAsync("retry: 1000\n: connected\n\n", stop.Token);
            await response.Body.FlushAsync(stop.Token);
            await foreach (var message in subscription.Events.ReadAllAsync(stop.Token))
            {
                await response.WriteAsync(message.Format(), stop.Token);
                await response.Body.FlushAsync(stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server is stopping.
        }
    }
}
