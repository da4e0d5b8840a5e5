using WorkPlanSite.Attachments;
using WorkPlanSite.Model;

namespace WorkPlanSite.Configuration;

/// <summary>
/// Who publishes the site (<c>identity</c> in <c>site.config.json</c>): its logo with a text alternative per language,
/// its favicon, the image shared with a link to any page that has none of its own, its name and contact address.
/// Every part is optional.
/// </summary>
public sealed record SiteIdentity
{
    /// <summary>No identity configured: the header shows the site's title alone.</summary>
    public static SiteIdentity None { get; } = new();

    /// <summary>The logo shown in the header before the site's title.</summary>
    public IdentityImage? Logo { get; init; }

    /// <summary>The browser tab's icon.</summary>
    public IdentityFile? Favicon { get; init; }

    /// <summary>The image shared with a link to a page that shows none (<c>og:image</c>); the logo when not given.</summary>
    public IdentityImage? ShareImage { get; init; }

    /// <summary>The organisation's name, for the footer.</summary>
    public LocalizedText OrganisationName { get; init; } = LocalizedText.Empty;

    /// <summary>Its postal address, lines separated by line breaks.</summary>
    public LocalizedText Address { get; init; } = LocalizedText.Empty;

    /// <summary>Its contact e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Every file the identity names, to publish.</summary>
    public IEnumerable<IdentityFile> Files => new[] { Logo?.File, Favicon, ShareImage?.File }.OfType<IdentityFile>().DistinctBy(f => f.SitePath);
}

/// <summary>A file of the site's identity, checked when the configuration is read.</summary>
/// <param name="SitePath">Its path relative to the site's root (the folder of site.config.json), with '/'.</param>
/// <param name="FullPath">Its full path.</param>
/// <param name="Dimensions">Its width and height, when it is an image whose header could be read.</param>
public sealed record IdentityFile(string SitePath, string FullPath, PixelSize? Dimensions)
{
    /// <summary>Its extension in lower case, without the dot.</summary>
    public string Extension => Path.GetExtension(SitePath).TrimStart('.').ToLowerInvariant();

    /// <summary>Its media type, for the favicon's <c>type</c> attribute.</summary>
    public string MediaType => Extension switch
    {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "jpg" or "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        _ => "application/octet-stream",
    };
}

/// <summary>An image of the identity with its text alternative per language.</summary>
/// <param name="File">The file.</param>
/// <param name="Alt">What it shows, per language.</param>
public sealed record IdentityImage(IdentityFile File, LocalizedText Alt);
