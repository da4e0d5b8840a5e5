using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Model;
using YamlDotNet.RepresentationModel;

namespace WorkPlanSite.Configuration;

/// <summary>
/// Reads <c>site.config.json</c>. JSON syntax is checked first (its messages are the clearest), then the
/// values are read through the YAML reader, of which JSON is a subset, to get a line and column for every key.
/// </summary>
public static partial class SiteConfigLoader
{
    private static readonly string[] KnownKeys =
    [
        "$schema", "title", "description", "baseUrl", "defaultLanguage", "languages", "theme", "contentDir",
        "outputDir", "cname", "missingTranslations", "buildDate", "markdown", "statuses", "menus", "search", "pdf",
        "identity",
    ];

    private static readonly string[] MarkdownKeys = ["rawHtml"];

    private static readonly string[] LanguageKeys = ["code", "name", "locale", "direction", "paths"];
    private static readonly string[] PathKeys = ["programmes", "objectives", "activities", "keyDates", "timeline", "progress", "print", "search"];

    /// <summary>Reads and checks the configuration; returns null when it has errors (they are in <paramref name="diagnostics"/>).</summary>
    public static SiteConfig? Load(BuildOptions options, DiagnosticBag diagnostics, Func<DateOnly>? today = null)
    {
        var fullPath = Path.GetFullPath(options.ConfigPath);
        var root = Path.GetDirectoryName(fullPath)!;
        var name = Path.GetFileName(fullPath);
        if (!File.Exists(fullPath))
        {
            diagnostics.Error(SourcePosition.File(options.ConfigPath), "The configuration file does not exist.",
                "Run the command in the site's folder or a folder inside it, or give the file with --config.");
            return null;
        }

        var text = SourceText.Read(fullPath, name, diagnostics);
        if (text is null || !CheckJsonSyntax(text, name, diagnostics))
        {
            return null;
        }

        var node = YamlDocumentReader.Parse(text, name, 0, diagnostics);
        var map = YamlMap.FromRoot(node, name, 0, diagnostics, "The configuration");
        if (map is null)
        {
            return null;
        }

        var errorsBefore = diagnostics.ErrorCount;
        map.RejectUnknownKeys(KnownKeys);
        var languages = ReadLanguages(map);
        if (languages.Length == 0)
        {
            // Reported; every text of the configuration would otherwise be reported too, as in no language of the site.
            return null;
        }

        var codes = languages.Select(l => l.Code).ToList();
        var title = ReadLocalized(map, "title", codes, required: true);
        var description = ReadLocalized(map, "description", codes, required: false);
        var baseUrl = ReadBaseUrl(map, options.BaseUrl);
        if (baseUrl is not null && options.Origin is { } origin)
        {
            baseUrl = new Uri(origin, baseUrl.AbsolutePath);
        }

        var defaultLanguage = map.String("defaultLanguage", required: true);
        if (defaultLanguage is not null && codes.Count > 0 && !codes.Contains(defaultLanguage))
        {
            diagnostics.Error(map.PositionOf("defaultLanguage"), $"The default language '{defaultLanguage}' is not one of the languages ({string.Join(", ", codes)}).",
                "Add it to 'languages' or choose one of them.");
        }

        var theme = map.String("theme") ?? "default";
        if (!Text.Ids.IsValid(theme))
        {
            diagnostics.Error(map.PositionOf("theme"), $"The theme name '{theme}' must be a folder name of letters, digits and '-'.");
        }

        var contentDir = map.String("contentDir") ?? "content";
        var outputDir = options.OutputDirectory ?? map.String("outputDir") ?? "_site";
        var mode = map.String("missingTranslations") switch
        {
            null or "fallback" => MissingTranslationMode.Fallback,
            "omit" => MissingTranslationMode.Omit,
            var other => Invalid(map, "missingTranslations", $"'{other}' is not a choice for 'missingTranslations'.", "Use 'fallback' or 'omit'."),
        };
        var buildDate = options.BuildDate ?? ReadBuildDate(map) ?? FromSourceDateEpoch(diagnostics, name) ?? (today ?? Today)();
        var cname = map.String("cname");
        if (!string.IsNullOrWhiteSpace(cname) && !HostName().IsMatch(cname.Trim()))
        {
            diagnostics.Error(map.PositionOf("cname"), $"'{Text.Ids.Shorten(cname)}' is not a domain name.",
                "Write the domain alone, such as \"plans.example.org\", without https:// or a path.");
        }

        var rawHtml = ReadRawHtml(map.Map("markdown"));
        var statuses = StatusSetReader.Read(map, codes);
        var identity = IdentityReader.Read(map.Map("identity"), codes, root);
        var menus = MenuConfigReader.Read(map, codes);
        var search = PostWriteSettingsReader.Search(map, options, root);
        var pdf = PostWriteSettingsReader.Pdf(map, options, root);

        if (diagnostics.ErrorCount > errorsBefore || baseUrl is null || defaultLanguage is null)
        {
            return null;
        }

        return new SiteConfig
        {
            RootDirectory = root,
            ConfigFile = name,
            Title = title,
            Description = description,
            BaseUrl = baseUrl,
            DefaultLanguage = defaultLanguage,
            Languages = languages,
            Theme = theme,
            ContentDirectory = Path.GetFullPath(Path.Combine(root, contentDir)),
            OutputDirectory = Path.GetFullPath(Path.Combine(Directory.GetCurrentDirectory(), options.OutputDirectory ?? Path.Combine(root, outputDir))),
            Cname = string.IsNullOrWhiteSpace(cname) ? null : cname.Trim(),
            MissingTranslations = mode,
            RawHtml = rawHtml,
            BuildDate = buildDate,
            Statuses = statuses,
            Identity = identity,
            Menus = menus,
            Search = search,
            Pdf = pdf,
        };
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);

    private static bool CheckJsonSyntax(string text, string name, DiagnosticBag diagnostics)
    {
        try
        {
            using var _ = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
            return true;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            var message = ex.Message.Split(" LineNumber:", 2)[0].TrimEnd('.', ' ');
            diagnostics.Error(new SourcePosition(name, line, column), $"JSON syntax error: {message}.",
                "Check for a missing comma or quote, or a comma after the last item.");
            return false;
        }
    }

    private static ImmutableArray<LanguageConfig> ReadLanguages(YamlMap map)
    {
        var list = map.MapList("languages");
        if (!map.Has("languages") || list.Count == 0)
        {
            map.Diagnostics.Error(map.PositionOf("languages"), "The configuration needs at least one language in 'languages'.",
                "For example: \"languages\": [{ \"code\": \"fr\", \"name\": \"Français\", \"locale\": \"fr-FR\" }]");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<LanguageConfig>();
        foreach (var item in list)
        {
            item.RejectUnknownKeys(LanguageKeys);
            var code = item.String("code", required: true);
            var name = item.String("name", required: true);
            var locale = item.String("locale") ?? code;
            var direction = item.String("direction") switch
            {
                null => locale is null ? TextDirection.Ltr : DirectionOf(locale),
                "ltr" => TextDirection.Ltr,
                "rtl" => TextDirection.Rtl,
                var other => Invalid(item, "direction", $"'{other}' is not a writing direction.", "Use 'ltr' or 'rtl'.", TextDirection.Ltr),
            };
            if (code is null || name is null)
            {
                continue;
            }

            if (!LanguageCodePattern().IsMatch(code))
            {
                item.Diagnostics.Error(item.PositionOf("code"), $"'{code}' is not a language code.", "Use a lower-case code such as 'fr', 'en' or 'pt-br'.");
                continue;
            }

            if (result.Any(l => l.Code == code))
            {
                item.Diagnostics.Error(item.PositionOf("code"), $"The language '{code}' is listed twice.");
                continue;
            }

            if (locale is not null && !CultureExists(locale))
            {
                item.Diagnostics.Error(item.PositionOf("locale"), $"'{locale}' is not a culture this machine knows.", "Use a culture name such as 'fr-FR' or 'en-GB'.");
            }

            result.Add(new LanguageConfig(code, name, locale ?? code, direction, ReadPaths(item)));
        }

        return result.ToImmutable();
    }

    // A language that does not say its direction writes the way its culture does (ar, he, fa: right to left).
    private static TextDirection DirectionOf(string locale) =>
        CultureExists(locale) && CultureInfo.GetCultureInfo(locale).TextInfo.IsRightToLeft ? TextDirection.Rtl : TextDirection.Ltr;

    private static SectionPaths ReadPaths(YamlMap language)
    {
        var paths = language.Map("paths");
        if (paths is null)
        {
            return SectionPaths.Default;
        }

        paths.RejectUnknownKeys(PathKeys);
        string Segment(string key, string fallback)
        {
            var value = paths.String(key);
            if (value is null)
            {
                return fallback;
            }

            if (!Text.Ids.IsValid(value))
            {
                paths.Diagnostics.Error(paths.PositionOf(key), $"The URL segment '{Text.Ids.Shorten(value)}' {Text.Ids.Rule}.");
                return fallback;
            }

            return value;
        }

        var d = SectionPaths.Default;
        return new SectionPaths(
            Segment("programmes", d.Programmes),
            Segment("objectives", d.Objectives),
            Segment("activities", d.Activities),
            Segment("keyDates", d.KeyDates),
            Segment("timeline", d.Timeline),
            Segment("progress", d.Progress))
        {
            Print = Segment("print", d.Print),
            Search = Segment("search", d.Search),
        };
    }

    private static LocalizedText ReadLocalized(YamlMap map, string key, IReadOnlyList<string> codes, bool required)
    {
        var node = map.Node(key);
        if (node is null)
        {
            if (required)
            {
                map.Missing(key);
            }

            return LocalizedText.Empty;
        }

        return LocalizedTextReader.Read(map, key, node, codes) ?? LocalizedText.Empty;
    }

    private static Uri? ReadBaseUrl(YamlMap map, string? overrideUrl)
    {
        var text = overrideUrl ?? map.String("baseUrl", required: true);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            var position = overrideUrl is null ? map.PositionOf("baseUrl") : new SourcePosition("--base-url", 1, 1);
            map.Diagnostics.Error(position, $"'{text}' is not an absolute http(s) address.",
                "Write the address the site is published at, such as https://my-org.github.io/my-repo/");
            return null;
        }

        // A base URL without its trailing slash would make every relative resolution drop the last segment.
        return text.EndsWith('/') ? uri : new Uri(text + "/");
    }

    private static RawHtmlMode ReadRawHtml(YamlMap? markdown)
    {
        markdown?.RejectUnknownKeys(MarkdownKeys);
        return markdown?.String("rawHtml") switch
        {
            null or "sanitize" => RawHtmlMode.Sanitize,
            "trust" => RawHtmlMode.Trust,
            var other => Invalid(markdown!, "rawHtml", $"'{other}' is not a choice for 'markdown.rawHtml'.",
                "Use 'sanitize' (the default: HTML in Markdown is kept without scripts, styles, frames or forms) or 'trust' (kept as written).", RawHtmlMode.Sanitize),
        };
    }

    private static DateOnly? ReadBuildDate(YamlMap map)
    {
        var text = map.String("buildDate");
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        map.Diagnostics.Error(map.PositionOf("buildDate"), $"'{text}' is not a date in the form YYYY-MM-DD.");
        return null;
    }

    private static DateOnly? FromSourceDateEpoch(DiagnosticBag diagnostics, string name)
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrWhiteSpace(epoch))
        {
            return null;
        }

        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        }

        diagnostics.Warning(SourcePosition.File(name), $"SOURCE_DATE_EPOCH='{epoch}' is not a number of seconds; it is ignored.");
        return null;
    }

    private static bool CultureExists(string locale)
    {
        try
        {
            _ = CultureInfo.GetCultureInfo(locale, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static MissingTranslationMode Invalid(YamlMap map, string key, string message, string hint) =>
        Invalid(map, key, message, hint, MissingTranslationMode.Fallback);

    private static T Invalid<T>(YamlMap map, string key, string message, string hint, T fallback)
    {
        map.Diagnostics.Error(map.PositionOf(key), message, hint);
        return fallback;
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")]
    private static partial Regex HostName();

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})*$")]
    private static partial Regex LanguageCodePattern();
}
