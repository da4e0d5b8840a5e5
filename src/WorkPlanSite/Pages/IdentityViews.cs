using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using WorkPlanSite.Configuration;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Pages;

/// <summary>An image as a template shows it: its address, its text alternative, its size when known.</summary>
/// <param name="Url">Its address (a site path, or absolute for <c>og:image</c>).</param>
/// <param name="Alt">Its text alternative in the page's language (empty when it has none).</param>
/// <param name="Width">Its width in pixels, when known.</param>
/// <param name="Height">Its height in pixels, when known.</param>
public sealed record ImageView(string Url, string Alt, int? Width = null, int? Height = null);

/// <summary>The site's identity in one language, for the header, the footer and the head of every page.</summary>
public sealed record IdentityView
{
    /// <summary>No identity: the header shows the site's title alone, the footer no address.</summary>
    public static IdentityView None { get; } = new();

    /// <summary>The logo, shown before the site's title in the header.</summary>
    public ImageView? Logo { get; init; }

    /// <summary>The favicon's address.</summary>
    public string? FaviconUrl { get; init; }

    /// <summary>The favicon's media type (<c>image/svg+xml</c>).</summary>
    public string? FaviconType { get; init; }

    /// <summary>The organisation's name.</summary>
    public string? OrganisationName { get; init; }

    /// <summary>Its postal address, line by line.</summary>
    public ImmutableArray<string> AddressLines { get; init; } = [];

    /// <summary>Its contact e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>True when the footer has anything to say of the organisation.</summary>
    public bool HasContact => OrganisationName is not null || !AddressLines.IsEmpty || Email is not null;

    /// <summary>The identity in <paramref name="language"/>, texts missing there taken from <paramref name="fallbacks"/>.</summary>
    internal static IdentityView In(SiteIdentity identity, string language, IEnumerable<string> fallbacks, SiteUrls urls)
    {
        var order = fallbacks.ToList();
        string? Text(Model.LocalizedText text) => text.Resolve(language, order)?.Text is { Length: > 0 } t ? t.Trim() : null;
        return new IdentityView
        {
            Logo = identity.Logo is { } logo ? Image(logo, language, order, urls) : null,
            FaviconUrl = identity.Favicon is { } favicon ? urls.IdentityFile(favicon.SitePath) : null,
            FaviconType = identity.Favicon?.MediaType,
            OrganisationName = Text(identity.OrganisationName),
            AddressLines = Text(identity.Address) is { } address
                ? [.. address.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)]
                : [],
            Email = identity.Email,
        };
    }

    /// <summary>An image of the identity in a language, at its site path.</summary>
    internal static ImageView Image(IdentityImage image, string language, IEnumerable<string> fallbacks, SiteUrls urls) =>
        new(urls.IdentityFile(image.File.SitePath), image.Alt.Resolve(language, fallbacks)?.Text ?? "", image.File.Dimensions?.Width, image.File.Dimensions?.Height);
}

/// <summary>The image shared with a link to a page (<c>og:image</c>): the first image its own text shows, else the site's.</summary>
internal static partial class ShareImage
{
    /// <summary>The first image of <paramref name="htmlTexts"/> (rendered Markdown) that is on a site or web address, made absolute; null when none.</summary>
    public static ImageView? FirstIn(IEnumerable<string> htmlTexts, SiteUrls urls)
    {
        foreach (var html in htmlTexts)
        {
            foreach (Match image in ImageTag().Matches(html))
            {
                var src = WebUtility.HtmlDecode(Attribute(image.Value, "src") ?? "");
                var alt = WebUtility.HtmlDecode(Attribute(image.Value, "alt") ?? "");
                if (src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal))
                {
                    return new ImageView(urls.Absolute(src), alt, Number(Attribute(image.Value, "width")), Number(Attribute(image.Value, "height")));
                }

                if (src.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || src.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
                {
                    return new ImageView(src, alt);
                }
            }
        }

        return null;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"", RegexOptions.CultureInvariant) is { Success: true } match ? match.Groups[1].Value : null;

    private static int? Number(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    // The HTML is the build's own (Markdig's output, or the sanitizer's): attributes are double-quoted.
    [GeneratedRegex("<img\\s[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex ImageTag();
}
