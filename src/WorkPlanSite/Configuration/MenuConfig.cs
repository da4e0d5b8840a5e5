using System.Collections.Immutable;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;

namespace WorkPlanSite.Configuration;

/// <summary>What a menu entry leads to.</summary>
public enum MenuTargetKind
{
    /// <summary>One of the site's own pages, by id (<c>"page": "about"</c>).</summary>
    Page,

    /// <summary>A programme, by its folder name (<c>"programme": "ccre-2021-2022"</c>).</summary>
    Programme,

    /// <summary>An address outside the site (<c>"url": "https://…"</c>, <c>mailto:</c>).</summary>
    Url,

    /// <summary>Nothing: a heading over the entries under it.</summary>
    None,
}

/// <summary>One entry of a menu of <c>site.config.json</c> (<c>menus.main</c>, <c>menus.footer</c>), as written.</summary>
/// <param name="Kind">What it leads to.</param>
/// <param name="Target">The page id, the programme id or the address; null for a heading.</param>
/// <param name="Label">Its label per language; empty to take the page's or the programme's title.</param>
/// <param name="Children">The entries under it (one level only).</param>
/// <param name="Position">Where its target (else the entry) is written in the configuration, for messages.</param>
public sealed record MenuEntry(MenuTargetKind Kind, string? Target, LocalizedText Label, ImmutableArray<MenuEntry> Children, SourcePosition Position);

/// <summary>The site's two menus: the main menu in the header of every page, and the footer's.</summary>
/// <param name="Main">The main menu's entries.</param>
/// <param name="Footer">The footer menu's entries.</param>
public sealed record MenusConfig(ImmutableArray<MenuEntry> Main, ImmutableArray<MenuEntry> Footer)
{
    /// <summary>No menu.</summary>
    public static MenusConfig None { get; } = new([], []);
}
