using WorkPlanSite.Configuration;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Writing;

/// <summary>Files copied or generated beside the pages: the theme's assets and what GitHub Pages needs.</summary>
public static class StaticFiles
{
    /// <summary>
    /// Every file of the theme's <c>assets</c> folders, under <c>assets/</c>, in a stable order: each path from the first
    /// layer of the theme that has it, so that a site's own stylesheet replaces the installed one and the other assets stay.
    /// </summary>
    public static IEnumerable<OutputFile> Assets(ThemeFiles theme)
    {
        foreach (var relative in theme.Files("assets"))
        {
            yield return new OutputFile(relative, File.ReadAllBytes(theme.Find(relative)!));
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
