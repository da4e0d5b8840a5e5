using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;

namespace WorkPlanSite.Loading;

/// <summary>A Markdown content file read and split: its front matter as a map, and its body.</summary>
/// <param name="FrontMatter">The front matter's keys.</param>
/// <param name="Body">The Markdown below the front matter.</param>
/// <param name="BodyLine">The 1-based line the body starts on.</param>
/// <param name="Position">The file, for messages about it as a whole.</param>
/// <param name="Fingerprint">The fingerprint of the whole file's text, to tell when a translation's original changed.</param>
internal sealed record MarkdownSource(YamlMap FrontMatter, MarkdownText Body, int BodyLine, SourcePosition Position, string Fingerprint);

/// <summary>Reads YAML files and Markdown files with front matter into position-aware maps.</summary>
internal static class SourceFiles
{
    /// <summary>A front-matter value written in Markdown (expected results), with where its text starts.</summary>
    public static MarkdownText FrontMatterMarkdown(YamlMap map, string key)
    {
        if (map.String(key) is not { } text || map.Node(key) is not { } node)
        {
            return new MarkdownText("");
        }

        var position = map.PositionOfNode(node);
        // A block scalar ('|' or '>') starts on the line below its indicator.
        return node is YamlDotNet.RepresentationModel.YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded }
            ? new MarkdownText(text, new SourcePosition(position.Path, position.Line + 1, 1))
            : new MarkdownText(text, position);
    }

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
        return map is null ? null : new MarkdownSource(map, new MarkdownText(split.Body, new SourcePosition(display, split.BodyLine, 1)), split.BodyLine, SourcePosition.File(display), ContentFingerprint.Of(text));
    }
}
