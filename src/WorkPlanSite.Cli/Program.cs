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
#if WORKPLANSITE_NATIVE
// The native program (src/WorkPlanSite.Native): the installed themes' templates are compiled into it; what needs the
// C# compiler is handed to the program beside it.
WorkPlanSite.Rendering.Templates.PrecompiledTemplates.Install(WorkPlanSite.InstalledTemplates.InstalledTemplateFactories.All);
if (JitProgram.Handles(args))
{
    return await JitProgram.RunAsync(args);
}
#endif

var parsed = root.Parse(args);
int code;
#if WORKPLANSITE_NATIVE
try
{
    code = await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (WorkPlanSite.Rendering.Templates.TemplateCompilerUnavailableException)
{
    // Thrown while the build is configured, before it writes anything.
    return await JitProgram.RunAsync(args);
}
catch (Exception exception)
{
    // What System.CommandLine's own handler (turned off above, so that the exception above reaches here) does:
    // the message and exit code 1, not the runtime's crash report.
    await Console.Error.WriteLineAsync($"Unhandled exception: {exception}");
    code = 1;
}
#else
code = await parsed.InvokeAsync();
#endif

// A mistyped command or option is a usage error: exit code 2, as documented (System.CommandLine's own is 1,
// which a CI job would take for errors in the content).
return code != ExitCodes.Success && parsed.Errors.Count > 0 ? ExitCodes.Usage : code;
