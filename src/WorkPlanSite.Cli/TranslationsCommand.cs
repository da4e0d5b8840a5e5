using System.CommandLine;
using WorkPlanSite.Building;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Translating;

namespace WorkPlanSite.Cli;

/// <summary>
/// <c>workplansite translations [--strict]</c>: which pages are translated, missing or outdated, per language;
/// <c>workplansite translations stamp [FILE...]</c>: records that translations match their original as it is now.
/// </summary>
internal static class TranslationsCommand
{
    public static Command Create()
    {
        var config = new CommonOptions().Config;
        var strict = new Option<bool>("--strict") { Description = "Exit with 1 when a translation or a UI string is missing or outdated (for CI)." };
        var all = new Option<bool>("--all") { Description = "Also lists the translations that are up to date, one by one (otherwise only counted)." };
        var command = new Command("translations",
            "Lists, per language, the pages that are translated, untracked, outdated or missing, and the missing UI strings.\n\nExample:\n  workplansite translations --strict")
        {
            config,
            strict,
            all,
            StampCommand(config),
        };
        command.SetAction(parse =>
        {
            var result = TranslationStatusRunner.Run(new(parse.GetValue(config)!));
            DiagnosticPrinter.Print(result.Diagnostics.Where(d => d.Severity == Severity.Error));
            if (result.Report is null)
            {
                return ExitCodes.Usage;
            }

            TranslationReportWriter.Write(Console.Out, result.Report, result.Config!, parse.GetValue(all));
            return result.ErrorCount > 0 || (parse.GetValue(strict) && result.Report.HasGaps) ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }

    private static Command StampCommand(Option<string> config)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Translations to stamp (for example content/my-programme/activities/a.en.md). Without any, every untracked translation is stamped.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("stamp",
            "Writes 'translatedFrom: <language>@<fingerprint>' into translations, recording that they match their original as it is now.\n\nExample:\n  workplansite translations stamp content/ccre-2021-2022/activities/policy-monitoring.en.md")
        {
            files,
        };
        command.SetAction(parse =>
        {
            var result = TranslationStatusRunner.Run(new(parse.GetValue(config)!));
            DiagnosticPrinter.Print(result.Diagnostics.Where(d => d.Severity == Severity.Error));
            if (result.Report is null || result.ErrorCount > 0)
            {
                return result.Report is null ? ExitCodes.Usage : ExitCodes.ContentErrors;
            }

            var root = result.Config!.RootDirectory;
            var named = (parse.GetValue(files) ?? []).Select(f => Path.GetRelativePath(root, Path.GetFullPath(f)).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
            var outcome = TranslationStamping.Apply(result.Report, root, named);
            return OutcomePrinter.Print(outcome.Lines, outcome.Problems);
        });
        return command;
    }
}
