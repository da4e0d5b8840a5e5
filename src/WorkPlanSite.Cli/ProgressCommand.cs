using System.CommandLine;
using WorkPlanSite.Building;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Progress;

namespace WorkPlanSite.Cli;

/// <summary><c>workplansite progress [--stale-after MONTHS]</c>: per programme, what is late and what has not been updated for a while.</summary>
internal static class ProgressCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var months = new Option<int>("--stale-after")
        {
            Description = $"Months without an update ('updated' in an activity's .yaml) after which an unfinished activity is listed (default {ProgressReport.DefaultStaleMonths}).",
            DefaultValueFactory = _ => ProgressReport.DefaultStaleMonths,
        };
        var command = new Command("progress",
            "Lists, per programme, the activities that are late on the build date and those whose progress has not been updated for a while.\n\nExample:\n  workplansite progress --build-date 2022-03-01 --stale-after 6")
        {
            months,
        };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var stale = parse.GetValue(months);
            if (stale < 0 || common.Read(parse, null) is not { } options)
            {
                if (stale < 0)
                {
                    Console.Error.WriteLine("--stale-after: give a number of months, 0 or more.");
                }

                return ExitCodes.Usage;
            }

            var diagnostics = new DiagnosticBag();
            var reading = SiteBuilder.Read(options, diagnostics);
            DiagnosticPrinter.Print(diagnostics.Sorted().Where(d => d.Severity == Severity.Error));
            if (reading is null)
            {
                return ExitCodes.Usage;
            }

            if (diagnostics.HasErrors)
            {
                return ExitCodes.ContentErrors;
            }

            var report = ProgressReport.Of(reading.Programmes, reading.Config.Statuses, reading.Config.BuildDate, stale);
            ProgressReport.Write(Console.Out, report, reading.Config.BuildDate, stale);
            return ExitCodes.Success;
        });
        return command;
    }
}
