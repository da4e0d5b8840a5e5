using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Authoring;

/// <summary>
/// WorkPlanSite is an installable .NET tool: <c>dotnet pack</c> makes the package, <c>dotnet tool install</c>
/// installs it from a local folder (no other package source), and the installed <c>workplansite</c> builds the
/// example site with the theme files it carries.
/// </summary>
public sealed class PackagedToolTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(8);

    /// <summary>The folder the tool keeps compiled templates in, once the test has chosen one.</summary>
    private string? _cache;

    [Fact]
    public async Task The_packed_tool_installs_from_a_local_folder_answers_version_and_help_and_builds_the_example_site()
    {
        using var temp = new TempFolder();
        var packages = temp.Combine("packages");
        var project = Path.Combine(RepositoryPaths.Root, "src", "WorkPlanSite.Cli", "WorkPlanSite.Cli.csproj");

        // Built apart from the repository's bin/ and obj/ folders, so that the tests' own build is not disturbed.
        // Packed for this machine's runtime only (a release packs for each runtime the project lists): the package
        // that 'dotnet tool install' finds, and the precompiled one it points to.
        var runtime = RuntimeInformation.RuntimeIdentifier;
        await RunAsync(Dotnet, ["pack", project, "-c", "Release", "-o", packages, "--artifacts-path", temp.Combine("artifacts"), $"-p:RuntimeIdentifiers={runtime}", "--nologo"], temp.Path);
        var packed = Directory.GetFiles(packages, "WorkPlanSite.*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, packed.Count);
        var package = packed.Single(p => !p!.StartsWith($"WorkPlanSite.{runtime}.", StringComparison.Ordinal))!;
        Assert.Contains($"WorkPlanSite.{runtime}.{package["WorkPlanSite.".Length..]}", packed);

        File.WriteAllText(temp.Combine("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var tools = temp.Combine("tools");
        await RunAsync(Dotnet, ["tool", "install", "WorkPlanSite", "--tool-path", tools, "--configfile", temp.Combine("nuget.config")], temp.Path);
        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "workplansite.exe" : "workplansite");

        // Installed precompiled: the program's code and the installed theme's templates are ReadyToRun images.
        var installed = Directory.GetFiles(tools, "*", SearchOption.AllDirectories);
        Assert.True(IsPrecompiled(installed.Single(f => Path.GetFileName(f) == "WorkPlanSite.dll")), "WorkPlanSite.dll is installed without precompiled code");
        var templates = installed.Where(f => f.Contains($"{Path.DirectorySeparatorChar}.compiled{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && f.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(templates);
        Assert.All(templates, t => Assert.True(IsPrecompiled(t), $"{t} is installed without precompiled code"));

        var version = await RunAsync(tool, ["--version"], temp.Path);
        Assert.Equal(Path.GetFileNameWithoutExtension(package)["WorkPlanSite.".Length..], version.Trim());
        foreach (var command in new[] { "build", "check", "serve", "new", "new programme", "new objective", "new activity", "init", "translations", "theme", "theme list", "theme copy", "theme diff", "theme compile" })
        {
            var help = await RunAsync(tool, [.. command.Split(' '), "--help"], temp.Path);
            Assert.Contains("Example:", help, StringComparison.Ordinal);
            Assert.Contains($"workplansite {command}", help, StringComparison.Ordinal);
        }

        // Compiled templates go to a folder of this test, to see which ones the tool compiles.
        var cache = _cache = temp.Combine("template-cache");

        // A copy of the example site without a themes/ folder: the theme's files come from the package.
        var site = temp.Combine("site");
        CopyFolder(Path.Combine(RepositoryPaths.Root, "content"), Path.Combine(site, "content"));
        File.Copy(RepositoryPaths.ExampleConfig, Path.Combine(site, "site.config.json"));
        var output = await RunAsync(tool, ["build", "--build-date", "2021-06-01"], site);

        Assert.Contains("Built 102 pages", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "_site", "fr", "programmes", "ccre-2021-2022", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "_site", "en", "programmes", "together-2014", "timeline", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "_site", "assets", "style.css")));
        Assert.False(Directory.Exists(cache), "The installed theme ships compiled: a site that overrides nothing compiles no template.");

        // Packed on Linux for the machine's own runtime (with a C compiler to link it, which .ci/run installs), the
        // command is the native program (src/WorkPlanSite.Native), with the .NET program beside it; both write the
        // same site, byte for byte.
        if (OperatingSystem.IsLinux() && (File.Exists("/usr/bin/clang") || File.Exists("/usr/bin/gcc")))
        {
            var settings = installed.Single(f => Path.GetFileName(f) == "DotnetToolSettings.xml" && File.Exists(Path.Combine(Path.GetDirectoryName(f)!, "WorkPlanSite.Cli.dll")));
            Assert.Contains("EntryPoint=\"workplansite\" Runner=\"executable\"", File.ReadAllText(settings), StringComparison.Ordinal);
            var jit = Path.Combine(Path.GetDirectoryName(settings)!, "WorkPlanSite.Cli.dll");
            var jitOutput = temp.Combine("jit-site");
            await RunAsync(Dotnet, [jit, "build", "--build-date", "2021-06-01", "--output", jitOutput], site);
            AssertSameFiles(Path.Combine(site, "_site"), jitOutput);
        }

        // The documented exit codes, as a CI job sees them: 0 success, 1 content errors, 2 usage or configuration.
        Assert.Equal(0, (await RunAsync(tool, ["check"], site, expectSuccess: false)).ExitCode);
        Assert.Equal(2, (await RunAsync(tool, ["build", "--no-such-option"], site, expectSuccess: false)).ExitCode);
        var activity = Path.Combine(site, "content", "ccre-2021-2022", "activities", "1-1-policy-monitoring.yaml");
        File.WriteAllText(activity, File.ReadAllText(activity).Replace("objective: 1-reference", "objective: no-such-objective", StringComparison.Ordinal));
        var broken = await RunAsync(tool, ["build"], site, expectSuccess: false);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("content/ccre-2021-2022/activities/1-1-policy-monitoring.yaml:3:", broken.Output, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(site, "site.config.json"), "{ \"title\": ");
        Assert.Equal(2, (await RunAsync(tool, ["build"], site, expectSuccess: false)).ExitCode);

        // A site owner copies the layout out of the theme, puts the network's name in the header, and sees it on
        // every page but the root's language choice, which has no header.
        var owned = temp.Combine("owned");
        await RunAsync(tool, ["init", owned], temp.Path);
        Assert.Contains("Copied templates/Layout.cshtml", await RunAsync(tool, ["theme", "copy", "Layout.cshtml"], owned), StringComparison.Ordinal);
        var layout = Path.Combine(owned, "themes", "default", "templates", "Layout.cshtml");
        const string Title = "@{ await IncludeAsync(\"partials/SiteIdentity.cshtml\", Model); }";
        Assert.Contains(Title, File.ReadAllText(layout), StringComparison.Ordinal);
        File.WriteAllText(layout, File.ReadAllText(layout).Replace(Title, Title + "\n<span class=\"site-network\">Our network</span>", StringComparison.Ordinal));
        Assert.Matches(@"templates/Layout\.cshtml +site \(overrides installed\)", await RunAsync(tool, ["theme", "list"], owned));
        Assert.Contains("+<span class=\"site-network\">Our network</span>", await RunAsync(tool, ["theme", "diff"], owned), StringComparison.Ordinal);
        Assert.Equal(1, (await RunAsync(tool, ["theme", "copy", "templates/Layout.cshtml"], owned, expectSuccess: false)).ExitCode);

        Assert.Contains("Built ", await RunAsync(tool, ["build"], owned), StringComparison.Ordinal);
        var pages = Directory.GetFiles(Path.Combine(owned, "_site"), "*.html", SearchOption.AllDirectories)
            .Where(p => Path.GetDirectoryName(p) != Path.Combine(owned, "_site")).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Contains("<span class=\"site-network\">Our network</span>", File.ReadAllText(page), StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(cache, "*.dll"));
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        string[] Files(string folder) => [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
        Assert.Equal(Files(expected), Files(actual));
        Assert.All(Files(expected), file => Assert.True(
            File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs"));
    }

    /// <summary>Whether an assembly carries machine code (ReadyToRun) besides its IL.</summary>
    private static bool IsPrecompiled(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    /// <summary>The dotnet that runs the tests (the SDK sets DOTNET_HOST_PATH for its child processes).</summary>
    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private async Task<string> RunAsync(string program, IEnumerable<string> arguments, string folder) =>
        (await RunAsync(program, arguments, folder, expectSuccess: true)).Output;

    /// <summary>Runs a program; its exit code and what it printed (standard output, then standard error).</summary>
    private async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, string folder, bool expectSuccess)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (_cache is not null)
        {
            start.Environment["WORKPLANSITE_CACHE"] = _cache;
        }
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        if (Path.IsPathRooted(Dotnet))
        {
            // The installed tool's launcher finds the runtime there.
            start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Dotnet);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await stdout;
        var errors = await stderr;
        Assert.True(!expectSuccess || process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output}\n{errors}");
        return expectSuccess ? (process.ExitCode, output) : (process.ExitCode, output + errors);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
