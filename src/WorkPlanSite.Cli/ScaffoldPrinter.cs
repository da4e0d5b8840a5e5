using WorkPlanSite.Scaffolding;

namespace WorkPlanSite.Cli;

/// <summary>Prints what <c>init</c> and <c>new</c> created, or why they created nothing.</summary>
internal static class ScaffoldPrinter
{
    public static int Print(ScaffoldResult result, string root, string next)
    {
        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine(problem.Position.Path.Length == 0 ? $"error: {problem.Message} {problem.Hint}".TrimEnd() : problem.ToString());
        }

        if (!result.Succeeded)
        {
            return ExitCodes.Usage;
        }

        var prefix = Path.GetRelativePath(Directory.GetCurrentDirectory(), root);
        foreach (var file in result.Created)
        {
            Console.WriteLine($"  created {(prefix == "." ? file : Path.Combine(prefix, file).Replace('\\', '/'))}");
        }

        Console.WriteLine(next);
        return ExitCodes.Success;
    }
}
