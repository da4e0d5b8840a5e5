using System.CommandLine;
using System.Globalization;
using WorkPlanSite.Configuration;

namespace WorkPlanSite.Cli;

/// <summary>Options shared by the commands that read a site.</summary>
internal sealed class CommonOptions
{
    public Option<string> Config { get; } = ConfigOption.Create();

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "The address the site is published at, overriding 'baseUrl' (for example https://my-org.github.io/my-repo/).",
    };

    public Option<string?> BuildDate { get; } = new("--build-date")
    {
        Description = "The date to build for (YYYY-MM-DD), overriding 'buildDate' and SOURCE_DATE_EPOCH: decides which key dates are upcoming.",
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Shows each stage of the build with its time.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Verbose);
        command.Options.Add(Config);
        command.Options.Add(BaseUrl);
        command.Options.Add(BuildDate);
    }

    /// <summary>The build options from the parsed command line; null (after printing why) when a value is malformed.</summary>
    public BuildOptions? Read(ParseResult parse, string? output)
    {
        DateOnly? date = null;
        if (parse.GetValue(BuildDate) is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                Console.Error.WriteLine($"--build-date: '{text}' is not a date in the form YYYY-MM-DD.");
                return null;
            }

            date = parsed;
        }

        return new BuildOptions(parse.GetValue(Config)!, output, parse.GetValue(BaseUrl), date);
    }
}
