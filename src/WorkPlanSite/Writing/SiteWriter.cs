using WorkPlanSite.Configuration;

namespace WorkPlanSite.Writing;

/// <summary>
/// The Write stage for a site already in memory. Writes the whole site into a <see cref="StagingFolder"/>
/// beside the output folder, then swaps it in, so that a failed or interrupted build leaves the previous site
/// untouched and visitors never see a half-written one. The build itself streams pages into the staging
/// folder as they are rendered.
/// </summary>
public sealed class SiteWriter(SiteConfig config)
{
    /// <summary>Writes <paramref name="files"/> as the new content of the output folder.</summary>
    public void Write(IReadOnlyList<OutputFile> files)
    {
        using var staging = StagingFolder.Begin(config);
        Parallel.ForEach(files, staging.Write);
        staging.Commit();
    }
}
