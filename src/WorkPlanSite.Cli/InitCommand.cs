using System.CommandLine;
using WorkPlanSite.Scaffolding;

namespace WorkPlanSite.Cli;

/// <summary><c>workplansite init [DIR]</c>: a new site in an empty folder.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "The folder to create the site in (new or empty; default: the current folder).",
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("init", """
            Creates a new site in an empty folder: site.config.json with its menus, a placeholder logo, the site's
            own pages (about, contact, legal notice, accessibility) and a short sample programme in French and
            English, the JSON Schemas that let editors check the files, and the GitHub Pages workflow.

            Example:
              workplansite init my-work-plans
            """);
        command.Arguments.Add(folder);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            var result = SiteInitializer.Init(path, DateOnly.FromDateTime(DateTime.UtcNow));
            var cd = path == "." ? "" : $"cd {path} && ";
            return ScaffoldPrinter.Print(result, Path.GetFullPath(path), $"""
                The site is ready. Next:
                  {cd}workplansite serve      to see it while you edit
                  workplansite new programme my-programme-2026
                Set "baseUrl" in site.config.json before publishing.
                """);
        });
        return command;
    }
}
