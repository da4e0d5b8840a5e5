using System.Diagnostics;

namespace WorkPlanSite.Writing;

/// <summary>
/// A program the build runs on the written site (Pagefind, Chromium), found once when the build starts. Finding one
/// only looks at files: nothing is started, and nothing is ever downloaded.
/// </summary>
/// <param name="Path">The executable.</param>
/// <param name="Arguments">Arguments that come before the build's own (none, or the script a runtime runs).</param>
internal sealed record ExternalProgram(string Path, IReadOnlyList<string> Arguments)
{
    /// <summary>The executable named <paramref name="name"/> in a folder of the PATH, or null.</summary>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    /// <summary>What the program wrote and how it ended.</summary>
    public sealed record Outcome(int ExitCode, string Output, bool TimedOut);

    /// <summary>Runs the program with <paramref name="arguments"/> and waits for it, for <paramref name="timeout"/> at most.</summary>
    public async Task<Outcome> RunAsync(IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in Arguments.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new IOException($"{Path} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var errors = process.StandardError.ReadToEndAsync(cancellation);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return new Outcome(-1, "", TimedOut: true);
        }

        return new Outcome(process.ExitCode, ((await output) + (await errors)).Trim(), TimedOut: false);
    }
}
