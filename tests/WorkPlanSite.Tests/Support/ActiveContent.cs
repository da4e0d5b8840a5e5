using AngleSharp.Dom;
using WorkPlanSite.Rendering;

namespace WorkPlanSite.Tests.Support;

/// <summary>Finds anything on a page that could run code or load another document: what content must never produce.</summary>
internal static class ActiveContent
{
    private static readonly string[] Forbidden = ["iframe", "frame", "frameset", "object", "embed", "applet", "form", "style", "base", "svg", "math", "portal", "input", "button", "textarea", "select"];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "cite", "background", "poster", "srcset", "xlink:href", "lowsrc", "dynsrc"];

    /// <summary>
    /// Every problem of <paramref name="page"/>: forbidden elements, <c>on*</c> attributes, script URLs, and scripts other
    /// than JSON-LD data and the theme's own (given by their exact text in <paramref name="themeScripts"/>, which also holds the
    /// exact markup of the theme's own controls).
    /// </summary>
    public static IReadOnlyList<string> Find(IDocument page, IReadOnlySet<string> themeScripts)
    {
        var problems = new List<string>();
        foreach (var element in page.All)
        {
            var name = element.LocalName;
            // The theme's own controls (a button, a search form) are allowed as a clean site has them, exactly.
            if (Forbidden.Contains(name) && !themeScripts.Contains(element.OuterHtml))
            {
                problems.Add($"<{name}> element");
            }

            if (name == "script")
            {
                var type = element.GetAttribute("type");
                if (type == "application/ld+json")
                {
                    if (element.TextContent.Contains('<', StringComparison.Ordinal) || element.HasAttribute("src"))
                    {
                        problems.Add("JSON-LD with '<' or src: " + element.OuterHtml);
                    }
                }
                else if (!themeScripts.Contains(element.TextContent) || element.HasAttribute("src"))
                {
                    problems.Add("script not from the theme: " + element.OuterHtml);
                }
            }

            if (name == "meta" && element.GetAttribute("http-equiv") is { } equiv && equiv.Equals("refresh", StringComparison.OrdinalIgnoreCase)
                && element.GetAttribute("content") is { } content && content.Split("url=", 2) is [_, var target] && !UrlScheme.IsSafe(target, image: false))
            {
                problems.Add("refresh to " + content);
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{attribute.Name} attribute on <{name}>");
                }

                // The theme's own style attributes are custom properties (--columns: 12, --site-origin: 'https://host') and Markdig's table alignment (with its semicolon, or without it once sanitized).
                if (attribute.Name == "srcdoc" || (attribute.Name == "style" && !System.Text.RegularExpressions.Regex.IsMatch(attribute.Value, "^(text-align: (left|right|center);?|--columns: [0-9]+|--site-origin: 'https?://[A-Za-z0-9.:-]*')$")))
                {
                    problems.Add($"{attribute.Name} attribute on <{name}>: {attribute.Value}");
                }

                if (UrlAttributes.Contains(attribute.Name) && !UrlScheme.IsSafe(attribute.Value, image: name == "img" && attribute.Name == "src"))
                {
                    problems.Add($"{attribute.Name}=\"{attribute.Value}\" on <{name}>");
                }
            }
        }

        return problems;
    }
}
