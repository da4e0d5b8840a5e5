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
    ServeCommand.Create(),
    NewCommand.Create(),
    InitCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
