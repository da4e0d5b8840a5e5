using System.Globalization;
using System.Text.RegularExpressions;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Multilingual;

/// <summary>Right-to-left languages: the page says so, and the theme's layout mirrors because it only uses logical CSS properties.</summary>
public sealed partial class RightToLeftTests
{
    private const string ArabicConfig = """
        {
          "title": { "fr": "Site", "ar": "الموقع" },
          "baseUrl": "https://example.org/sub/",
          "defaultLanguage": "fr",
          "languages": [
            { "code": "fr", "name": "Français", "locale": "fr-FR" },
            { "code": "ar", "name": "العربية", "locale": "ar-SA" }
          ],
          "buildDate": "2021-04-01"
        }
        """;

    [Fact]
    public async Task An_arabic_page_is_right_to_left_without_saying_so_and_writes_gregorian_months()
    {
        using var site = new TinySite(ArabicConfig);
        site.Delete("content/prog/programme.en.md");
        site.Delete("content/prog/objectives/obj.en.md");
        site.Delete("content/prog/activities/act.en.md");
        site.Write("content/prog/programme.ar.md", "---\ntitle: برنامج\norganisation: شبكة\nthemes:\n  people:\n    name: الناس\n---\n\nمقدمة.\n");
        site.Write("content/prog/activities/act.ar.md", "---\ntitle: نشاط\nslug: nashat\n---\n\nوصف.\n");
        site.Write("content/prog/key-dates.yaml", "- date: 2021-05-31/2021-06-04\n  title:\n    fr: Semaine verte\n    ar: الأسبوع الأخضر\n  activity: act\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = site.Built.Page("ar/programmes/prog/activities/nashat/index.html");
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("ltr", site.Built.Page("fr/programmes/prog/index.html").DocumentElement.GetAttribute("dir"));
        var french = page.QuerySelector(".language-switcher a[hreflang=fr]")!;
        Assert.Equal("fr", french.GetAttribute("lang"));

        var gregorian = (CultureInfo)CultureInfo.GetCultureInfo("ar-SA").Clone();
        gregorian.DateTimeFormat.Calendar = gregorian.OptionalCalendars.OfType<GregorianCalendar>().First();
        Assert.Contains(gregorian.DateTimeFormat.MonthNames[4], page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_theme_uses_only_logical_directions_so_it_mirrors_right_to_left()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "themes", "default", "assets", "style.css"));
        var physical = PhysicalDirection().Matches(StripComments(css)).Select(m => m.Value).ToList();
        Assert.True(physical.Count == 0, "Use logical properties (margin-inline-start, inset-inline-end, text-align: start…) instead of: " + string.Join(", ", physical));
    }

    private static string StripComments(string css) => Comment().Replace(css, "");

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"(?<![\w-])((margin|padding|border|inset)-(left|right)[\w-]*\s*:|(left|right)\s*:|(text-align|float|clear)\s*:\s*(left|right)\b|border-(top|bottom)-(left|right)-radius\s*:)")]
    private static partial Regex PhysicalDirection();
}
