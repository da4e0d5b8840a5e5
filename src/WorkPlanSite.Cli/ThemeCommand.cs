using System.CommandLine;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Rendering.Templates;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Cli;

/// <summary>
/// <c>workplansite theme list|copy|diff|compile</c>: the site's theme file by file, copies of installed files to
/// edit, what a WorkPlanSite update changed under those copies, and compiling the templates ahead of a build.
/// </summary>
internal static class ThemeCommand
{
    public static Command Create()
    {
        var config = new CommonOptions().Config;
        var command = new Command("theme",
            "Shows and copies the files of the site's theme: a file of the same path in the site's themes/<name>/ folder replaces the installed one.\n\nExample:\n  workplansite theme copy templates/Layout.cshtml")
        {
            config,
            ListCommand(config),
            CopyCommand(config),
            DiffCommand(config),
            CompileCommand(config),
        };
        return command;
    }

    private static Command ListCommand(Option<string> config)
    {
        var command = new Command("list", "Lists every file of the theme in use and where it comes from: 'site' for the site's own copies, 'installed' for the files of WorkPlanSite.\n\nExample:\n  workplansite theme list");
        command.SetAction(parse => WithTheme(parse, config, (theme, _) =>
        {
            foreach (var entry in ThemeOverrides.List(theme))
            {
                var from = entry.Overridden ? "site (overrides installed)" : entry.Source.IsSite ? "site" : $"installed ({entry.Source.Name})";
                Console.WriteLine($"{entry.Path,-45} {from}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CopyCommand(Option<string> config)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Files of the theme to copy into the site (for example templates/Layout.cshtml, assets/style.css, i18n/en.yaml).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("copy", "Copies files of the installed theme into the site's themes/<name>/ folder for editing; never overwrites a file the site has.\n\nExample:\n  workplansite theme copy templates/Layout.cshtml")
        {
            files,
        };
        command.SetAction(parse => WithTheme(parse, config, (theme, site) =>
        {
            var outcome = ThemeOverrides.Copy(theme, site.RootDirectory, parse.GetValue(files) ?? []);
            return OutcomePrinter.Print(outcome.Lines, outcome.Problems);
        }));
        return command;
    }

    private static Command DiffCommand(Option<string> config)
    {
        var command = new Command("diff", "Shows how the site's copies differ from the installed theme's files of this WorkPlanSite ('-' installed, '+' the site's), so that an update's changes can be carried over.\n\nExample:\n  workplansite theme diff");
        command.SetAction(parse => WithTheme(parse, config, (theme, _) =>
        {
            var diff = ThemeOverrides.Diff(theme);
            Console.Write(diff.Length == 0 ? "The site's copies are the same as the installed files (or the site has none).\n" : diff);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CompileCommand(Option<string> config)
    {
        var installed = new Option<bool>("--installed") { Description = "Compiles the installed themes alone, without a site (how WorkPlanSite's own build ships them compiled)." };
        var into = new Option<string?>("--into") { Description = $"The folder to keep the compiled templates in (default: ${ThemeTemplates.CacheVariable}, else the user's cache folder)." };
        var sources = new Option<string?>("--sources") { Description = "Writes the templates' C# into this folder instead, to compile them into the program (how WorkPlanSite's native program is built)." };
        var command = new Command("compile", "Compiles the theme's templates into the cache, so that the next build does not wait for the compiler (for example in a CI job that restores the cache).\n\nExample:\n  workplansite theme compile")
        {
            installed,
            into,
            sources,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(into) is { } given ? Path.GetFullPath(given) : ThemeTemplates.CacheFolder;
            var diagnostics = new DiagnosticBag();
            var themes = parse.GetValue(installed)
                ? ThemeFiles.InstalledNames().Select(name => ThemeFiles.LocateInstalled(name, diagnostics)).ToList()
                : [Locate(parse.GetValue(config)!, diagnostics).Theme];
            var sourceFolder = parse.GetValue(sources) is { } sourcesGiven ? Path.GetFullPath(sourcesGiven) : null;
            var compiled = 0;
            var made = new List<ThemeTemplates>();
            foreach (var theme in themes.OfType<ThemeFiles>())
            {
                var templates = ThemeTemplates.Create(theme, sourceFolder is null ? folder : null, diagnostics, keepSources: sourceFolder is not null);
                compiled += templates?.Compiled ?? 0;
                if (templates is not null)
                {
                    made.Add(templates);
                }
            }

            DiagnosticPrinter.Print(diagnostics.Sorted());
            if (sourceFolder is not null && !diagnostics.HasErrors)
            {
                Console.WriteLine($"Wrote the C# of {Counted.Of(PrecompiledTemplateWriter.Write(made, sourceFolder), "template")} into {sourceFolder}.");
                return ExitCodes.Success;
            }

            Console.WriteLine(diagnostics.HasErrors ? $"{Counted.Of(diagnostics.ErrorCount, "error")}." : $"Compiled {Counted.Of(compiled, "template")} into {folder}.");
            return diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Runs <paramref name="action"/> with the site's theme; prints the configuration's errors instead when it cannot be read.</summary>
    private static int WithTheme(ParseResult parse, Option<string> config, Func<ThemeFiles, SiteConfig, int> action)
    {
        var diagnostics = new DiagnosticBag();
        var (site, theme) = Locate(parse.GetValue(config)!, diagnostics);
        if (site is null || theme is null)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted());
            return ExitCodes.Usage;
        }

        return action(theme, site);
    }

    private static (SiteConfig? Site, ThemeFiles? Theme) Locate(string configPath, DiagnosticBag diagnostics)
    {
        var site = SiteConfigLoader.Load(new BuildOptions(configPath), diagnostics);
        return site is null ? (null, null) : (site, ThemeFiles.Locate(site, diagnostics));
    }
}
