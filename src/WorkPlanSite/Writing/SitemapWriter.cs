using System.Text;
using WorkPlanSite.Pages;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Writing;

/// <summary>
/// Writes <c>sitemap.xml</c> (every real page, with its language alternates) and <c>robots.txt</c>. The sitemap is
/// put together from parts, one per programme and language, written once when the programme is published: a rebuild
/// that keeps a programme keeps its part, and a site of 10,000 pages is not written element by element again.
/// </summary>
internal static class SitemapWriter
{
    /// <summary>The sitemap's path in the site.</summary>
    public const string FileName = "sitemap.xml";

    private const string Header = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns:xhtml=\"http://www.w3.org/1999/xhtml\" xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
    private const string Footer = "\n</urlset>";

    /// <summary>The sitemap of <paramref name="pages"/>: fallback pages and "not found" pages are left out.</summary>
    public static OutputFile Sitemap(IEnumerable<PageModel> pages, SiteUrls urls) => Sitemap([Part(pages.Select(Entry).OfType<SitemapEntry>(), urls)]);

    /// <summary>What the sitemap keeps of <paramref name="page"/>, or null when it does not list it.</summary>
    public static SitemapEntry? Entry(PageModel page) => Lists(page) ? new SitemapEntry(page.Url, page.Head.Alternates) : null;

    /// <summary>The sitemap made of <paramref name="parts"/> (each from <see cref="Part"/>), in their order.</summary>
    public static OutputFile Sitemap(IEnumerable<string> parts)
    {
        var text = new StringBuilder(Header);
        foreach (var part in parts)
        {
            text.Append(part);
        }

        return OutputFile.Text(FileName, text.Append(Footer).ToString());
    }

    /// <summary>The <c>url</c> elements of <paramref name="entries"/>, in their order, as they stand in the sitemap.</summary>
    public static string Part(IEnumerable<SitemapEntry> entries, SiteUrls urls)
    {
        var xml = new StringBuilder();
        foreach (var page in entries)
        {
            xml.Append("\n  <url>\n    <loc>");
            Escape(xml, urls.Absolute(page.Url), attribute: false);
            xml.Append("</loc>");
            foreach (var alternate in page.Alternates)
            {
                xml.Append("\n    <xhtml:link rel=\"alternate\" hreflang=\"");
                Escape(xml, alternate.HrefLang, attribute: true);
                xml.Append("\" href=\"");
                Escape(xml, alternate.Url, attribute: true);
                xml.Append("\" />");
            }

            xml.Append("\n  </url>");
        }

        return xml.ToString();
    }

    // As an XML writer escapes text and attribute values.
    private static void Escape(StringBuilder xml, string text, bool attribute)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => xml.Append("&amp;"),
                '<' => xml.Append("&lt;"),
                '>' => xml.Append("&gt;"),
                '"' when attribute => xml.Append("&quot;"),
                '\n' when attribute => xml.Append("&#xA;"),
                '\r' => xml.Append("&#xD;"),
                '\t' when attribute => xml.Append("&#x9;"),
                _ => xml.Append(c),
            };
        }
    }

    /// <summary>True for the pages a sitemap lists: fallback pages and "not found" pages are left out.</summary>
    public static bool Lists(PageModel page) => page is not NotFoundPage and not RootPage && page.FallbackLanguage is null;

    /// <summary>A robots.txt that allows everything and names the sitemap.</summary>
    public static OutputFile Robots(SiteUrls urls) =>
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(urls.Sitemap)}\n");
}

/// <summary>A page as the sitemap lists it: its address (from the site's base path) and its language alternates.</summary>
internal sealed record SitemapEntry(string Url, System.Collections.Immutable.ImmutableArray<Alternate> Alternates);
