using System.CommandLine;
using WorkPlanSite.Cli;

var root = new RootCommand("WorkPlanSite: publishes multi-year work programmes (Markdown and YAML) as a multilingual static website.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    TranslationsCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
