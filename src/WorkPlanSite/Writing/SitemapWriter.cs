using System.Text;
using System.Xml;
using WorkPlanSite.Pages;
using WorkPlanSite.Urls;

namespace WorkPlanSite.Writing;

/// <summary>Writes <c>sitemap.xml</c> (every real page, with its language alternates) and <c>robots.txt</c>.</summary>
public static class SitemapWriter
{
    /// <summary>The sitemap of <paramref name="pages"/>: fallback pages and "not found" pages are left out.</summary>
    public static OutputFile Sitemap(IEnumerable<PageModel> pages, SiteUrls urls) => Sitemap(pages.Select(Entry).OfType<SitemapEntry>(), urls);

    /// <summary>What the sitemap keeps of <paramref name="page"/>, or null when it does not list it.</summary>
    public static SitemapEntry? Entry(PageModel page) => Lists(page) ? new SitemapEntry(page.Url, page.Head.Alternates) : null;

    /// <summary>The sitemap of <paramref name="entries"/>, in their order.</summary>
    public static OutputFile Sitemap(IEnumerable<SitemapEntry> entries, SiteUrls urls)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            xml.WriteAttributeString("xmlns", "xhtml", null, "http://www.w3.org/1999/xhtml");
            foreach (var page in entries)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", urls.Absolute(page.Url));
                foreach (var alternate in page.Alternates)
                {
                    xml.WriteStartElement("xhtml", "link", "http://www.w3.org/1999/xhtml");
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", alternate.HrefLang);
                    xml.WriteAttributeString("href", alternate.Url);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return new OutputFile("sitemap.xml", stream.ToArray());
    }

    /// <summary>True for the pages a sitemap lists: fallback pages and "not found" pages are left out.</summary>
    public static bool Lists(PageModel page) => page is not NotFoundPage and not RootPage && page.FallbackLanguage is null;

    /// <summary>A robots.txt that allows everything and names the sitemap.</summary>
    public static OutputFile Robots(SiteUrls urls) =>
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(urls.Sitemap)}\n");
}

/// <summary>A page as the sitemap lists it: its address (from the site's base path) and its language alternates.</summary>
public sealed record SitemapEntry(string Url, System.Collections.Immutable.ImmutableArray<Alternate> Alternates);
