using System.CommandLine;
using WorkPlanSite.Cli;

var root = new RootCommand("""
    WorkPlanSite: publishes multi-year work programmes (Markdown and YAML) as a multilingual static website.

    Example:
      workplansite init my-work-plans && cd my-work-plans && workplansite serve
    """)
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    TranslationsCommand.Create(),
    ProgressCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
    InitCommand.Create(),
    ThemeCommand.Create(),
};
var parsed = root.Parse(args);

// A mistyped command or option is a usage error: exit code 2, as documented (System.CommandLine's own is 1,
// which a CI job would take for errors in the content).
return await parsed.InvokeAsync() is var code && code != ExitCodes.Success && parsed.Errors.Count > 0 ? ExitCodes.Usage : code;
