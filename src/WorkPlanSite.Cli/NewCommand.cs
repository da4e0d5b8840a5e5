using System.CommandLine;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Scaffolding;

namespace WorkPlanSite.Cli;

/// <summary><c>workplansite new programme|objective|activity|page</c>: the files of a new item in every language.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", """
            Creates the files of a new programme, objective, activity or page: the .yaml file and one .md file per
            language of the site, with every key filled in. The site still passes 'check'; replace the texts.

            Example:
              workplansite new activity ccre-2021-2022/1-4-new-activity
            """)
        {
            Programme(),
            Objective(),
            Activity(),
            Page(),
        };
        return command;
    }

    private static Command Programme()
    {
        var config = ConfigOption.Create();
        var id = new Argument<string>("ID") { Description = "The programme's id, also its folder name: lower-case letters, digits and '-'." };
        var period = new Option<string?>("--period") { Description = "The programme's period, such as 2026/2027 (default: this year and the next)." };
        var command = new Command("programme", """
            Creates content/ID/ with programme.yaml and programme.<language>.md.

            Example:
              workplansite new programme together-2026 --period 2026/2027
            """)
        { config, id, period };
        command.SetAction(parse => Run(parse, config, scaffolder => scaffolder.NewProgramme(parse.GetValue(id)!, parse.GetValue(period)),
            $"Next: workplansite new objective {parse.GetValue(id)}/1-first-objective"));
        return command;
    }

    private static Command Objective()
    {
        var config = ConfigOption.Create();
        var path = new Argument<string>("PROGRAMME/ID") { Description = "The programme's id and the new objective's id." };
        var kind = new Option<string>("--kind")
        {
            Description = "'specific' (default) or 'general' (at most one per programme).",
            DefaultValueFactory = _ => "specific",
        };
        kind.AcceptOnlyFromAmong("specific", "general");
        var command = new Command("objective", """
            Creates objectives/ID.yaml and objectives/ID.<language>.md in a programme.

            Example:
              workplansite new objective together-2026/1-cooperation
            """)
        { config, path, kind };
        command.SetAction(parse => Split(parse.GetValue(path)!) is not { } parts
            ? ExitCodes.Usage
            : Run(parse, config, scaffolder => scaffolder.NewObjective(parts.Programme, parts.Id, parse.GetValue(kind) == "general" ? ObjectiveKind.General : ObjectiveKind.Specific),
                $"Next: workplansite new activity {parts.Programme}/1-1-first-activity"));
        return command;
    }

    private static Command Activity()
    {
        var config = ConfigOption.Create();
        var path = new Argument<string>("PROGRAMME/ID") { Description = "The programme's id and the new activity's id." };
        var objective = new Option<string?>("--objective") { Description = "The specific objective it serves (needed when the programme has several)." };
        var command = new Command("activity", """
            Creates activities/ID.yaml and activities/ID.<language>.md in a programme.

            Example:
              workplansite new activity together-2026/1-1-meetings --objective 1-cooperation
            """)
        { config, path, objective };
        command.SetAction(parse => Split(parse.GetValue(path)!) is not { } parts
            ? ExitCodes.Usage
            : Run(parse, config, scaffolder => scaffolder.NewActivity(parts.Programme, parts.Id, parse.GetValue(objective)),
                "Next: fill in the texts, then run workplansite check (or keep workplansite serve open)."));
        return command;
    }

    private static Command Page()
    {
        var config = ConfigOption.Create();
        var id = new Argument<string>("ID") { Description = "The page's id: lower-case letters, digits and '-'; unique among the site's pages." };
        var parent = new Option<string?>("--parent") { Description = "The id of the page it goes under (default: none, a page at the top)." };
        var command = new Command("page", """
            Creates content/pages/ID.yaml and content/pages/ID.<language>.md, one of the site's own pages.

            Example:
              workplansite new page team --parent about
            """)
        { config, id, parent };
        command.SetAction(parse => Run(parse, config, scaffolder => scaffolder.NewPage(parse.GetValue(id)!, parse.GetValue(parent)),
            $"Next: fill in the texts; to show the page in a menu, add {{ \"page\": \"{parse.GetValue(id)}\" }} to \"menus\" in site.config.json."));
        return command;
    }

    private static (string Programme, string Id)? Split(string path)
    {
        var parts = path.Split('/');
        if (parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0)
        {
            return (parts[0], parts[1]);
        }

        Console.Error.WriteLine($"'{path}' should be PROGRAMME/ID, for example ccre-2021-2022/1-4-new-activity.");
        return null;
    }

    private static int Run(ParseResult parse, Option<string> configOption, Func<ContentScaffolder, ScaffoldResult> create, string next)
    {
        var diagnostics = new DiagnosticBag();
        if (SiteConfigLoader.Load(new BuildOptions(parse.GetValue(configOption)!), diagnostics) is not { } config)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted());
            return ExitCodes.Usage;
        }

        return ScaffoldPrinter.Print(create(new ContentScaffolder(config)), config.RootDirectory, next);
    }
}
