using System.Xml;
using WorkPlanSite.Rendering;

namespace WorkPlanSite.Attachments;

/// <summary>
/// Files that could run code on the site's own address when a reader opens them: HTML and scripts, and SVG drawings
/// that hold scripts, event attributes, embedded HTML or script links. Shown as an image an SVG cannot run anything,
/// but its published copy can be opened directly; so unless the site trusts its authors' HTML, such a file is refused,
/// as the same markup in a text would be removed.
/// </summary>
internal static class ActiveContent
{
    private static readonly HashSet<string> CodeExtensions = new(["html", "htm", "xhtml", "xht", "shtml", "js", "mjs", "svgz"], StringComparer.Ordinal);

    /// <summary>What in the file could run, for the author; null when nothing can.</summary>
    public static string? Of(string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        if (CodeExtensions.Contains(extension))
        {
            return $"a {extension.ToUpperInvariant()} file can run scripts on the site's pages";
        }

        return extension == "svg" ? InSvg(path) : null;
    }

    private static string? InSvg(string path)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
            using var reader = XmlReader.Create(path, settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction && reader.Name.Equals("xml-stylesheet", StringComparison.OrdinalIgnoreCase))
                {
                    return "the drawing loads a style sheet";
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName is "script" or "foreignObject" or "iframe" or "embed" or "object" or "handler" or "listener")
                {
                    return $"the drawing holds a <{reader.LocalName}> element";
                }

                if (reader.LocalName is "set" or "animate" && reader.GetAttribute("attributeName") is { } animated && animated.EndsWith("href", StringComparison.OrdinalIgnoreCase))
                {
                    return "the drawing animates a link";
                }

                for (var i = 0; i < reader.AttributeCount; i++)
                {
                    reader.MoveToAttribute(i);
                    if (reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    {
                        return $"the drawing has an event attribute '{reader.LocalName}'";
                    }

                    if (reader.LocalName == "href" && !UrlScheme.IsSafe(reader.Value, image: true))
                    {
                        return "the drawing links to a script address";
                    }
                }

                reader.MoveToElement();
            }

            return null;
        }
        catch (XmlException)
        {
            // Not well-formed: a browser would not draw it either; it is published as a file, not parsed as markup.
            return "the drawing is not well-formed XML, so what it holds cannot be checked";
        }
    }
}
