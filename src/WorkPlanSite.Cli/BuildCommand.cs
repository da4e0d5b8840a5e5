using System.CommandLine;
using System.Globalization;
using WorkPlanSite.Building;

namespace WorkPlanSite.Cli;

/// <summary><c>workplansite build</c>: builds the site into the output folder.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new Option<string?>("--output", "-o") { Description = "The output folder, overriding 'outputDir' (default _site)." };
        var command = new Command("build", "Builds the site. Example: workplansite build --base-url https://my-org.github.io/my-repo/");
        common.AddTo(command);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellation) =>
        {
            if (common.Read(parse, parse.GetValue(output)) is not { } options)
            {
                return ExitCodes.Usage;
            }

            var result = await new SiteBuilder().BuildAsync(options, cancellation);
            DiagnosticPrinter.Print(result.Diagnostics);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"Build failed with {result.ErrorCount} error(s); nothing was written.");
                return ExitCodes.For(result, options);
            }

            var languages = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
            var total = result.PagesPerLanguage.Values.Sum();
            var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            var warnings = result.WarningCount > 0 ? $", {result.WarningCount} warning(s)" : "";
            Console.WriteLine($"Built {total} pages ({languages}) in {seconds} s into {Path.GetRelativePath(Directory.GetCurrentDirectory(), result.OutputDirectory!)}{warnings}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
