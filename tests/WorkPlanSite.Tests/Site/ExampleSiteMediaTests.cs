using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Site;

/// <summary>
/// The example site's images: the CCRE's four "P" drawn from its programme's own text, where the programme shows
/// them (at the head of its general objective), in each language with a real text alternative; the site's mark in
/// the header. Built under a GitHub Pages sub-path.
/// </summary>
public sealed class ExampleSiteMediaTests(ExampleSiteUnderSubPath fixture) : IClassFixture<ExampleSiteUnderSubPath>
{
    private BuiltSite Site => fixture.Site;

    [Theory]
    [InlineData("fr/programmes/ccre-2021-2022/index.html", "quatre-p.svg", new[] { "Personnes", "Partenariat", "Lieux", "Planète" })]
    [InlineData("en/programmes/ccre-2021-2022/index.html", "four-p.svg", new[] { "People", "Partnership", "Places", "Planet" })]
    public void The_CCRE_general_objective_opens_with_its_four_P_drawn_with_a_text_alternative_in_the_language_of_the_page(string page, string file, string[] names)
    {
        var image = Assert.Single(Site.Page(page).QuerySelectorAll("main img"));
        Assert.Equal("/work-plans/files/ccre-2021-2022/objectives/" + file, image.GetAttribute("src"));
        Assert.All(names, name => Assert.Contains(name, image.GetAttribute("alt"), StringComparison.Ordinal));
        Assert.Equal(("480", "300"), (image.GetAttribute("width"), image.GetAttribute("height")));

        // Placed where the source has it: before the general objective's first paragraph.
        Assert.Equal("P", image.ParentElement!.TagName);
        Assert.Equal(image.ParentElement, image.ParentElement.ParentElement!.FirstElementChild);
        Assert.True(Site.Exists("files/ccre-2021-2022/objectives/" + file));

        // The drawing says in words what the alternative says.
        var drawing = Site.Text("files/ccre-2021-2022/objectives/" + file);
        Assert.All(names, name => Assert.Contains(name.ToUpperInvariant(), drawing, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_has_the_sites_mark_in_its_header_and_as_its_icon()
    {
        foreach (var page in Site.HtmlFiles.Where(f => f.StartsWith("fr/", StringComparison.Ordinal) || f.StartsWith("en/", StringComparison.Ordinal)))
        {
            var logo = Site.Page(page).QuerySelector("header .site-title img");
            Assert.True(logo is not null, page);
            Assert.Equal("WorkPlanSite", logo.GetAttribute("alt"));
            Assert.Equal("/work-plans/site/content/logo.svg", Site.Page(page).QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        }
    }
}
