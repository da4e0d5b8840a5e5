using WorkPlanSite.Pages;
using WorkPlanSite.Rendering.Templates;

namespace WorkPlanSite.Tests.Themes;

/// <summary>Every kind of page has its template key: the list the theme is checked against names them all.</summary>
public sealed class PageTemplateListTests
{
    [Fact]
    public void Every_kind_of_page_of_the_model_is_in_the_list_of_page_templates()
    {
        var kinds = typeof(PageModel).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal);

        Assert.Equal(kinds, ThemeTemplates.PageTemplates.Values.OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.Equal("pages/Home.cshtml", ThemeTemplates.KeyOf(typeof(HomePage)));
    }
}
