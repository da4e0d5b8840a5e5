using System.Collections.Immutable;
using System.Globalization;

namespace WorkPlanSite.Themes;

/// <summary>
/// The theme's interface texts for one language ("Key dates", "Activité"), read from
/// <c>themes/&lt;theme&gt;/i18n/&lt;lang&gt;.yaml</c>. A key missing in the language falls back to the default
/// language (reported as a warning when loading); a key missing everywhere shows as a readable
/// placeholder derived from the key, never as a crash.
/// </summary>
public sealed class UiStrings
{
    private readonly ImmutableSortedDictionary<string, string> _texts;
    private readonly ImmutableSortedDictionary<string, string> _fallback;

    /// <summary>Creates the strings of <paramref name="language"/> with the default language's as fallback.</summary>
    public UiStrings(string language, ImmutableSortedDictionary<string, string> texts, ImmutableSortedDictionary<string, string> fallback)
    {
        Language = language;
        _texts = texts;
        _fallback = fallback;
    }

    /// <summary>The language code.</summary>
    public string Language { get; }

    /// <summary>The text of <paramref name="key"/>.</summary>
    public string this[string key] =>
        _texts.TryGetValue(key, out var text) ? text
        : _fallback.TryGetValue(key, out var fallback) ? fallback
        : key[(key.LastIndexOf('.') + 1)..];

    /// <summary>The keys this language lacks and borrows from the default language, in order.</summary>
    public IEnumerable<string> Untranslated => _fallback.Keys.Where(k => !_texts.ContainsKey(k));

    /// <summary>True when the key exists in this language or its fallback.</summary>
    public bool Has(string key) => _texts.ContainsKey(key) || _fallback.ContainsKey(key);

    /// <summary>The text of <paramref name="key"/> with <c>{name}</c> placeholders replaced.</summary>
    public string Format(string key, params (string Name, object? Value)[] values)
    {
        var text = this[key];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }
}
