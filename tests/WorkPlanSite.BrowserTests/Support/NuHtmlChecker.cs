using System.Diagnostics;
using System.Text.Json;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.BrowserTests.Support;

/// <summary>
/// The W3C Nu HTML checker from the npm package vnu-jar (installed by <c>npm ci</c> in this project's folder), run
/// on Java. A missing jar or Java is a failure that says how to install them, never a silent skip.
/// </summary>
internal static class NuHtmlChecker
{
    public const string JarVariable = "WORKPLANSITE_VNU_JAR";

    public static string JarPath
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(JarVariable);
            var path = string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(RepositoryPaths.Root, "tests", "WorkPlanSite.BrowserTests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
                : configured;
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"The Nu HTML checker is not at {path}: run `npm ci --ignore-scripts` in tests/WorkPlanSite.BrowserTests " +
                    $"(it installs the npm package vnu-jar), or set {JarVariable} to a vnu.jar.");
            }

            return path;
        }
    }

    public static string Java
    {
        get
        {
            var home = Environment.GetEnvironmentVariable("JAVA_HOME");
            var candidates = new List<string>();
            if (!string.IsNullOrWhiteSpace(home))
            {
                candidates.Add(Path.Combine(home, "bin", "java"));
            }

            candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, "java")));
            return candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
                "Java not found (JAVA_HOME or PATH): the Nu HTML checker runs on it; install Debian's default-jre-headless package.");
        }
    }

    /// <summary>
    /// Checks the HTML and CSS files and returns one line per error: file, line, column, message, extract.
    /// Stylesheets get a run of their own in CSS mode: mixed with HTML (--also-check-css) the checker gives HTML errors
    /// the wrong line numbers.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string folder, IReadOnlyList<string> relativeFiles)
    {
        var stylesheets = relativeFiles.Where(f => f.EndsWith(".css", StringComparison.OrdinalIgnoreCase)).ToList();
        var documents = relativeFiles.Except(stylesheets).ToList();
        var runs = await Task.WhenAll(
            RunAsync(folder, documents, []),
            RunAsync(folder, stylesheets, ["--css"]));
        return [.. runs.SelectMany(errors => errors)];
    }

    private static async Task<IReadOnlyList<string>> RunAsync(string folder, IReadOnlyList<string> relativeFiles, string[] mode)
    {
        if (relativeFiles.Count == 0)
        {
            return [];
        }

        var start = new ProcessStartInfo(Java)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-jar", JarPath, "--errors-only", "--format", "json" }.Concat(mode))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var file in relativeFiles)
        {
            start.ArgumentList.Add(Path.Combine(folder, file));
        }

        using var process = Process.Start(start)!;
        var report = process.StandardError.ReadToEndAsync();
        var other = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var json = await report;
        await other;
        if (!json.TrimStart().StartsWith('{'))
        {
            throw new InvalidOperationException($"The Nu HTML checker failed (exit code {process.ExitCode}):\n{json}");
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => Describe(m, folder))
            .ToList();
    }

    private static string Describe(JsonElement message, string folder)
    {
        var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
        var file = url.StartsWith("file:", StringComparison.Ordinal)
            // The checker writes "file:/tmp/x.html", which System.Uri does not read.
            ? Path.GetRelativePath(folder, "/" + Uri.UnescapeDataString(url["file:".Length..]).TrimStart('/')).Replace('\\', '/')
            : url;
        var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
        var column = message.TryGetProperty("firstColumn", out var c) ? c.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
        var extract = message.TryGetProperty("extract", out var e) ? " — " + e.GetString()?.ReplaceLineEndings(" ").Trim() : "";
        return $"{file}:{line}:{column}: {message.GetProperty("message").GetString()}{extract}";
    }
}
