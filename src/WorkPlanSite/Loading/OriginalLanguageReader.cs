using WorkPlanSite.Model;

namespace WorkPlanSite.Loading;

/// <summary>
/// Reads <c>originalLanguage</c>, the language an item was first written in (TOGETHER's programme was written in
/// English, CCRE's in French): the translation status, the stamps and the fallback text follow it.
/// </summary>
internal static class OriginalLanguageReader
{
    /// <summary>The key, accepted in <c>programme.yaml</c> and in every objective's and activity's language-neutral file.</summary>
    public const string Key = "originalLanguage";

    /// <summary>The declared language, or null when none is declared or it is not one of the site's languages (reported).</summary>
    public static string? Read(YamlMap neutral, SiteContext site)
    {
        var code = neutral.String(Key);
        if (code is null)
        {
            return null;
        }

        var languages = site.Config.LanguageCodes.ToList();
        if (languages.Contains(code, StringComparer.Ordinal))
        {
            return code;
        }

        site.Diagnostics.Error(neutral.PositionOf(Key), $"'{code}' in '{Key}' is not one of the site's languages ({string.Join(", ", languages)}).",
            Text.Suggestions.DidYouMean(code, languages) ?? $"Write the code of the language the texts were first written in, for example '{Key}: {site.Config.DefaultLanguage}'.");
        return null;
    }

    /// <summary>
    /// <paramref name="texts"/> with their original language: the item's own declaration, which must name a language
    /// the item is written in, else its programme's (an item its programme's original does not exist in keeps the
    /// site's rule, with no error: it was written elsewhere first).
    /// </summary>
    public static Translations<T> Apply<T>(Translations<T> texts, string? own, string? programme, YamlMap neutral, string fileStem, SiteContext site)
        where T : class
    {
        if (own is not null && !texts.Has(own))
        {
            site.Diagnostics.Error(neutral.PositionOf(Key), $"The original language is '{own}', but there is no {fileStem}.{own}.md.",
                $"Write the original text into {fileStem}.{own}.md, or name the language it was written in ({string.Join(", ", texts.Languages)}).");
            return texts;
        }

        var original = own ?? programme;
        if (original is not null && texts.Sources.GetValueOrDefault(original)?.TranslatedFrom is { } stamp)
        {
            // Left over from when another language was taken for the original: the status ignores it, the author should not.
            site.Diagnostics.Warning(stamp.Position, $"This file is the original ({Key}: {original}), so it is not translated from '{stamp.Language}'.",
                $"Remove the '{TranslationSourceReader.Key}' line; the other languages' files carry '{TranslationSourceReader.Key}: {original}@…' ('workplansite translations stamp' writes it).");
        }

        return texts with { DeclaredOriginal = original };
    }
}
