using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Validation;

/// <summary>
/// Checks the site's own pages together: each parent exists and no page is its own ancestor, and no two pages (nor a
/// page and the programmes' section) have the same address in a language.
/// </summary>
internal sealed class PageValidator(SiteConfig config, SiteUrls urls, DiagnosticBag diagnostics)
{
    private readonly AvailabilityPolicy _availability = new(config);

    // As for a programme's items: a missing translation is a warning that says what the site does about it. A file that
    // is there but could not be read has its own errors.
    private void CheckTranslations(Page page)
    {
        var position = page.Texts.Sources.Values.FirstOrDefault()?.File ?? page.ParentPosition;
        foreach (var language in config.LanguageCodes.Where(l => !page.Texts.Has(l) && !File.Exists(Path.Combine(config.RootDirectory, $"{page.ContentPath}.{l}.md"))))
        {
            var action = config.MissingTranslations == MissingTranslationMode.Fallback
                ? "its page in that language shows the original text with a notice"
                : "it is left out of that language";
            diagnostics.Warning(position, $"The page '{page.Id}' has no translation in '{language}': {action}.", $"Add {Path.GetFileName(page.ContentPath)}.{language}.md beside it.");
        }
    }

    /// <summary>Reports every problem of <paramref name="content"/>'s pages.</summary>
    public void Validate(OwnContent content)
    {
        var ids = content.Pages.Select(p => p.Id).ToList();
        foreach (var page in content.Pages)
        {
            CheckTranslations(page);
            if (page.ParentId is not { } parent)
            {
                continue;
            }

            if (content.Find(parent) is null)
            {
                diagnostics.Error(page.ParentPosition, $"The page '{page.Id}' goes under the page '{Text.Ids.Shorten(parent)}', which does not exist.",
                    Text.Suggestions.DidYouMean(parent, ids) ?? $"Name one of the pages ({string.Join(", ", ids.Take(10))}), or remove the 'parent' line.");
            }
            else if (content.Lineage(page)[0].ParentId is not null)
            {
                diagnostics.Error(page.ParentPosition, $"The page '{page.Id}' is among its own parents: its parents lead back to it.",
                    "Give one of these pages no parent, or another one.");
            }
        }

        foreach (var language in config.LanguageCodes)
        {
            var taken = new Dictionary<string, Page>(StringComparer.Ordinal);
            var section = $"{urls.Home(language)}{config.Language(language).Paths.Programmes}/";
            foreach (var page in content.Pages.Where(p => _availability.Of(content, p, language) is not null))
            {
                var url = urls.Page(content, page, language);
                var position = page.Texts.Get(language)?.Position ?? page.ParentPosition;
                if (url == section)
                {
                    diagnostics.Error(position, $"The page '{page.Id}' would have the address of the programmes' section ({url}) in '{language}'.",
                        "Give it another slug in its front matter ('slug: …').");
                }
                else if (taken.TryGetValue(url, out var other))
                {
                    diagnostics.Error(position, $"The pages '{other.Id}' and '{page.Id}' would have the same address in '{language}' ({url}).",
                        "Give one of them another slug in its front matter ('slug: …').");
                }
                else
                {
                    taken[url] = page;
                }
            }
        }
    }
}
