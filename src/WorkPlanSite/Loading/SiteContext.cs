using System.Text.RegularExpressions;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Text;

namespace WorkPlanSite.Loading;

/// <summary>What every loader needs: the configuration, the diagnostics, and how to name files in messages.</summary>
internal sealed partial class SiteContext(SiteConfig config, DiagnosticBag diagnostics)
{
    public SiteConfig Config { get; } = config;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>A path relative to the site root with forward slashes, as messages show it.</summary>
    public string Display(string fullPath) =>
        Path.GetRelativePath(Config.RootDirectory, fullPath).Replace('\\', '/');

    /// <summary>Checks that an id or slug is safe in a URL and a file name; reports an error otherwise.</summary>
    public bool CheckId(string id, string displayPath, string what = "id")
    {
        if (Ids.IsValid(id))
        {
            return true;
        }

        Diagnostics.Error(SourcePosition.File(displayPath), $"The {what} '{Ids.Shorten(id)}' {Ids.Rule}.",
            $"For example '{Suggest(id)}'.");
        return false;
    }

    public bool IsValidId(string id) => Ids.IsValid(id);

    /// <summary>A safe id close to what the author wrote ("Activité 1.1" → "activite-1-1").</summary>
    public static string Suggest(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var chars = decomposed
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        var slug = MultipleDashes().Replace(new string(chars.ToArray()), "-").Trim('-');
        slug = slug.Length > Ids.MaxLength ? slug[..Ids.MaxLength].TrimEnd('-') : slug;
        return slug.Length == 0 ? "item" : slug;
    }

    [GeneratedRegex("-{2,}")]
    private static partial Regex MultipleDashes();
}
