using System.Text.RegularExpressions;
using System.Collections.Concurrent;
using WorkPlanSite.Configuration;
using WorkPlanSite.Loading;
using WorkPlanSite.Attachments;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;

namespace WorkPlanSite.Urls;

/// <summary>Where a link to a content file leads, or why it leads nowhere.</summary>
/// <param name="Url">The site path of the page or file, with the link's fragment; null when there is a problem.</param>
/// <param name="Problem">What is wrong with the link, for the author.</param>
/// <param name="Hint">How to fix it.</param>
/// <param name="File">The file the link publishes, when it names a file next to the text (an image, a PDF) rather than a page.</param>
public readonly record struct ContentLink(string? Url, string? Problem = null, string? Hint = null, ContentFile? File = null);

/// <summary>
/// Turns links that authors write to content files (<c>[the activity](../activities/1-1-policy.fr.md)</c>, as with
/// Hugo's <c>ref</c>) into the address of the page each file publishes, in the language of the text that holds the link
/// (or the nearest language where that page exists). The link names the item: any of its files, or <c>id.md</c>.
/// A link to any other file of the content folder (<c>![Les quatre P](quatre-p.svg)</c>, <c>[Programme](programme.pdf)</c>)
/// leads to that file as the site publishes it (<see cref="ContentFile"/>); every such file a build resolves is
/// recorded (<see cref="Files"/>), so that whatever renders Markdown through the resolver gets its files published.
/// </summary>
public sealed partial class ContentLinkResolver
{
    private readonly SiteConfig _config;
    private readonly AvailabilityPolicy _availability;
    private readonly Dictionary<string, Dictionary<string, string>> _pages = new(StringComparer.Ordinal);
    private readonly string _contentPrefix;
    private readonly SiteUrls _urls;

    // The files next to the content that links led to in this build, by content path: read once, shared by every
    // thread and by the recording resolvers made from this one.
    private readonly ConcurrentDictionary<string, ContentFile> _files = new(StringComparer.Ordinal);

    // Set on a resolver that records, for one programme, the links it resolved into other programmes' folders.
    private readonly string? _recordingFolder;
    private readonly List<ContentLinkLookup>? _lookups;
    private readonly List<ContentFile>? _ownFiles;

    /// <summary>
    /// Indexes the pages of <paramref name="programmes"/> by the content path (without suffixes) of their files, with
    /// their address in every language where they exist. Only addresses are kept, never the programmes: a build
    /// lets each programme's texts go once its pages are written, while links to it are still resolved.
    /// </summary>
    public ContentLinkResolver(SiteConfig config, IEnumerable<Programme> programmes, SiteUrls urls)
        : this(config, programmes.Select(p => Index(config, p, urls)))
    {
    }

    /// <summary>
    /// A resolver from programmes indexed before (<see cref="Index(SiteConfig, Programme, SiteUrls)"/>; the site's own
    /// pages with <see cref="Index(SiteConfig, OwnContent, SiteUrls)"/>): a preview session keeps each programme's
    /// index and makes only the changed programmes' again.
    /// </summary>
    public ContentLinkResolver(SiteConfig config, IEnumerable<ProgrammeLinks> programmes)
    {
        _config = config;
        _availability = new AvailabilityPolicy(config);
        _contentPrefix = ContentPrefix(config);
        _urls = new SiteUrls(config);
        foreach (var programme in programmes)
        {
            foreach (var (path, urls) in programme.Pages)
            {
                _pages[path] = urls;
            }
        }
    }

    private ContentLinkResolver(ContentLinkResolver shared, string folder)
    {
        _config = shared._config;
        _availability = shared._availability;
        _pages = shared._pages;
        _contentPrefix = shared._contentPrefix;
        _urls = shared._urls;
        _files = shared._files;
        _recordingFolder = folder;
        _lookups = [];
        _ownFiles = [];
    }

    /// <summary>
    /// The same resolver, recording every link it resolves into a folder of the content other than
    /// <paramref name="programmeFolder"/>: a rebuild publishes an unchanged programme again only when one of those
    /// links would now lead elsewhere. Used by one thread at a time.
    /// </summary>
    internal ContentLinkResolver RecordingFor(string programmeFolder) => new(this, programmeFolder);

    /// <summary>What a recording resolver resolved into other folders, in the order it was asked.</summary>
    internal IReadOnlyList<ContentLinkLookup> Lookups => _lookups ?? [];

    /// <summary>What a recording resolver's links led to among the files next to the content, in the order it was asked.</summary>
    internal IReadOnlyList<ContentFile> OwnFiles => _ownFiles ?? [];

    /// <summary>
    /// Every file next to the content that a link resolved so far led to (by this resolver and every recording one
    /// made from it), by content path: the files the build publishes, once each.
    /// </summary>
    public IReadOnlyDictionary<string, ContentFile> Files => _files;

    /// <summary>The addresses of <paramref name="programme"/>'s pages in every language where they exist, by content path.</summary>
    public static ProgrammeLinks Index(SiteConfig config, Programme programme, SiteUrls urls)
    {
        var availability = new AvailabilityPolicy(config);
        var folder = ContentPrefix(config) + programme.Id + "/";
        var pages = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string> In(Func<string, string?> urlIn)
        {
            var byLanguage = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var language in config.LanguageCodes)
            {
                if (urlIn(language) is { } url)
                {
                    byLanguage[language] = url;
                }
            }

            return byLanguage;
        }

        pages[folder + "programme"] = In(l => availability.Exists(programme.Texts, l) ? urls.Programme(programme, l) : null);
        // A programme without key dates has no key dates page to link to.
        pages[folder + "key-dates"] = In(l => !programme.KeyDates.IsEmpty && availability.Exists(programme.Texts, l) ? urls.KeyDates(programme, l) : null);
        foreach (var objective in programme.Objectives)
        {
            pages[folder + "objectives/" + objective.Id] = In(l => availability.Of(programme, objective.Texts, l) is null ? null : urls.Objective(programme, objective, l));
        }

        foreach (var activity in programme.Activities)
        {
            pages[folder + "activities/" + activity.Id] = In(l => availability.Of(programme, activity.Texts, l) is null ? null : urls.Activity(programme, activity, l));
        }

        return new ProgrammeLinks(programme.Id, pages);
    }

    /// <summary>
    /// The addresses of the site's own pages and of the home page (<c>home.&lt;lang&gt;.md</c>) in every language where
    /// they exist, by content path, as one more entry of the index beside the programmes'.
    /// </summary>
    public static ProgrammeLinks Index(SiteConfig config, OwnContent content, SiteUrls urls)
    {
        var availability = new AvailabilityPolicy(config);
        var pages = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal)
        {
            [ContentPrefix(config) + Loading.PageLoader.HomeStem] = config.LanguageCodes.ToDictionary(l => l, urls.Home, StringComparer.Ordinal),
        };
        foreach (var page in content.Pages)
        {
            pages[page.ContentPath] = config.LanguageCodes
                .Where(l => availability.Of(content, page, l) is not null)
                .ToDictionary(l => l, l => urls.Page(content, page, l), StringComparer.Ordinal);
        }

        return new ProgrammeLinks(Loading.PageLoader.FolderName, pages);
    }

    private static string ContentPrefix(SiteConfig config) =>
        Path.GetRelativePath(config.RootDirectory, config.ContentDirectory).Replace('\\', '/') + "/";

    /// <summary>
    /// True for a link that names a file next to the text (a relative path): not an address with a scheme
    /// (<c>https:</c>, <c>mailto:</c>), not a site path (<c>/…</c>), not a fragment of the same page (<c>#…</c>).
    /// </summary>
    public static bool IsContentLink(string url)
    {
        var trimmed = url.Trim();
        // The scheme is read as a browser would (tabs and line breaks ignored), so that "jav&#9;ascript:" is not taken for a file.
        return trimmed.Length > 0 && trimmed[0] is not ('/' or '#' or '?' or '\\') && Rendering.UrlScheme.Of(trimmed).Length == 0;
    }

    /// <summary>The page a relative link written in <paramref name="fromFile"/> (a path relative to the site root) leads to in <paramref name="language"/>.</summary>
    public ContentLink Resolve(string url, string fromFile, string language)
    {
        var link = Resolve(url, fromFile, language, out var path);
        if (link.File is { } file)
        {
            _ownFiles?.Add(file);
        }

        if (_lookups is not null && path.StartsWith(_contentPrefix, StringComparison.Ordinal))
        {
            var rest = path.AsSpan(_contentPrefix.Length);
            var slash = rest.IndexOf('/');
            var folder = (slash < 0 ? rest : rest[..slash]).ToString();
            if (folder != _recordingFolder)
            {
                _lookups.Add(new ContentLinkLookup(url, fromFile, language, folder, link));
            }
        }

        return link;
    }

    // path: the content path the link names (empty when it is not a valid path or climbs above the site's root).
    private ContentLink Resolve(string url, string fromFile, string language, out string path)
    {
        path = "";
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? url[hash..] : "";
        var address = hash >= 0 ? url[..hash] : url;
        var query = address.IndexOf('?');
        address = query >= 0 ? address[..query] : address;
        try
        {
            path = Combine(fromFile, Uri.UnescapeDataString(address));
        }
        catch (UriFormatException)
        {
            return new(null, $"The link '{Short(url)}' is not a valid path.", "Link to a content file by its path, such as '../activities/my-activity.md'.");
        }

        if (path.Length == 0 || !path.StartsWith(_contentPrefix, StringComparison.Ordinal))
        {
            return new(null, $"The link '{Short(url)}' leads outside the content folder.",
                "Link to a content file by its path from this file, such as '../activities/my-activity.md', or write a full address (https://…).");
        }

        var name = path[(path.LastIndexOf('/') + 1)..];
        var full = Path.Combine(_config.RootDirectory, path);
        if (!MediaRules.IsContentText(name) && File.Exists(full))
        {
            return FileLink(url, path, fragment);
        }

        var match = ContentTextFile().Match(name);
        var stem = TextStem(path);
        var named = match.Success && (File.Exists(full) || match.Groups["lang"].Length == 0 && match.Groups["ext"].Value == "md");
        if (stem is null || !named || !_pages.TryGetValue(stem, out var page))
        {
            var exists = File.Exists(full) || Directory.Exists(full);
            return exists
                ? new(null, $"The link '{Short(url)}' leads to a file that is not a page of the site.",
                    "Link to the Markdown or YAML file of a programme, an objective, an activity or a page, to key-dates.yaml, or to a file such as an image or a PDF.")
                : new(null, $"The link '{Short(url)}' leads to '{path}', which does not exist.", MissingTargetHint(address, fromFile, path));
        }

        var target = page.GetValueOrDefault(language) ?? _availability.FallbackOrder.Select(page.GetValueOrDefault).FirstOrDefault(u => u is not null);
        return target switch
        {
            // Only key dates pages are left out while their file is there: when it lists no key date.
            null when stem.EndsWith("/key-dates", StringComparison.Ordinal) => new(null, $"The link '{Short(url)}' leads to the key dates of a programme that lists none, which have no page.",
                "Add a key date to that key-dates.yaml, or remove the link."),
            null => new(null, $"The link '{Short(url)}' leads to a page that is published in no language."),
            _ => new(target + fragment),
        };
    }

    /// <summary>
    /// The fix for a link to a file that does not exist: the same path from one folder up when it leads somewhere (the
    /// path written from the programme's folder, not from the file's), else the closest name in the folder it names.
    /// </summary>
    private string MissingTargetHint(string address, string fromFile, string path)
    {
        const string Rule = "The path starts from the folder of this file.";
        var fromParent = "../" + address;
        if (Combine(fromFile, fromParent) is { Length: > 0 } up && up.StartsWith(_contentPrefix, StringComparison.Ordinal) && Leads(up))
        {
            return $"Did you mean '{fromParent}'? {Rule}";
        }

        var folder = Path.Combine(_config.RootDirectory, path[..Math.Max(0, path.LastIndexOf('/'))]);
        var cut = address.LastIndexOf('/') + 1;
        if (Directory.Exists(folder))
        {
            // Texts are linked to with or without their language: both forms are candidates.
            var names = Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)!).Where(n => !n.StartsWith('.'))
                .SelectMany(n => ContentTextFile().Match(n) is { Success: true } text ? [n, text.Groups["id"].Value + ".md"] : new[] { n })
                .Distinct(StringComparer.Ordinal);
            if (Text.Suggestions.Closest(address[cut..], names) is { } closest)
            {
                return $"Did you mean '{address[..cut]}{closest}'? {Rule}";
            }
        }

        return "Check the file name and the '../' steps: the path starts from the folder of this file.";
    }

    /// <summary>Whether a content path names a file, or a text of the site by its path with or without its language.</summary>
    private bool Leads(string path) =>
        File.Exists(Path.Combine(_config.RootDirectory, path)) || TextStem(path) is { } stem && _pages.ContainsKey(stem);

    /// <summary>The path of a content text without its language and extension (the key of <c>_pages</c>); null for another file.</summary>
    private static string? TextStem(string path) =>
        ContentTextFile().Match(path[(path.LastIndexOf('/') + 1)..]) is { Success: true } text ? path[..(path.LastIndexOf('/') + 1)] + text.Groups["id"].Value : null;

    /// <summary>A link to a file next to the content: refused when hidden or reached through a symbolic link, else the file as published.</summary>
    private ContentLink FileLink(string url, string path, string fragment)
    {
        var segments = path[_contentPrefix.Length..].Split('/');
        if (segments.Any(s => s.StartsWith('.')))
        {
            return new(null, $"The link '{Short(url)}' leads to a hidden file, which is never published.", "Rename the file (and its folder) without a leading '.'.");
        }

        // A symbolic link could publish any file of the machine: content is read only from real files, as the loader does.
        var step = Path.Combine(_config.RootDirectory, _contentPrefix.TrimEnd('/'));
        foreach (var segment in segments)
        {
            step = Path.Combine(step, segment);
            if (SourceText.IsLink(step))
            {
                return new(null, $"The link '{Short(url)}' leads to a symbolic link; files are published only from real files and folders inside the content folder.",
                    "Replace the link with the file itself.");
            }
        }

        var full = Path.Combine(_config.RootDirectory, path);
        if (_config.RawHtml != RawHtmlMode.Trust && !_files.ContainsKey(path) && ActiveContent.Of(full) is { } active)
        {
            return new(null, $"The link '{Short(url)}' leads to a file that could run code on the site: {active}.",
                "Save the drawing as plain SVG or PNG (without scripts, event attributes or embedded HTML), or link to the file where it is published elsewhere. A site whose authors are all trusted can set \"markdown\": { \"rawHtml\": \"trust\" } in site.config.json.");
        }

        var file = _files.TryGetValue(path, out var known) ? known : _files.GetOrAdd(path, Read(path));
        return new(file.Url + fragment, File: file);
    }

    // Reads what a page needs to show a file: its size, its type, an image's dimensions.
    private ContentFile Read(string path)
    {
        var full = Path.Combine(_config.RootDirectory, path);
        var url = _urls.ContentFile(path[_contentPrefix.Length..]);
        var extension = Path.GetExtension(path).TrimStart('.');
        var type = extension.Length == 0 ? "?" : extension.ToUpperInvariant();
        var dimensions = ImageHeader.Readable.Contains(extension.ToLowerInvariant()) ? ImageHeader.Read(full) : null;
        return new ContentFile(path, url, _urls.OutputPath(url), new FileInfo(full).Length, type, dimensions);
    }

    /// <summary>Joins a relative path to the folder of <paramref name="fromFile"/>, resolving '.' and '..'; empty when it climbs above the root.</summary>
    private static string Combine(string fromFile, string relative)
    {
        var parts = new List<string>(fromFile.Split('/')[..^1]);
        foreach (var part in relative.Replace('\\', '/').Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    break;
                case "..":
                    if (parts.Count == 0)
                    {
                        return "";
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }

        return string.Join('/', parts);
    }

    private static string Short(string url) => Text.Ids.Shorten(url);

    [GeneratedRegex(@"^(?<id>[^.]+)(\.(?<lang>[^.]+))?\.(?<ext>md|yaml|yml)$")]
    private static partial Regex ContentTextFile();
}

/// <summary>The addresses of one programme's pages, by the content path of their files, then by language.</summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="Pages">Its pages' addresses: content path without suffixes → language → address.</param>
public sealed record ProgrammeLinks(string ProgrammeId, IReadOnlyDictionary<string, Dictionary<string, string>> Pages);

/// <summary>A link between content files as it was resolved, kept so that a rebuild can tell whether it still leads there.</summary>
/// <param name="Url">The link as written.</param>
/// <param name="FromFile">The file it is written in, relative to the site's root.</param>
/// <param name="Language">The language of the text.</param>
/// <param name="TargetFolder">The folder of the content (a programme's) the link names.</param>
/// <param name="Result">Where it led.</param>
internal sealed record ContentLinkLookup(string Url, string FromFile, string Language, string TargetFolder, ContentLink Result);
