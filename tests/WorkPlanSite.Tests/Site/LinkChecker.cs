using AngleSharp.Dom;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>Finds every internal link, asset and fragment of a built site that does not resolve.</summary>
internal static class LinkChecker
{
    public static IReadOnlyList<string> BrokenLinks(BuiltSite site)
    {
        var broken = new List<string>();
        foreach (var file in site.HtmlFiles)
        {
            var page = site.Page(file);
            var targets = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var target in targets)
            {
                if (Problem(site, file, page, target) is { } problem)
                {
                    broken.Add($"{file}: {target} ({problem})");
                }
            }
        }

        return broken;
    }

    private static string? Problem(BuiltSite site, string file, IDocument page, string target)
    {
        var hash = target.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(target[(hash + 1)..]) : null;
        var address = hash >= 0 ? target[..hash] : target;
        if (address.Length == 0)
        {
            return fragment is null || page.GetElementById(fragment) is not null ? null : "no such id on the page";
        }

        if (!address.StartsWith('/') && !address.StartsWith("http", StringComparison.Ordinal))
        {
            return "relative link: every internal link must be a site path with the base path";
        }

        if (address.StartsWith('/') && !address.StartsWith(site.BasePath, StringComparison.Ordinal))
        {
            return "outside the base path";
        }

        var targetFile = site.FileFor(address);
        if (targetFile is null)
        {
            return null;
        }

        if (!site.Exists(targetFile))
        {
            return "missing file " + targetFile;
        }

        if (fragment is not null && targetFile.EndsWith(".html", StringComparison.Ordinal) && site.Page(targetFile).GetElementById(fragment) is null)
        {
            return $"no id '{fragment}' in {targetFile}";
        }

        return null;
    }
}
