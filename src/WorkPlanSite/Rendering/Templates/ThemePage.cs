using RazorLight;

namespace WorkPlanSite.Rendering.Templates;

/// <summary>
/// The base class of every template of a theme (named by <c>@inherits</c> in the theme's <c>_Imports.cshtml</c>):
/// a RazorLight page whose <c>@Model</c> is the template's model, which writes text with WorkPlanSite's encoder, and
/// which lets a page tell its layout the class of the body.
/// </summary>
/// <typeparam name="TModel">The template's model: a page model of <see cref="Pages"/>, or a partial's model.</typeparam>
public abstract class ThemePage<TModel> : TemplatePage<TModel>
{
    private const string BodyClassKey = "BodyClass";

    /// <summary>Creates the page with <see cref="TemplateEncoder"/>: every language's letters written as themselves, what HTML requires escaped.</summary>
    protected ThemePage()
    {
        HtmlEncoder = TemplateEncoder.Instance;
    }

    /// <summary>
    /// The class of the page's body, set by a page and read by its layout. Kept in the render's shared bag under a
    /// name rather than through <c>ViewBag</c>, whose dynamic binding costs more than the rest of a small page.
    /// </summary>
    public string? BodyClass
    {
        get => Bag.TryGetValue(BodyClassKey, out var value) ? value as string : null;
        set => Bag[BodyClassKey] = value;
    }

    /// <summary>
    /// Renders the template <paramref name="key"/> (a partial) with <paramref name="model"/> here. In a theme's render
    /// it goes straight to the renderer, binding nothing at run time (see <see cref="ThemePageContext"/>); elsewhere
    /// it is RazorLight's own include.
    /// </summary>
    public new Task IncludeAsync(string key, object? model = null) =>
        PageContext is ThemePageContext themed ? themed.IncludeAsync(key, model) : base.IncludeAsync(key, model!);

    private IDictionary<string, object?> Bag => PageContext is ThemePageContext themed ? themed.Bag : (IDictionary<string, object?>)(object)PageContext.ViewBag;
}
