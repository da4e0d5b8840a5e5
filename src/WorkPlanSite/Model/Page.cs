using System.Collections.Immutable;
using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Model;

/// <summary>
/// One of the organisation's own pages (<c>content/pages/&lt;id&gt;.&lt;lang&gt;.md</c>, with an optional
/// <c>&lt;id&gt;.yaml</c>): "About us", a contact page, a legal notice, an accessibility statement. A page may sit under
/// another (<see cref="ParentId"/>), by its folder (<c>pages/about/team.fr.md</c>) or by <c>parent:</c>.
/// </summary>
public sealed record Page
{
    /// <summary>Its id, unique among the site's pages: the file name without suffixes.</summary>
    public required string Id { get; init; }

    /// <summary>The page it sits under, or null for a page at the top.</summary>
    public string? ParentId { get; init; }

    /// <summary>Where the parent is named (its <c>parent:</c> key, else the page's first file), for messages.</summary>
    public SourcePosition ParentPosition { get; init; }

    /// <summary>Its place among its siblings (lower first, then by id).</summary>
    public int Order { get; init; } = int.MaxValue;

    /// <summary>Its content path without suffixes (<c>content/pages/about/team</c>): links between content files name it.</summary>
    public required string ContentPath { get; init; }

    /// <summary>Its texts per language.</summary>
    public required Translations<PageText> Texts { get; init; }
}

/// <summary>A page's text in one language.</summary>
/// <param name="Title">Its title.</param>
/// <param name="Slug">Its URL segment in this language, or null for its id.</param>
/// <param name="Description">Its summary, for search engines and links shared on social networks; null to take the start of the text.</param>
/// <param name="Body">Its Markdown text.</param>
/// <param name="Position">Its file.</param>
public sealed record PageText(string Title, string? Slug, string? Description, MarkdownText Body, SourcePosition Position);

/// <summary>The home page's own introduction in one language (<c>content/home.&lt;lang&gt;.md</c>), shown above the programmes.</summary>
/// <param name="Body">Its Markdown text.</param>
public sealed record HomeText(MarkdownText Body);

/// <summary>
/// The site's own content beside its programmes: its pages, in a tree, and the home page's introduction. Loaded,
/// checked and published whole by every build (a change under <c>content/pages/</c> rebuilds the site): they are few.
/// </summary>
public sealed record OwnContent
{
    /// <summary>Nothing: a site of programmes only.</summary>
    public static OwnContent None { get; } = new();

    /// <summary>Every page, in site order (parents before their children, siblings by order then id).</summary>
    public ImmutableArray<Page> Pages { get; init; } = [];

    /// <summary>The home page's introduction per language; null when the site has none.</summary>
    public Translations<HomeText>? Home { get; init; }

    /// <summary>The page of an id, or null.</summary>
    public Page? Find(string id) => Pages.FirstOrDefault(p => p.Id == id);

    /// <summary>The pages directly under <paramref name="parentId"/> (null: at the top), in order.</summary>
    public IEnumerable<Page> ChildrenOf(string? parentId) => Pages.Where(p => p.ParentId == parentId);

    /// <summary>The page and its ancestors, from the top page down to it (a page whose parent is missing or in a cycle stops there).</summary>
    public IReadOnlyList<Page> Lineage(Page page)
    {
        var chain = new List<Page> { page };
        var seen = new HashSet<string>(StringComparer.Ordinal) { page.Id };
        while (chain[0].ParentId is { } parent && Find(parent) is { } up && seen.Add(up.Id))
        {
            chain.Insert(0, up);
        }

        return chain;
    }

    /// <summary>Pages in site order: each parent, then its children, depth first; siblings by order then id.</summary>
    public static ImmutableArray<Page> InSiteOrder(IEnumerable<Page> pages)
    {
        var all = pages.ToList();
        var ids = all.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Page>(all.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        void Place(string? parent)
        {
            foreach (var page in all.Where(p => (parent is null ? p.ParentId is null || !ids.Contains(p.ParentId) : p.ParentId == parent))
                         .OrderBy(p => p.Order).ThenBy(p => p.Id, StringComparer.Ordinal))
            {
                if (placed.Add(page.Id))
                {
                    result.Add(page);
                    Place(page.Id);
                }
            }
        }

        Place(null);
        // Pages in a cycle of parents (reported by the validation) are placed last, so that none is lost.
        result.AddRange(all.Where(p => !placed.Contains(p.Id)).OrderBy(p => p.Id, StringComparer.Ordinal));
        return result.ToImmutable();
    }
}
