using System.Text;
using WorkPlanSite.Building;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>
/// Activities are listed in the author's order (<c>order</c>, then id) under their objective, whatever themes they are tied to
/// (the programme page's theme section lists a theme's own activities apart).
/// </summary>
public sealed class ActivityOrderTests
{
    [Theory]
    [InlineData("en/programmes/prog/objectives/obj/index.html")]
    [InlineData("en/programmes/prog/timeline/index.html")]
    public async Task An_activity_tied_to_a_theme_does_not_jump_ahead_of_an_earlier_one_that_is_not(string page)
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: obj\nperiod: 2021-03/2021-06\n");
        site.Write("content/prog/activities/themed.yaml", "code: \"1.2\"\norder: 2\nobjective: obj\nthemes: [people]\nperiod: 2021-03/2021-06\n");
        site.Write("content/prog/activities/themed.fr.md", "---\ntitle: Activité thématique\n---\n\nTexte.\n");
        site.Write("content/prog/activities/themed.en.md", "---\ntitle: Themed activity\n---\n\nText.\n");

        var rendered = await new SiteBuilder().RenderAsync(site.Options);

        Assert.True(rendered.Result.Succeeded, string.Join("\n", rendered.Result.Diagnostics));
        var html = Encoding.UTF8.GetString(rendered.Files.Single(f => f.RelativePath == page).Content.Span);
        var first = html.IndexOf(">Activity<", StringComparison.Ordinal) is var i and >= 0 ? i : html.IndexOf("Activity</", StringComparison.Ordinal);
        var second = html.IndexOf("Themed activity", StringComparison.Ordinal);
        Assert.True(first >= 0 && second >= 0, $"both activities are on {page}");
        Assert.True(first < second, $"1.1 comes before 1.2 on {page}");
    }
}
