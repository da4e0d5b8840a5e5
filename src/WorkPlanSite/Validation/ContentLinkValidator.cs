using System.Collections.Immutable;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Model;
using WorkPlanSite.Rendering;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Validation;

/// <summary>
/// Checks every link that a Markdown text makes to a content file (<c>[x](../activities/a.md)</c>): the file must
/// exist and publish a page. The model stage reports the same errors as it renders the texts
/// (<see cref="MarkdownRenderer.ToHtml"/>); this check, which parses the texts without rendering them, runs when the
/// model stage does not: when the validation has already failed.
/// </summary>
internal sealed class ContentLinkValidator(SiteConfig config, MarkdownRenderer markdown, SiteUrls urls, DiagnosticBag diagnostics)
{
    /// <summary>Reports every broken link of <paramref name="programmes"/> and of the site's own pages (<paramref name="own"/>).</summary>
    public void Validate(IReadOnlyList<Programme> programmes, OwnContent? own = null)
    {
        own ??= OwnContent.None;
        var links = new ContentLinkResolver(config, programmes.Select(p => ContentLinkResolver.Index(config, p, urls)).Append(ContentLinkResolver.Index(config, own, urls)));
        Validate(links, programmes);
        foreach (var page in own.Pages)
        {
            foreach (var (language, text) in page.Texts.ByLanguage)
            {
                Check(text.Body, language, links);
            }
        }

        foreach (var (language, text) in own.Home?.ByLanguage ?? ImmutableSortedDictionary<string, HomeText>.Empty)
        {
            Check(text.Body, language, links);
        }
    }

    /// <summary>
    /// Reports every broken link of <paramref name="checkedProgrammes"/>, resolved with <paramref name="links"/> (made
    /// from every programme of the site, once: an incremental rebuild checks the changed programmes only).
    /// </summary>
    public void Validate(ContentLinkResolver links, IEnumerable<Programme> checkedProgrammes)
    {
        Parallel.ForEach(checkedProgrammes, programme =>
        {
            foreach (var (language, text) in Texts(programme))
            {
                Check(text, language, links);
            }
        });
    }

    private static IEnumerable<(string Language, MarkdownText Text)> Texts(Programme programme)
    {
        foreach (var (language, text) in programme.Texts.ByLanguage)
        {
            yield return (language, text.Introduction);
        }

        foreach (var objective in programme.Objectives)
        {
            foreach (var (language, text) in objective.Texts.ByLanguage)
            {
                yield return (language, text.ExpectedResults);
                yield return (language, text.Body);
            }
        }

        foreach (var activity in programme.Activities)
        {
            foreach (var (language, text) in activity.Texts.ByLanguage)
            {
                yield return (language, text.ExpectedResults);
                yield return (language, text.Body);
            }
        }
    }

    private void Check(MarkdownText text, string language, ContentLinkResolver links)
    {
        if (text.IsEmpty || text.Origin.Path is not { } file || markdown.Parse(text, diagnostics) is not { } document)
        {
            return;
        }

        foreach (var link in MarkdownRenderer.Links(document, text))
        {
            if (link.Inline.Url is { } url && ContentLinkResolver.IsContentLink(url)
                && links.Resolve(url, file, language) is { Problem: { } problem } resolution)
            {
                diagnostics.Error(link.Position, problem, resolution.Hint);
            }
        }
    }
}
