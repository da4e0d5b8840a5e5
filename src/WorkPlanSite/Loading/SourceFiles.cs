using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;

namespace WorkPlanSite.Loading;

/// <summary>A Markdown content file read and split: its front matter as a map, and its body.</summary>
/// <param name="Fingerprint">The fingerprint of the whole file's text, to tell when a translation's original changed.</param>
internal sealed record MarkdownSource(YamlMap FrontMatter, MarkdownText Body, int BodyLine, SourcePosition Position, string Fingerprint);

/// <summary>Reads YAML files and Markdown files with front matter into position-aware maps.</summary>
internal static class SourceFiles
{
    public static YamlMap? ReadYaml(string fullPath, SiteContext site, string what)
    {
        var display = site.Display(fullPath);
        var text = SourceText.Read(fullPath, display, site.Diagnostics);
        if (text is null)
        {
            return null;
        }

        return YamlDocumentReader.TryParse(text, display, 0, site.Diagnostics, out var root)
            ? YamlMap.FromRoot(root, display, 0, site.Diagnostics, what)
            : null;
    }

    public static MarkdownSource? ReadMarkdown(string fullPath, SiteContext site)
    {
        var display = site.Display(fullPath);
        var text = SourceText.Read(fullPath, display, site.Diagnostics);
        if (text is null)
        {
            return null;
        }

        var split = FrontMatter.Split(text, display, site.Diagnostics);
        if (split is null)
        {
            return null;
        }

        if (!YamlDocumentReader.TryParse(split.Yaml, display, split.YamlLineOffset, site.Diagnostics, out var root))
        {
            return null;
        }

        var map = YamlMap.FromRoot(root, display, split.YamlLineOffset, site.Diagnostics, "The front matter");
        return map is null ? null : new MarkdownSource(map, new MarkdownText(split.Body), split.BodyLine, SourcePosition.File(display), ContentFingerprint.Of(text));
    }
}
