using WorkPlanSite.Configuration;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Writing;

/// <summary>Files copied or generated beside the pages: the theme's assets and what GitHub Pages needs.</summary>
public static class StaticFiles
{
    /// <summary>Every file of the theme's <c>assets</c> folder, under <c>assets/</c>, in a stable order.</summary>
    public static IEnumerable<OutputFile> Assets(ThemeFiles theme)
    {
        if (!Directory.Exists(theme.AssetsDirectory))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(theme.AssetsDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(theme.AssetsDirectory, path).Replace('\\', '/');
            yield return new OutputFile("assets/" + relative, File.ReadAllBytes(path));
        }
    }

    /// <summary><c>.nojekyll</c> (serve files as they are) and <c>CNAME</c> when a custom domain is configured.</summary>
    public static IEnumerable<OutputFile> GitHubPages(SiteConfig config)
    {
        yield return OutputFile.Text(".nojekyll", "");
        if (config.Cname is { } cname)
        {
            yield return OutputFile.Text("CNAME", cname + "\n");
        }
    }
}
