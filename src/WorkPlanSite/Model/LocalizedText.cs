using System.Collections.Immutable;

namespace WorkPlanSite.Model;

/// <summary>
/// A short text given per language (a key date's title, the site's title). A text written once,
/// without languages, is the same in every language (a place name).
/// </summary>
public sealed record LocalizedText
{
    private LocalizedText(ImmutableSortedDictionary<string, string> byLanguage, string? invariant)
    {
        ByLanguage = byLanguage;
        Invariant = invariant;
    }

    /// <summary>No text in any language.</summary>
    public static LocalizedText Empty { get; } = new(ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal), null);

    /// <summary>Texts per language code.</summary>
    public ImmutableSortedDictionary<string, string> ByLanguage { get; }

    /// <summary>A text that holds for every language, or null.</summary>
    public string? Invariant { get; }

    /// <summary>True when there is no text at all.</summary>
    public bool IsEmpty => Invariant is null && ByLanguage.IsEmpty;

    /// <summary>The same text in every language.</summary>
    public static LocalizedText Same(string text) => new(Empty.ByLanguage, text);

    /// <summary>One text per language.</summary>
    public static LocalizedText Of(IEnumerable<KeyValuePair<string, string>> texts) =>
        new(texts.ToImmutableSortedDictionary(StringComparer.Ordinal), null);

    /// <summary>True when the text exists in <paramref name="language"/> itself (not by fallback).</summary>
    public bool Has(string language) => Invariant is not null || ByLanguage.ContainsKey(language);

    /// <summary>
    /// The text in <paramref name="language"/>, else in the first of <paramref name="fallbacks"/> that has it,
    /// with the language the text is really in.
    /// </summary>
    public (string Text, string Language)? Resolve(string language, IEnumerable<string> fallbacks)
    {
        if (Invariant is not null)
        {
            return (Invariant, language);
        }

        if (ByLanguage.TryGetValue(language, out var text))
        {
            return (text, language);
        }

        foreach (var fallback in fallbacks)
        {
            if (ByLanguage.TryGetValue(fallback, out var other))
            {
                return (other, fallback);
            }
        }

        return null;
    }
}
