using System.Collections.Immutable;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;

namespace WorkPlanSite.Loading;

/// <summary>
/// Loads the site's own content beside its programmes: the pages of <c>content/pages/</c> (a folder named after a page
/// holds the pages under it) and the home page's introduction, <c>content/home.&lt;lang&gt;.md</c>.
/// </summary>
internal sealed class PageLoader(SiteContext site)
{
    /// <summary>The folder of the content that holds the pages, not a programme.</summary>
    public const string FolderName = "pages";

    /// <summary>The file stem of the home page's introduction, at the top of the content folder.</summary>
    public const string HomeStem = "home";

    private static readonly string[] NeutralKeys = ["order", "parent", OriginalLanguageReader.Key];
    private static readonly string[] TextKeys = ["title", "slug", "description"];

    /// <summary>The pages and the home page's introduction; <see cref="OwnContent.None"/> when the site has neither.</summary>
    public OwnContent Load()
    {
        var pages = new List<Page>();
        var folder = Path.Combine(site.Config.ContentDirectory, FolderName);
        if (Directory.Exists(folder))
        {
            LoadFolder(folder, null, pages);
        }

        return new OwnContent { Pages = OwnContent.InSiteOrder(pages), Home = LoadHome() };
    }

    private void LoadFolder(string folder, string? folderParent, List<Page> pages)
    {
        var items = ItemFileScanner.Scan(folder, site);
        foreach (var item in items)
        {
            if (LoadPage(item, folder, folderParent) is { } page)
            {
                if (pages.FirstOrDefault(p => p.Id == page.Id) is { } twin)
                {
                    site.Diagnostics.Error(SourcePosition.File(site.Display(item.LanguagePaths.Values.FirstOrDefault() ?? item.NeutralPath!)),
                        $"There are two pages with the id '{page.Id}'; the other is {twin.ContentPath}.",
                        "Menus and links name a page by its id: rename one of the files.");
                    continue;
                }

                pages.Add(page);
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (name.StartsWith('.'))
            {
                continue;
            }

            if (SourceText.IsLink(sub))
            {
                SourceText.ReportLink(site.Display(sub), site.Diagnostics);
                continue;
            }

            if (!items.Any(i => i.Id == name))
            {
                site.Diagnostics.Error(SourcePosition.File(site.Display(sub)), $"The folder '{name}' holds pages under a page '{name}', but there is no {name}.<language>.md beside it.",
                    $"Create {site.Display(folder)}/{name}.{site.Config.DefaultLanguage}.md, or rename the folder after the page its pages go under.");
                continue;
            }

            LoadFolder(sub, name, pages);
        }
    }

    private Page? LoadPage(ItemFiles item, string folder, string? folderParent)
    {
        YamlMap? neutral = null;
        if (item.NeutralPath is not null)
        {
            neutral = SourceFiles.ReadYaml(item.NeutralPath, site, $"{item.Id}.yaml");
            if (neutral is null)
            {
                return null;
            }

            neutral.RejectUnknownKeys(NeutralKeys);
        }

        var first = SourcePosition.File(site.Display(item.LanguagePaths.Values.FirstOrDefault() ?? item.NeutralPath!));
        var parent = folderParent;
        var parentPosition = first;
        if (neutral?.String("parent") is { } declared)
        {
            parentPosition = neutral.PositionOf("parent");
            if (folderParent is not null && declared != folderParent)
            {
                site.Diagnostics.Error(parentPosition, $"The page '{item.Id}' is in the folder of the page '{folderParent}' but names '{declared}' as its parent.",
                    $"Remove the 'parent' line (its folder says where it goes), or move the page's files into the folder of '{declared}'.");
            }
            else
            {
                parent = declared;
            }
        }

        var own = neutral is null ? null : OriginalLanguageReader.Read(neutral, site);
        var read = TranslatedItem.ReadTexts(item, site, TextKeys, ReadText);
        if (read is null)
        {
            return null;
        }

        return new Page
        {
            Id = item.Id,
            ParentId = parent,
            ParentPosition = parentPosition,
            Order = neutral?.Int("order") ?? int.MaxValue,
            ContentPath = site.Display(Path.Combine(folder, item.Id)),
            Texts = neutral is null ? read : OriginalLanguageReader.Apply(read, own, null, neutral, item.Id, site),
        };
    }

    private static PageText? ReadText(YamlMap map, MarkdownSource source)
    {
        var title = map.String("title", required: true);
        var slug = ProgrammeLoader.ReadSlug(map);
        var description = map.String("description");
        return title is null ? null : new PageText(title, slug, description, source.Body, source.Position);
    }

    private Translations<HomeText>? LoadHome()
    {
        var texts = ImmutableSortedDictionary.CreateBuilder<string, HomeText>(StringComparer.Ordinal);
        var sources = ImmutableSortedDictionary.CreateBuilder<string, TranslationSource>(StringComparer.Ordinal);
        foreach (var language in site.Config.LanguageCodes)
        {
            var path = Path.Combine(site.Config.ContentDirectory, $"{HomeStem}.{language}.md");
            if (!File.Exists(path))
            {
                continue;
            }

            // The front matter is optional: an introduction is often a paragraph and nothing else.
            var display = site.Display(path);
            var text = SourceText.Read(path, display, site.Diagnostics);
            if (text is null)
            {
                continue;
            }

            if (text.StartsWith("---\n", StringComparison.Ordinal))
            {
                if (SourceFiles.ReadMarkdown(path, site) is { } source)
                {
                    source.FrontMatter.RejectUnknownKeys([TranslationSourceReader.Key]);
                    texts[language] = new HomeText(source.Body);
                    sources[language] = TranslationSourceReader.Read(source, language, site);
                }

                continue;
            }

            texts[language] = new HomeText(new MarkdownText(text, new SourcePosition(display, 1, 1)));
            sources[language] = new TranslationSource(SourcePosition.File(display), ContentFingerprint.Of(text), null);
        }

        return texts.Count == 0 ? null : new Translations<HomeText>(texts.ToImmutable()) { Sources = sources.ToImmutable() };
    }
}
