namespace WorkPlanSite.Configuration;

/// <summary>Where a command finds the site when it is not told: as git finds its repository, from the folder it runs in upwards.</summary>
public static class SiteConfigFile
{
    /// <summary>The configuration's file name.</summary>
    public const string Name = "site.config.json";

    /// <summary>
    /// The <see cref="Name"/> file in <paramref name="folder"/> or the nearest folder above it, so that a command run
    /// inside <c>content/</c> reads the site it is in; null when there is none up to the file system's root.
    /// </summary>
    public static string? FindFrom(string folder)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(folder)); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, Name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
