using System.Diagnostics;
using System.Runtime.InteropServices;

namespace WorkPlanSite.Cli;

/// <summary>
/// What the native program hands over to the program that runs on the .NET runtime (<c>WorkPlanSite.Cli</c>,
/// installed beside it): the commands that compile templates (a build with a site's own copy of a template,
/// <c>theme compile</c>) and <c>serve</c>, whose rebuilds may have to. The native program cannot compile C#; the other one
/// can, and for these its start-up time does not matter (see src/WorkPlanSite.Native).
/// </summary>
internal static class JitProgram
{
    /// <summary>The name of the program that can compile templates, beside the native one.</summary>
    public const string Name = "WorkPlanSite.Cli";

    /// <summary>Whether <paramref name="args"/> is a command the native program hands over at once.</summary>
    public static bool Handles(IReadOnlyList<string> args) =>
        args.Count > 0 && (args[0] == "serve" || (args[0] == "theme" && args.Skip(1).Contains("compile", StringComparer.Ordinal)));

    /// <summary>Runs the same command with the program beside this one, on this terminal, and returns its exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var directory = AppContext.BaseDirectory;
        var host = Path.Combine(directory, OperatingSystem.IsWindows() ? Name + ".exe" : Name);
        var assembly = Path.Combine(directory, Name + ".dll");
        if (!File.Exists(assembly))
        {
            await Console.Error.WriteLineAsync($"error: this command needs {Name}, which compiles templates, installed beside this program in {directory}; reinstall WorkPlanSite.");
            return ExitCodes.ContentErrors;
        }

        // The 'dotnet' that installed the tool (on the PATH) finds its runtime wherever it is; the program's own host
        // only where .NET is installed for the whole machine (or DOTNET_ROOT says).
        var start = Muxer() is { } dotnet ? new ProcessStartInfo(dotnet) { ArgumentList = { assembly } }
            : File.Exists(host) ? new ProcessStartInfo(host)
            : new ProcessStartInfo("dotnet") { ArgumentList = { assembly } };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        // Ctrl+C reaches both programs: this one waits for the other to stop and returns its exit code. A request to
        // stop this one stops the other.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            process.Kill(entireProcessTree: true);
        });
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static string? Muxer()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } given && File.Exists(given))
        {
            return given;
        }

        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
    }
}
