namespace WorkPlanSite.Cli;

/// <summary>Prints what a command that changes files did (to standard output) and what it refused (to standard error).</summary>
internal static class OutcomePrinter
{
    /// <summary>Prints both lists; the exit code is 1 when anything was refused.</summary>
    public static int Print(IReadOnlyList<string> lines, IReadOnlyList<string> problems)
    {
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }

        foreach (var problem in problems)
        {
            Console.Error.WriteLine(problem);
        }

        return problems.Count > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
