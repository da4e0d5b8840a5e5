using System.Collections.Immutable;
using System.Text;
using WorkPlanSite.Configuration;
using WorkPlanSite.Model;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Pages;

/// <summary>An entry of a menu in one language, ready to show.</summary>
/// <param name="Label">Its text.</param>
/// <param name="Url">Where it leads; null for a heading over the entries under it.</param>
/// <param name="Language">The language of <paramref name="Label"/> when it is not the page's (a label not translated yet), else null.</param>
/// <param name="IsExternal">True for an address outside the site.</param>
/// <param name="Children">The entries under it.</param>
public sealed record MenuItemView(string Label, string? Url, string? Language, bool IsExternal, ImmutableArray<MenuItemView> Children)
{
    /// <summary>
    /// What the entry is to the page at <paramref name="pageUrl"/>, as <c>aria-current</c> says it: <c>"page"</c> when it
    /// leads to that very page, <c>"true"</c> when the page is under it (a programme's timeline under the programme's
    /// entry, a page under its parent's), null otherwise.
    /// </summary>
    public string? CurrentFor(string pageUrl) =>
        Url is null || IsExternal ? null
        : Url == pageUrl ? "page"
        : pageUrl.StartsWith(Url, StringComparison.Ordinal) && Url.EndsWith('/') ? "true"
        : null;

    /// <summary>True when the entry or one under it leads to the page at <paramref name="pageUrl"/> or above it.</summary>
    public bool Holds(string pageUrl) => CurrentFor(pageUrl) is not null || Children.Any(c => c.Holds(pageUrl));
}

/// <summary>The two menus of one language.</summary>
/// <param name="Main">The main menu, in the header of every page.</param>
/// <param name="Footer">The footer menu.</param>
public sealed record LanguageMenus(ImmutableArray<MenuItemView> Main, ImmutableArray<MenuItemView> Footer)
{
    /// <summary>No menu.</summary>
    public static LanguageMenus None { get; } = new([], []);
}

/// <summary>The menus of every language, resolved from the configuration and the loaded content.</summary>
/// <param name="ByLanguage">The menus per language code.</param>
public sealed record SiteNavigation(ImmutableSortedDictionary<string, LanguageMenus> ByLanguage)
{
    /// <summary>No menu in any language.</summary>
    public static SiteNavigation None { get; } = new(ImmutableSortedDictionary<string, LanguageMenus>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The menus of a language.</summary>
    public LanguageMenus In(string language) => ByLanguage.GetValueOrDefault(language) ?? LanguageMenus.None;

    /// <summary>
    /// Every label and address of every menu in one text: every page shows the menus, so a rebuild keeps no page when
    /// it differs from the previous build's (a programme retitled that a menu names).
    /// </summary>
    public string Fingerprint()
    {
        var text = new StringBuilder();
        void Write(IEnumerable<MenuItemView> items, int depth)
        {
            foreach (var item in items)
            {
                text.Append(depth).Append('\u001f').Append(item.Label).Append('\u001f').Append(item.Url).Append('\u001f').Append(item.Language).Append('\u001e');
                Write(item.Children, depth + 1);
            }
        }

        foreach (var (language, menus) in ByLanguage)
        {
            text.Append(language).Append(":main\u001e");
            Write(menus.Main, 0);
            text.Append(language).Append(":footer\u001e");
            Write(menus.Footer, 0);
        }

        return text.ToString();
    }
}

/// <summary>
/// Resolves the configuration's menus in every language: a page's or a programme's entry takes its title (or its own
/// label) and its address there, and is left out, with the entries under it, where the page or the programme is not
/// published; an address's entry takes its label. A label not translated into a language is shown in the fallback
/// order's first language that has it, marked with that language.
/// </summary>
public sealed class NavigationBuilder(SiteConfig config, SiteUrls urls)
{
    private readonly AvailabilityPolicy _availability = new(config);

    /// <summary>The menus of every language; entries whose target does not exist (reported by the validation) are left out.</summary>
    public SiteNavigation Build(OwnContent content, IReadOnlyCollection<Programme> programmes)
    {
        if (config.Menus.Main.IsEmpty && config.Menus.Footer.IsEmpty)
        {
            return SiteNavigation.None;
        }

        var byId = programmes.ToDictionary(p => p.Id, StringComparer.Ordinal);
        return new SiteNavigation(config.LanguageCodes.ToImmutableSortedDictionary(
            l => l,
            l => new LanguageMenus(Items(config.Menus.Main, l, content, byId), Items(config.Menus.Footer, l, content, byId)),
            StringComparer.Ordinal));
    }

    private ImmutableArray<MenuItemView> Items(ImmutableArray<MenuEntry> entries, string language, OwnContent content, Dictionary<string, Programme> programmes) =>
        [.. entries.Select(e => Item(e, language, content, programmes)).OfType<MenuItemView>()];

    // The entry's own label in this language, else the target's title translated into it, else (by fallback) the label
    // in another language, else the title in the language it was written in.
    private (string Text, string Language)? Label<T>(MenuEntry entry, string language, (string Text, string Language)? own, Translations<T> texts, Func<T, string> title)
        where T : class
    {
        if (own is { } label && label.Language == language)
        {
            return label;
        }

        if (texts.Get(language) is { } translated)
        {
            return (title(translated), language);
        }

        return own ?? (texts.Resolve(language, _availability.FallbackOrderFor(texts.DeclaredOriginal)) is var (text, written) ? (title(text), written) : null);
    }

    private MenuItemView? Item(MenuEntry entry, string language, OwnContent content, Dictionary<string, Programme> programmes)
    {
        var children = Items(entry.Children, language, content, programmes);
        var own = entry.Label.Resolve(language, _availability.FallbackOrder);
        (string Text, string Language)? label;
        string? url;
        switch (entry.Kind)
        {
            case MenuTargetKind.Page when content.Find(entry.Target!) is { } page && _availability.Of(content, page, language) is not null:
                url = urls.Page(content, page, language);
                label = Label(entry, language, own, page.Texts, t => t.Title);
                break;
            case MenuTargetKind.Programme when programmes.GetValueOrDefault(entry.Target!) is { } programme && _availability.Exists(programme.Texts, language):
                url = urls.Programme(programme, language);
                label = Label(entry, language, own, programme.Texts, t => t.Title);
                break;
            case MenuTargetKind.Url:
                url = entry.Target;
                label = own;
                break;
            case MenuTargetKind.None when !children.IsEmpty:
                url = null;
                label = own;
                break;
            default:
                return null;
        }

        return label is var (shown, labelLanguage)
            ? new MenuItemView(shown, url, labelLanguage == language ? null : labelLanguage, entry.Kind == MenuTargetKind.Url, children)
            : null;
    }
}
