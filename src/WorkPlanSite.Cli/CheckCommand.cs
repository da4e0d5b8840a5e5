using System.CommandLine;
using WorkPlanSite.Building;

namespace WorkPlanSite.Cli;

/// <summary><c>workplansite check</c>: reports every problem of the site without writing anything.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var command = new Command("check", "Checks the configuration and the content and reports every problem, without writing anything.\n\nExample:\n  workplansite check --config site.config.json");
        common.AddTo(command);
        command.SetAction(async (parse, cancellation) =>
        {
            if (common.Read(parse, null) is not { } options)
            {
                return ExitCodes.Usage;
            }

            var verbose = parse.GetValue(common.Verbose);
            BuildResult result;
            using (var progress = new BuildProgress())
            {
                result = await new SiteBuilder(progress.OnStage).CheckAsync(options, cancellation);
            }

            DiagnosticPrinter.Print(result.Diagnostics);
            if (verbose)
            {
                BuildReport.PrintStages(result);
            }

            Console.WriteLine(result.Succeeded
                ? $"No errors{(result.WarningCount > 0 ? $", {Counted.Of(result.WarningCount, "warning")}" : "")}."
                : $"{Counted.Of(result.ErrorCount, "error")}, {Counted.Of(result.WarningCount, "warning")}.");
            return result.Succeeded ? ExitCodes.Success : ExitCodes.For(result);
        });
        return command;
    }
}
