namespace WorkPlanSite.Attachments;

/// <summary>
/// The rules for files next to the content, documented in docs/content-format.md ("Images and documents"): which
/// files are content texts rather than files to publish, the sizes above which a file is reported, and the title
/// that marks an image as decorative.
/// </summary>
public static class MediaRules
{
    /// <summary>An image larger than this (1 MB) is reported: it makes pages slow on a phone.</summary>
    public const long ImageSizeLimit = 1_000_000;

    /// <summary>Any other file larger than this (10 MB) is reported: GitHub Pages publishes at most 1 GB per site.</summary>
    public const long DocumentSizeLimit = 10_000_000;

    /// <summary>The Markdown title that marks an image as decorative: <c>![](border.png "decorative")</c>.</summary>
    public const string DecorativeTitle = "decorative";

    /// <summary>True for the files the content loader reads (Markdown and YAML), which are never published as they are.</summary>
    public static bool IsContentText(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The size limit of a file shown as an image or linked to as a document.</summary>
    public static long SizeLimit(bool image) => image ? ImageSizeLimit : DocumentSizeLimit;
}
