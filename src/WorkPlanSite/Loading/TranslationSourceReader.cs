using System.Text.RegularExpressions;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;

namespace WorkPlanSite.Loading;

/// <summary>Reads the <c>translatedFrom: fr@1a2b3c4d</c> stamp of a translation's front matter.</summary>
internal static partial class TranslationSourceReader
{
    /// <summary>The front-matter key, accepted in every Markdown content file.</summary>
    public const string Key = "translatedFrom";

    public static TranslationSource Read(MarkdownSource source, string language, SiteContext site)
    {
        var map = source.FrontMatter;
        var text = map.String(Key);
        if (text is null)
        {
            return new TranslationSource(source.Position, source.Fingerprint, null);
        }

        var position = map.PositionOf(Key);
        var match = StampPattern().Match(text.Trim());
        var example = $"{site.Config.DefaultLanguage}@1a2b3c4d";
        if (!match.Success)
        {
            site.Diagnostics.Error(position, $"'{text}' is not a translation stamp.",
                $"Write the original's language and fingerprint, for example '{Key}: {example}'; 'workplansite translations' prints the fingerprints.");
            return new TranslationSource(source.Position, source.Fingerprint, null);
        }

        var from = match.Groups["lang"].Value;
        if (!site.Config.LanguageCodes.Contains(from))
        {
            site.Diagnostics.Error(position, $"'{from}' in '{Key}' is not one of the site's languages ({string.Join(", ", site.Config.LanguageCodes)}).",
                Text.Suggestions.DidYouMean(from, site.Config.LanguageCodes));
            return new TranslationSource(source.Position, source.Fingerprint, null);
        }

        if (from == language)
        {
            site.Diagnostics.Error(position, $"A '{language}' file cannot be translated from '{language}'.",
                $"Name the language of the original, for example '{Key}: {example}', or remove the line from the original.");
            return new TranslationSource(source.Position, source.Fingerprint, null);
        }

        return new TranslationSource(source.Position, source.Fingerprint, new TranslationStamp(from, match.Groups["hash"].Value, position));
    }

    [GeneratedRegex("^(?<lang>[a-z][a-z0-9-]*)@(?<hash>[0-9a-f]{8})$")]
    private static partial Regex StampPattern();
}
