using System.Net;
using System.Text;

namespace WorkPlanSite.Serving;

/// <summary>
/// What the preview server adds to the HTML pages it serves, and only to them (built files never contain it):
/// the live-reload script and, while the last rebuild has errors, a banner listing them.
/// </summary>
internal static class PreviewPage
{
    /// <summary>The address of the event stream, outside any base path.</summary>
    public const string EventsPath = "/__workplansite/events";

    /// <summary>The marker around what the preview adds, so that tests and people can tell it apart.</summary>
    public const string Marker = "workplansite-preview";

    // Reloads when this page, a stylesheet or a script, or the error state changed. The page's address is
    // compared without its index.html, as the server names changed pages.
    private const string Script = """
        <script id="workplansite-preview">
        (() => {
          const here = location.pathname.replace(/index\.html$/, "");
          const events = new EventSource("/__workplansite/events");
          events.addEventListener("reload", e => {
            const data = JSON.parse(e.data);
            if (data.all || document.getElementById("workplansite-errors")
                || data.changed.some(url => url === here || /\.(css|js)$/.test(url))) {
              location.reload();
            }
          });
          events.addEventListener("error", () => location.reload());
        })();
        </script>
        """;

    /// <summary>Adds the reload script, and the error banner when there are errors, before <c>&lt;/body&gt;</c>.</summary>
    public static byte[] Decorate(ReadOnlySpan<byte> html, IReadOnlyList<string> errors)
    {
        var text = Encoding.UTF8.GetString(html);
        var insert = new StringBuilder();
        if (errors.Count > 0)
        {
            insert.Append(ErrorBanner(errors));
        }

        insert.Append(Script);
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = end < 0 ? text + insert : text.Insert(end, insert.ToString());
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>A page of its own for when no site has been built yet (the first build failed).</summary>
    public static byte[] ErrorPage(IReadOnlyList<string> errors) => Decorate(Encoding.UTF8.GetBytes(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>WorkPlanSite preview: errors</title></head><body>\n<h1>The site could not be built</h1>\n<p>Fix the problems below; this page reloads by itself.</p>\n</body></html>\n"),
        errors);

    /// <summary>The error banner: every message HTML-escaped, fixed over the page so the page stays readable below it.</summary>
    public static string ErrorBanner(IReadOnlyList<string> errors)
    {
        var banner = new StringBuilder();
        banner.Append("<section id=\"workplansite-errors\" role=\"alert\" lang=\"en\" style=\"position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;z-index:2147483647;margin:0;padding:1rem 1.25rem;background:#fff4f4;color:#5c0000;border-top:4px solid #b00020;font:14px/1.4 system-ui,sans-serif;box-shadow:0 -2px 12px rgba(0,0,0,.25)\">");
        banner.Append("<h2 style=\"margin:0 0 .5rem;font-size:1rem\">The last change could not be built: the previous version of the site is shown.</h2><ul style=\"margin:0;padding-left:1.25rem\">");
        foreach (var error in errors)
        {
            banner.Append("<li><pre style=\"margin:0 0 .25rem;white-space:pre-wrap;font:13px/1.4 ui-monospace,monospace\">")
                .Append(WebUtility.HtmlEncode(error))
                .Append("</pre></li>");
        }

        banner.Append("</ul></section>\n");
        return banner.ToString();
    }
}
