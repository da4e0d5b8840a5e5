using System.Text;
using AngleSharp.Html.Parser;
using WorkPlanSite.Building;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>
/// A programme's introduction places the lists the site makes (lines of action, key dates, specific objectives) where
/// the programme's own text has them, with <c>{{ lines-of-action }}</c>, <c>{{ key-dates }}</c> or
/// <c>{{ objectives }}</c> on a line of its own: a heading that promises a list is followed by it, never by nothing. A programme whose key dates are all past shows them as past.
/// </summary>
public sealed class PlacedListsTests
{
    private static readonly HtmlParser Parser = new();

    private const string Introduction = "Introduction.\n\n## Lines of action for two years\n\n{{ lines-of-action }}\n\n## Key dates in 2021\n\nWe will mobilise our members.\n\n{{ key-dates }}\n\n## Annex\n\n{{ objectives }}\n";

    private static TinySite SiteWithPlacedLists()
    {
        var site = new TinySite();
        site.Write("content/prog/programme.en.md", "---\ntitle: Programme EN\norganisation: Network\nthemes:\n  people:\n    name: People\n    linesOfAction:\n      - Gender mainstreaming\n---\n\n" + Introduction);
        return site;
    }

    [Fact]
    public async Task A_heading_that_promises_a_list_is_followed_by_it_and_the_list_is_not_shown_again_further_down()
    {
        using var site = SiteWithPlacedLists();

        var rendered = await new SiteBuilder().RenderAsync(site.Options);

        Assert.True(rendered.Result.Succeeded, string.Join("\n", rendered.Result.Diagnostics));
        var page = Parser.ParseDocument(Encoding.UTF8.GetString(rendered.Files.Single(f => f.RelativePath == "en/programmes/prog/index.html").Content.Span));
        Assert.DoesNotContain("{{", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["People", "Gender mainstreaming"], NextList(page, "Lines of action for two years").QuerySelectorAll("h3, li").Select(e => e.TextContent.Trim()));
        Assert.Equal(["Green Week"], NextList(page, "Key dates in 2021").QuerySelectorAll(".key-date__title").Select(e => e.TextContent));
        Assert.Equal("/sub/en/programmes/prog/objectives/obj/", NextList(page, "Annex").QuerySelector("section.objective h3 a")!.GetAttribute("href"));

        // Placed, they are not repeated: no objectives section, and the themes keep their names without their lines.
        Assert.Null(page.GetElementById("objectives"));
        Assert.Single(page.QuerySelectorAll("section.objective"));
        Assert.Single(page.QuerySelectorAll("li"), li => li.TextContent.Trim() == "Gender mainstreaming");
        Assert.NotNull(page.QuerySelector("#themes ~ ul .theme h3"));
    }

    [Fact]
    public void The_programme_view_splits_the_introduction_where_each_list_goes()
    {
        using var site = SiteWithPlacedLists();

        var programme = PlannedProgramme.Pages(site, "en").OfType<ProgrammePage>().Single().Programme;

        Assert.Equal([GeneratedList.LinesOfAction, GeneratedList.KeyDates, GeneratedList.Objectives, null], programme.IntroductionParts.Select(p => p.ListAfter).ToList());
        Assert.EndsWith("Lines of action for two years</h2>", programme.IntroductionParts[0].Html.TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith("We will mobilise our members.</p>", programme.IntroductionParts[1].Html.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("{{", string.Concat(programme.IntroductionParts.Select(p => p.Html)), StringComparison.Ordinal);
        Assert.True(programme.Places(GeneratedList.KeyDates));
        Assert.False(PlannedProgramme.Pages(site, "fr").OfType<ProgrammePage>().Single().Programme.Places(GeneratedList.KeyDates));
    }

    [Theory]
    [InlineData("{{ key-date }}", "'{{ key-date }}' is not a list the site can place", "key-dates")]
    [InlineData("{{ lines-of-action }}", "has no lines of action to place", "linesOfAction")]
    [InlineData("{{ general-objective }}", "has no general objective to place", "kind: general")]
    public async Task A_placeholder_the_site_cannot_fill_is_an_error_at_its_line(string placeholder, string message, string hint)
    {
        using var site = new TinySite();
        site.Write("content/prog/programme.fr.md", "---\ntitle: Programme\norganisation: Réseau\nthemes:\n  people:\n    name: Personnes\n---\n\nIntroduction.\n\n" + placeholder + "\n");

        var result = await site.CheckAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal("content/prog/programme.fr.md", error.Position.Path);
        Assert.Equal(11, error.Position.Line);
        Assert.Equal(1, error.Position.Column);
        Assert.Contains(hint, error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_text_between_double_braces_stays_text()
    {
        using var site = new TinySite();
        site.Write("content/prog/programme.en.md", "---\ntitle: Programme EN\norganisation: Network\nthemes:\n  people:\n    name: People\n---\n\n{{ 1 + 1 }}\n");

        var rendered = await new SiteBuilder().RenderAsync(site.Options);

        Assert.True(rendered.Result.Succeeded, string.Join("\n", rendered.Result.Diagnostics));
        Assert.Contains("{{ 1 + 1 }}", Encoding.UTF8.GetString(rendered.Files.Single(f => f.RelativePath == "en/programmes/prog/index.html").Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_programme_whose_key_dates_are_all_past_shows_them_as_past()
    {
        using var site = new TinySite(TinySite.DefaultConfig.Replace("2021-04-01", "2023-01-15", StringComparison.Ordinal));

        var page = PlannedProgramme.Pages(site, "en").OfType<ProgrammePage>().Single();

        Assert.Empty(page.UpcomingKeyDates);
        Assert.Equal(["Green Week"], page.PastKeyDates.Select(k => k.Title).ToList());
    }

    [Fact]
    public void A_programme_with_key_dates_to_come_lists_those_only()
    {
        using var site = new TinySite();

        var page = PlannedProgramme.Pages(site, "en").OfType<ProgrammePage>().Single();

        Assert.Equal(["Green Week"], page.UpcomingKeyDates.Select(k => k.Title).ToList());
        Assert.Empty(page.PastKeyDates);
    }

    /// <summary>The list the site placed after the heading with this text: the first placed list after it in the page, before the next heading.</summary>
    internal static AngleSharp.Dom.IElement NextList(AngleSharp.Dom.IDocument page, string heading)
    {
        var all = page.All.ToList();
        var start = all.IndexOf(all.Single(e => e.LocalName == "h2" && e.TextContent.Trim() == heading));
        foreach (var element in all.Skip(start + 1))
        {
            if (element.LocalName == "h2")
            {
                break;
            }

            if (element.ClassList.Contains("placed-list"))
            {
                return element;
            }
        }

        throw new Xunit.Sdk.XunitException($"No list follows '{heading}'.");
    }
}
