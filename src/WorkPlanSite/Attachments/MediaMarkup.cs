using System.Net;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Attachments;

/// <summary>
/// What a Markdown image or a link to a file next to the content becomes, and what is reported of it, at the link's
/// line and column. An image gets its <c>width</c> and <c>height</c> from its file, so that the page does not jump
/// while it loads, and <c>loading="lazy"</c> unless it is the first image of its text (the first screen rarely
/// holds more); an image without a text alternative is reported unless its title says it is decorative. A link to a
/// document says the document's type and size inside the link ("PDF, 1.2 MB"), as accessible attachment links do.
/// </summary>
internal static class MediaMarkup
{
    /// <summary>The class of the type and size written inside a link to a document, for themes to style.</summary>
    public const string FileInfoClass = "file-info";

    /// <summary>Completes image number <paramref name="index"/> (from 0) of a text; <paramref name="file"/> is its file when it is next to the content.</summary>
    public static void Image(LinkInline image, string writtenUrl, ContentFile? file, int index, SourcePosition position, DiagnosticBag diagnostics)
    {
        if (string.Equals(image.Title?.Trim(), MediaRules.DecorativeTitle, StringComparison.OrdinalIgnoreCase))
        {
            // Decorative: an empty alternative, so that screen readers pass over it, and no title to announce.
            image.Title = null;
            while (image.FirstChild is { } child)
            {
                child.Remove();
            }
        }
        else if (!HasText(image))
        {
            diagnostics.Warning(position, "This image has no text alternative: screen readers cannot say what it shows.",
                $"Describe it between the brackets: ![What the image shows]({Shorten(writtenUrl)}). If it is only decoration, say so with the title \"{MediaRules.DecorativeTitle}\": ![]({Shorten(writtenUrl)} \"{MediaRules.DecorativeTitle}\").");
        }

        if (file is not null)
        {
            if (file.Dimensions is { } size)
            {
                var attributes = image.GetAttributes();
                attributes.AddPropertyIfNotExist("width", size.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                attributes.AddPropertyIfNotExist("height", size.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                diagnostics.Warning(position, $"The width and height of '{Path.GetFileName(file.ContentPath)}' could not be read: it is not a valid {file.Type} file{(file.IsReadableImage ? "" : " of a kind whose size can be read")}.",
                    "Save the image again as PNG, JPEG, GIF, WebP or SVG (an SVG needs a viewBox, or a width and a height), so that the page keeps its place while it loads.");
            }

            ReportSize(file, image: true, position, diagnostics);
        }

        if (index > 0)
        {
            image.GetAttributes().AddPropertyIfNotExist("loading", "lazy");
        }
    }

    /// <summary>Completes a link to a document next to the content: its type and size inside the link.</summary>
    public static void Document(LinkInline link, ContentFile file, FileSizeText sizes, SourcePosition position, DiagnosticBag diagnostics)
    {
        // "[Programme signé (PDF)](programme.pdf)": the author's own "(PDF)" gives way to the fuller "(PDF, 1.2 MB)".
        if (link.LastChild is LiteralInline last)
        {
            var text = last.Content.ToString();
            var own = "(" + file.Type + ")";
            if (text.TrimEnd().EndsWith(own, StringComparison.OrdinalIgnoreCase))
            {
                var kept = text.TrimEnd()[..^own.Length].TrimEnd();
                if (kept.Length == 0)
                {
                    last.Remove();
                }
                else
                {
                    last.Content = new Markdig.Helpers.StringSlice(kept);
                }
            }
        }

        var info = WebUtility.HtmlEncode("(" + sizes.Describe(file.Type, file.Size) + ")");
        link.AppendChild(new HtmlInline($" <span class=\"{FileInfoClass}\">{info}</span>"));
        ReportSize(file, image: false, position, diagnostics);
    }

    private static void ReportSize(ContentFile file, bool image, SourcePosition position, DiagnosticBag diagnostics)
    {
        var limit = MediaRules.SizeLimit(image);
        if (file.Size <= limit)
        {
            return;
        }

        var sizes = FileSizeText.Invariant;
        diagnostics.Warning(position, $"'{Path.GetFileName(file.ContentPath)}' weighs {sizes.Size(file.Size)}, more than the {sizes.Size(limit)} an {(image ? "image" : "attached file")} should.",
            image
                ? "Save it smaller: 2,000 pixels wide is enough for any screen; a photograph as JPEG or WebP, a diagram as SVG or PNG. Large images make pages slow on a phone."
                : "Compress it (for a PDF, export it with a reduced size), or publish it elsewhere and link to its address: GitHub Pages holds at most 1 GB per site.");
    }

    private static bool HasText(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            var hasText = child switch
            {
                LiteralInline literal => !literal.Content.IsEmpty && !string.IsNullOrWhiteSpace(literal.Content.ToString()),
                CodeInline code => !string.IsNullOrWhiteSpace(code.Content),
                ContainerInline inner => HasText(inner),
                _ => false,
            };
            if (hasText)
            {
                return true;
            }
        }

        return false;
    }

    private static string Shorten(string? url) => Text.Ids.Shorten(url ?? "");
}
