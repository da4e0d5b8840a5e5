using System.CommandLine;
using WorkPlanSite.Configuration;

namespace WorkPlanSite.Cli;

/// <summary>The <c>--config</c> option of every command that reads a site.</summary>
internal static class ConfigOption
{
    /// <summary>
    /// A new <c>--config</c> option. Without it, the command reads the site.config.json of the folder it runs in or of
    /// the nearest folder above, as git finds its repository: a command run inside <c>content/</c> reads its site.
    /// </summary>
    public static Option<string> Create() => new("--config", "-c")
    {
        Description = "The site's configuration file (default: site.config.json, in this folder or the nearest one above).",
        DefaultValueFactory = _ => SiteConfigFile.FindFrom(Directory.GetCurrentDirectory()) is { } found
            ? Path.GetRelativePath(Directory.GetCurrentDirectory(), found)
            : SiteConfigFile.Name,
    };
}
