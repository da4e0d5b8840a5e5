using System.CommandLine;
using WorkPlanSite.Building;

namespace WorkPlanSite.Cli;

/// <summary><c>workplansite build</c>: builds the site into the output folder.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new Option<string?>("--output", "-o") { Description = "The output folder, overriding 'outputDir' (default _site)." };
        var pdf = new Option<bool>("--pdf") { Description = "Also prints each programme's printable page to a PDF file, with Chromium (fails without it)." };
        var command = new Command("build", "Builds the site into _site/ (or --output).\n\nExample:\n  workplansite build --base-url https://my-org.github.io/my-repo/");
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(pdf);
        command.SetAction(async (parse, cancellation) =>
        {
            if (common.Read(parse, parse.GetValue(output)) is not { } read)
            {
                return ExitCodes.Usage;
            }

            var options = read with { Pdf = parse.GetValue(pdf) };

            var verbose = parse.GetValue(common.Verbose);
            BuildResult result;
            using (var progress = new BuildProgress())
            {
                result = await new SiteBuilder(progress.OnStage).BuildAsync(options, cancellation);
            }

            DiagnosticPrinter.Print(result.Diagnostics);
            foreach (var note in result.Notes)
            {
                Console.WriteLine(note);
            }

            if (verbose)
            {
                BuildReport.PrintStages(result);
            }

            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"Build failed with {Counted.Of(result.ErrorCount, "error")}; nothing was written.");
                return ExitCodes.For(result);
            }

            Console.WriteLine(BuildReport.Summary(result, Path.GetRelativePath(Directory.GetCurrentDirectory(), result.OutputDirectory!)));
            return ExitCodes.Success;
        });
        return command;
    }
}
