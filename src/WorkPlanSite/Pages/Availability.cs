using WorkPlanSite.Configuration;
using WorkPlanSite.Model;

namespace WorkPlanSite.Pages;

/// <summary>In which language a page's content is really written: its own, or another by fallback.</summary>
/// <param name="ContentLanguage">The language of the text shown.</param>
/// <param name="IsFallback">True when the page's language has no translation and shows <paramref name="ContentLanguage"/>'s text.</param>
public readonly record struct Availability(string ContentLanguage, bool IsFallback);

/// <summary>Decides, from the missing-translations policy, whether and how a page exists in a language.</summary>
public sealed class AvailabilityPolicy(SiteConfig config)
{
    /// <summary>Languages to borrow text from, best first: the default language, then the configured order.</summary>
    public IEnumerable<string> FallbackOrder =>
        config.LanguageCodes.Where(l => l == config.DefaultLanguage).Concat(config.LanguageCodes.Where(l => l != config.DefaultLanguage));

    /// <summary>
    /// Languages to borrow an item's text from, best first: its declared original (an English programme is shown in
    /// English where it is not translated, whatever the site's default language), then <see cref="FallbackOrder"/>.
    /// </summary>
    public IEnumerable<string> FallbackOrderFor(string? original) =>
        original is null ? FallbackOrder : FallbackOrder.Where(l => l == original).Concat(FallbackOrder.Where(l => l != original));

    /// <summary>
    /// The language an item was written in, which the others are translated from: its declared original when it has a
    /// text there, else the first language of <see cref="FallbackOrder"/> that has one.
    /// </summary>
    public string OriginalOf<T>(Translations<T> texts)
        where T : class =>
        FallbackOrderFor(texts.DeclaredOriginal).FirstOrDefault(texts.Has) ?? texts.Languages.First();

    /// <summary>How an item with these translations exists in <paramref name="language"/>; null when it does not.</summary>
    public Availability? Of<T>(Translations<T> texts, string language)
        where T : class
    {
        if (texts.Has(language))
        {
            return new Availability(language, false);
        }

        if (config.MissingTranslations == MissingTranslationMode.Omit)
        {
            return null;
        }

        return texts.Resolve(language, FallbackOrderFor(texts.DeclaredOriginal)) is { } resolved ? new Availability(resolved.Language, true) : null;
    }

    /// <summary>True when the item has a page in <paramref name="language"/>.</summary>
    public bool Exists<T>(Translations<T> texts, string language)
        where T : class => Of(texts, language) is not null;

    /// <summary>The programme-level availability combined with an item's: a child cannot exist where its programme does not.</summary>
    public Availability? Of<T>(Programme programme, Translations<T> texts, string language)
        where T : class => Exists(programme.Texts, language) ? Of(texts, language) : null;

    /// <summary>How one of the site's own pages exists in <paramref name="language"/>: a page cannot exist where a page it sits under does not.</summary>
    public Availability? Of(OwnContent content, Page page, string language) =>
        content.Lineage(page).All(p => Exists(p.Texts, language)) ? Of(page.Texts, language) : null;
}
