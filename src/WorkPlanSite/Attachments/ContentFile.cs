namespace WorkPlanSite.Attachments;

/// <summary>
/// A file of the content folder that a Markdown text links to (an image, a PDF), as the build publishes it: copied
/// once to <see cref="OutputPath"/>, whatever the number of texts and languages that link to it.
/// </summary>
/// <param name="ContentPath">Its path relative to the site's root (<c>content/prog/activities/quatre-p.svg</c>).</param>
/// <param name="Url">Its address on the site, under the base path.</param>
/// <param name="OutputPath">Its path in the output folder.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Type">What readers are told it is (<c>PDF</c>, <c>SVG</c>): its extension in capitals.</param>
/// <param name="Dimensions">Its width and height when it is an image whose header could be read.</param>
public sealed record ContentFile(string ContentPath, string Url, string OutputPath, long Size, string Type, PixelSize? Dimensions)
{
    /// <summary>True when its dimensions are worth reading: PNG, JPEG, GIF, WebP or SVG.</summary>
    public bool IsReadableImage => ImageHeader.Readable.Contains(Type.ToLowerInvariant());
}
