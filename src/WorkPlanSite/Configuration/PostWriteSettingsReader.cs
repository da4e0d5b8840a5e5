using WorkPlanSite.Loading;
using YamlDotNet.RepresentationModel;

namespace WorkPlanSite.Configuration;

/// <summary>
/// Reads <c>search</c> and <c>pdf</c>, the steps that run on the written site: each either a single value
/// (<c>"search": "required"</c>, <c>"pdf": true</c>) or an object that also names the program to run
/// (<c>{ "mode": "on", "pagefind": "tools/pagefind" }</c>, <c>{ "enabled": true, "chromium": "/opt/chromium" }</c>).
/// </summary>
internal static class PostWriteSettingsReader
{
    private static readonly string[] SearchKeys = ["mode", "pagefind"];
    private static readonly string[] PdfKeys = ["enabled", "chromium"];

    public static SearchSettings Search(YamlMap config, BuildOptions options, string root)
    {
        var node = config.Node("search");
        string? modeText = null;
        string? pagefind = null;
        YamlMap owner = config;
        var modeKey = "search";
        if (node is YamlMappingNode)
        {
            var map = config.Map("search")!;
            map.RejectUnknownKeys(SearchKeys);
            modeText = map.String("mode");
            pagefind = map.String("pagefind");
            owner = map;
            modeKey = "mode";
        }
        else if (node is not null)
        {
            modeText = config.String("search");
        }

        var mode = modeText switch
        {
            null or "on" => SearchMode.On,
            "off" => SearchMode.Off,
            "required" => SearchMode.Required,
            var other => Invalid(owner, modeKey, $"'{other}' is not a choice for 'search'.",
                "Use 'on' (the default: built when Pagefind is found), 'off' (no search) or 'required' (a build without Pagefind fails).", SearchMode.On),
        };
        return new SearchSettings(mode, Executable(options.Pagefind ?? pagefind, root));
    }

    public static PdfSettings Pdf(YamlMap config, BuildOptions options, string root)
    {
        var node = config.Node("pdf");
        string? enabledText = null;
        string? chromium = null;
        YamlMap owner = config;
        var key = "pdf";
        if (node is YamlMappingNode)
        {
            var map = config.Map("pdf")!;
            map.RejectUnknownKeys(PdfKeys);
            enabledText = map.String("enabled");
            chromium = map.String("chromium");
            owner = map;
            key = "enabled";
        }
        else if (node is not null)
        {
            enabledText = config.String("pdf");
        }

        var enabled = enabledText switch
        {
            null or "false" or "off" => false,
            "true" or "on" => true,
            var other => Invalid(owner, key, $"'{other}' is not a choice for 'pdf'.", "Use true (each programme's printable page is also published as a PDF, with Chromium) or false.", false),
        };
        return new PdfSettings(enabled || options.Pdf, Executable(options.Chromium ?? chromium, root), options.Pdf);
    }

    // A named program, relative to the configuration's folder; an empty name means "none" (a test's way of saying the
    // program is not installed), kept as empty so that it is not looked for elsewhere.
    private static string? Executable(string? path, string root) =>
        path is null ? null : path.Length == 0 ? "" : Path.GetFullPath(Path.Combine(root, path));

    private static T Invalid<T>(YamlMap map, string key, string message, string hint, T fallback)
    {
        map.Diagnostics.Error(map.PositionOf(key), message, hint);
        return fallback;
    }
}
