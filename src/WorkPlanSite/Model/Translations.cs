using System.Collections.Immutable;

namespace WorkPlanSite.Model;

/// <summary>The language-dependent part of an item, one value per language it is translated into.</summary>
public sealed record Translations<T>(ImmutableSortedDictionary<string, T> ByLanguage)
    where T : class
{
    /// <summary>The file of each translation and its <c>translatedFrom</c> stamp, per language (empty for items built in code).</summary>
    public ImmutableSortedDictionary<string, TranslationSource> Sources { get; init; } = ImmutableSortedDictionary<string, TranslationSource>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>
    /// The language the item was first written in, as its author declared it (<c>originalLanguage</c> in its own
    /// language-neutral file or in its programme's), or null when nothing is declared.
    /// </summary>
    public string? DeclaredOriginal { get; init; }

    /// <summary>The languages the item is really written in.</summary>
    public IEnumerable<string> Languages => ByLanguage.Keys;

    /// <summary>True when a translation exists in <paramref name="language"/>.</summary>
    public bool Has(string language) => ByLanguage.ContainsKey(language);

    /// <summary>The translation in <paramref name="language"/>, or null.</summary>
    public T? Get(string language) => ByLanguage.GetValueOrDefault(language);

    /// <summary>
    /// The translation in <paramref name="language"/>, else the first existing one in <paramref name="fallbackOrder"/>,
    /// with the language it is really written in.
    /// </summary>
    public (T Value, string Language)? Resolve(string language, IEnumerable<string> fallbackOrder)
    {
        if (ByLanguage.TryGetValue(language, out var value))
        {
            return (value, language);
        }

        foreach (var fallback in fallbackOrder)
        {
            if (ByLanguage.TryGetValue(fallback, out var other))
            {
                return (other, fallback);
            }
        }

        return null;
    }
}
