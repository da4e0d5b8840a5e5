using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace WorkPlanSite.Tests.Support;

/// <summary>A built site on disk, read back with AngleSharp: pages by site path, and helpers to resolve links.</summary>
internal sealed class BuiltSite
{
    private static readonly HtmlParser Parser = new();
    private readonly Dictionary<string, IDocument> _documents = new(StringComparer.Ordinal);

    public BuiltSite(string outputDirectory, string baseUrl)
    {
        OutputDirectory = outputDirectory;
        BaseUrl = new Uri(baseUrl);
        BasePath = BaseUrl.AbsolutePath;
    }

    public string OutputDirectory { get; }

    public Uri BaseUrl { get; }

    public string BasePath { get; }

    /// <summary>Every HTML file, as a path relative to the output folder with forward slashes.</summary>
    public IReadOnlyList<string> HtmlFiles => Directory
        .EnumerateFiles(OutputDirectory, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(OutputDirectory, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public IDocument Page(string relativeFile)
    {
        if (!_documents.TryGetValue(relativeFile, out var document))
        {
            document = Parser.ParseDocument(File.ReadAllText(Path.Combine(OutputDirectory, relativeFile)));
            _documents[relativeFile] = document;
        }

        return document;
    }

    public string Text(string relativeFile) => File.ReadAllText(Path.Combine(OutputDirectory, relativeFile));

    /// <summary>The output file a site path or absolute URL of this site designates, or null when it is external.</summary>
    public string? FileFor(string url)
    {
        var path = url;
        // On Unix "/x" parses as an absolute file:// URI: site paths are tested first.
        if (!url.StartsWith('/') && Uri.TryCreate(url, UriKind.Absolute, out var absolute))
        {
            if (absolute.Scheme is not ("http" or "https") || absolute.Authority != BaseUrl.Authority)
            {
                return null;
            }

            path = absolute.AbsolutePath;
        }

        if (!path.StartsWith('/'))
        {
            return null;
        }

        Assert.StartsWith(BasePath, path);
        var relative = path[BasePath.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    public bool Exists(string relativeFile) => File.Exists(Path.Combine(OutputDirectory, relativeFile));
}
