using System.Collections.Immutable;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Model;

namespace WorkPlanSite.Configuration;

/// <summary>
/// Reads <c>menus</c> of <c>site.config.json</c>: each entry leads to a page, a programme or an address, or heads the
/// entries under it (one level). Whether each page and programme exists is checked once the content is loaded
/// (<see cref="Validation.MenuValidator"/>), at the positions kept here.
/// </summary>
internal static class MenuConfigReader
{
    private static readonly string[] MenuKeys = ["main", "footer"];
    private static readonly string[] EntryKeys = ["page", "programme", "url", "label", "children"];
    private static readonly string[] Schemes = ["https", "http", "mailto", "tel"];

    public static MenusConfig Read(YamlMap config, IReadOnlyList<string> languages)
    {
        if (config.Map("menus") is not { } menus)
        {
            return MenusConfig.None;
        }

        menus.RejectUnknownKeys(MenuKeys);
        return new MenusConfig(ReadList(menus, "main", languages, nested: false), ReadList(menus, "footer", languages, nested: false));
    }

    private static ImmutableArray<MenuEntry> ReadList(YamlMap map, string key, IReadOnlyList<string> languages, bool nested)
    {
        var entries = ImmutableArray.CreateBuilder<MenuEntry>();
        foreach (var item in map.MapList(key))
        {
            if (ReadEntry(item, languages, nested) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries.ToImmutable();
    }

    private static MenuEntry? ReadEntry(YamlMap item, IReadOnlyList<string> languages, bool nested)
    {
        item.RejectUnknownKeys(EntryKeys);
        var targets = new[] { ("page", MenuTargetKind.Page), ("programme", MenuTargetKind.Programme), ("url", MenuTargetKind.Url) }
            .Where(t => item.Has(t.Item1))
            .ToList();
        var label = item.Node("label") is { } node ? LocalizedTextReader.Read(item, "label", node, languages) ?? LocalizedText.Empty : LocalizedText.Empty;
        var children = ImmutableArray<MenuEntry>.Empty;
        if (item.Has("children"))
        {
            if (nested)
            {
                item.Diagnostics.Error(item.PositionOf("children"), $"'{item.Qualified("children")}': a menu goes one level deep, and this entry is already under another.",
                    "Move these entries up into the menu, or under an entry of the menu itself.");
                item.Node("children");
            }
            else
            {
                children = ReadList(item, "children", languages, nested: true);
            }
        }

        if (targets.Count > 1)
        {
            item.Diagnostics.Error(item.PositionOf(targets[1].Item1), $"A menu entry leads to one place, but '{item.Context}' has both '{targets[0].Item1}' and '{targets[1].Item1}'.",
                "Keep one of them, or make two entries.");
            return null;
        }

        if (targets.Count == 0)
        {
            if (!item.Has("children"))
            {
                item.Diagnostics.Error(item.Position, $"The menu entry '{item.Context}' leads nowhere.",
                    "Give it \"page\": \"<page id>\", \"programme\": \"<programme folder>\" or \"url\": \"https://…\", or entries under it in \"children\".");
                return null;
            }

            if (label.IsEmpty)
            {
                item.Diagnostics.Error(item.Position, $"The menu entry '{item.Context}' heads other entries and needs a label.",
                    "Add \"label\": { \"fr\": \"…\", \"en\": \"…\" }.");
                return null;
            }

            return new MenuEntry(MenuTargetKind.None, null, label, children, item.Position);
        }

        var (key, kind) = targets[0];
        var target = item.String(key);
        var position = item.PositionOf(key);
        if (string.IsNullOrWhiteSpace(target))
        {
            item.Diagnostics.Error(position, $"'{item.Qualified(key)}' is empty.", kind == MenuTargetKind.Url ? "Write the address, such as \"https://example.org/\"." : $"Write the {key}'s id.");
            return null;
        }

        if (kind == MenuTargetKind.Url)
        {
            if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || !Schemes.Contains(uri.Scheme, StringComparer.Ordinal))
            {
                item.Diagnostics.Error(position, $"'{Text.Ids.Shorten(target)}' is not a full address.",
                    "Write an address starting with https://, http://, mailto: or tel:. A page or a programme of the site is named with \"page\" or \"programme\".");
                return null;
            }

            if (label.IsEmpty)
            {
                item.Diagnostics.Error(item.Position, $"The menu entry '{item.Context}' leads to an address and needs a label.",
                    "Add \"label\": \"…\", or one per language: { \"fr\": \"…\", \"en\": \"…\" }.");
                return null;
            }
        }

        return new MenuEntry(kind, target, label, children, position);
    }
}
