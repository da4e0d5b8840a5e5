using System.Text.RegularExpressions;
using WorkPlanSite.Loading;
using WorkPlanSite.Attachments;
using WorkPlanSite.Model;

namespace WorkPlanSite.Configuration;

/// <summary>
/// Reads <c>identity</c> from the configuration. Every file it names must exist inside the site's folder, be a real
/// file (not a link) and have a format browsers show; each problem is an error at its line of the configuration.
/// </summary>
internal static partial class IdentityReader
{
    private static readonly string[] Keys = ["logo", "favicon", "image", "organisation"];
    private static readonly string[] ImageKeys = ["file", "alt"];
    private static readonly string[] OrganisationKeys = ["name", "address", "email"];
    private static readonly string[] LogoFormats = ["svg", "png"];
    private static readonly string[] FaviconFormats = ["svg", "png", "ico"];
    private static readonly string[] ShareFormats = ["png", "jpg", "jpeg", "webp", "gif"];

    /// <summary>The identity, or <see cref="SiteIdentity.None"/> when the key is absent; problems go to the map's diagnostics.</summary>
    public static SiteIdentity Read(YamlMap? identity, IReadOnlyCollection<string> languages, string root)
    {
        if (identity is null)
        {
            return SiteIdentity.None;
        }

        identity.RejectUnknownKeys(Keys);
        var organisation = identity.Map("organisation");
        organisation?.RejectUnknownKeys(OrganisationKeys);
        var email = organisation?.String("email");
        if (email is not null && !EmailPattern().IsMatch(email))
        {
            organisation!.Diagnostics.Error(organisation.PositionOf("email"), $"'{Text.Ids.Shorten(email)}' is not an e-mail address.", "Write it as contact@example.org.");
            email = null;
        }

        IdentityFile? favicon = null;
        if (identity.String("favicon") is { } faviconPath)
        {
            favicon = File(identity, "favicon", faviconPath, root, FaviconFormats, "favicon");
        }

        return new SiteIdentity
        {
            Logo = Image(identity, "logo", languages, root, LogoFormats, "logo"),
            Favicon = favicon,
            ShareImage = Image(identity, "image", languages, root, ShareFormats, "shared image"),
            OrganisationName = Localized(organisation, "name", languages),
            Address = Localized(organisation, "address", languages),
            Email = email,
        };
    }

    private static IdentityImage? Image(YamlMap identity, string key, IReadOnlyCollection<string> languages, string root, string[] formats, string what)
    {
        var image = identity.Map(key);
        if (image is null)
        {
            return null;
        }

        image.RejectUnknownKeys(ImageKeys);
        var path = image.String("file", required: true);
        var alt = Localized(image, "alt", languages);
        if (alt.IsEmpty && image.Has("file"))
        {
            image.Diagnostics.Error(image.PositionOf("file"), $"The {what} has no text alternative.",
                $"Add \"alt\": {{ \"fr\": \"…\", \"en\": \"…\" }} next to \"file\", saying what the {what} shows (for a logo, the organisation's name).");
        }

        var file = path is null ? null : File(image, "file", path, root, formats, what);
        return file is null ? null : new IdentityImage(file, alt);
    }

    private static IdentityFile? File(YamlMap map, string key, string path, string root, string[] formats, string what)
    {
        var position = map.PositionOf(key);
        var full = Path.GetFullPath(Path.Combine(root, path));
        var rootWithSeparator = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        if (Path.IsPathRooted(path) || !full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            map.Diagnostics.Error(position, $"The {what} '{Text.Ids.Shorten(path)}' is outside the site's folder.", "Put the file in the site's folder (next to site.config.json) and give its path from there, such as \"branding/logo.svg\".");
            return null;
        }

        var sitePath = Path.GetRelativePath(root, full).Replace('\\', '/');
        if (!System.IO.File.Exists(full))
        {
            map.Diagnostics.Error(position, $"The {what} '{sitePath}' does not exist.", "Check the file name; the path starts from the folder of site.config.json.");
            return null;
        }

        if (sitePath.Split('/').Any(s => s.StartsWith('.')) || Ancestors(root, full).Any(SourceText.IsLink))
        {
            map.Diagnostics.Error(position, $"The {what} '{sitePath}' is hidden or reached through a symbolic link.", "Put the file itself in a visible folder of the site.");
            return null;
        }

        var extension = Path.GetExtension(full).TrimStart('.').ToLowerInvariant();
        if (!formats.Contains(extension))
        {
            map.Diagnostics.Error(position, $"The {what} must be a {string.Join(" or ", formats.Select(f => f.ToUpperInvariant()))} file, not '{Path.GetFileName(full)}'.");
            return null;
        }

        var dimensions = ImageHeader.Readable.Contains(extension) ? ImageHeader.Read(full) : null;
        if (dimensions is null && extension != "ico")
        {
            map.Diagnostics.Error(position, $"The {what} '{sitePath}' cannot be read as a {extension.ToUpperInvariant()} image.",
                "Save it again from an image editor (an SVG needs a viewBox, or a width and a height).");
            return null;
        }

        return new IdentityFile(sitePath, full, dimensions);
    }

    private static IEnumerable<string> Ancestors(string root, string full)
    {
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        for (var path = full; path.Length > top.Length; path = Path.GetDirectoryName(path)!)
        {
            yield return path;
        }
    }

    private static LocalizedText Localized(YamlMap? map, string key, IReadOnlyCollection<string> languages) =>
        map?.Node(key) is { } node ? LocalizedTextReader.Read(map, key, node, languages) ?? LocalizedText.Empty : LocalizedText.Empty;

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]+$")]
    private static partial Regex EmailPattern();
}
