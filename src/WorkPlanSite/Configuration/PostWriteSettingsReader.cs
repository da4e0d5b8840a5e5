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
        var setting = Read(config, "search", SearchKeys);
        var mode = setting.Value switch
        {
            null or "on" => SearchMode.On,
            "off" => SearchMode.Off,
            "required" => SearchMode.Required,
            var other => Invalid(setting, $"'{other}' is not a choice for 'search'.",
                "Use 'on' (the default: built when Pagefind is found), 'off' (no search) or 'required' (a build without Pagefind fails).", SearchMode.On),
        };
        return new SearchSettings(mode, Executable(options.Pagefind ?? setting.Program, root));
    }

    public static PdfSettings Pdf(YamlMap config, BuildOptions options, string root)
    {
        var setting = Read(config, "pdf", PdfKeys);
        var enabled = setting.Value switch
        {
            null or "false" or "off" => false,
            "true" or "on" => true,
            var other => Invalid(setting, $"'{other}' is not a choice for 'pdf'.", "Use true (each programme's printable page is also published as a PDF, with Chromium) or false.", false),
        };
        return new PdfSettings(enabled || options.Pdf, Executable(options.Chromium ?? setting.Program, root), options.Pdf);
    }

    /// <summary>
    /// A step's setting, written either as a value (<c>"search": "off"</c>) or as an object of the value and the program
    /// (<paramref name="keys"/>: the value's key, then the program's), with where the value is written.
    /// </summary>
    private static Setting Read(YamlMap config, string name, string[] keys)
    {
        switch (config.Node(name))
        {
            case YamlMappingNode:
                var map = config.Map(name)!;
                map.RejectUnknownKeys(keys);
                return new Setting(map.String(keys[0]), map.String(keys[1]), map, keys[0]);
            case null:
                return new Setting(null, null, config, name);
            default:
                return new Setting(config.String(name), null, config, name);
        }
    }

    /// <summary>A step's setting as written: its value, the program it names, and the map and key the value is written at.</summary>
    private sealed record Setting(string? Value, string? Program, YamlMap Owner, string Key);

    // A named program, relative to the configuration's folder; an empty name means "none" (a test's way of saying the
    // program is not installed), kept as empty so that it is not looked for elsewhere.
    private static string? Executable(string? path, string root) =>
        path is null ? null : path.Length == 0 ? "" : Path.GetFullPath(Path.Combine(root, path));

    private static T Invalid<T>(Setting setting, string message, string hint, T fallback)
    {
        setting.Owner.Diagnostics.Error(setting.Owner.PositionOf(setting.Key), message, hint);
        return fallback;
    }
}
