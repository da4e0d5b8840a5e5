using System.Dynamic;
using RazorLight;

namespace WorkPlanSite.Rendering.Templates;

/// <summary>
/// The context a theme's page renders in, which also renders the templates the page includes. RazorLight's own
/// include hands the page's <c>ViewBag</c>, typed <c>dynamic</c>, to the engine, which makes every include a dynamic
/// call: the C# runtime binder and expression compiler loaded and compiled on the first page of every build, a
/// tenth of a small site's build. <see cref="ThemePage{TModel}"/> includes through this context instead.
/// A layout renders in its page's context, so its includes come here too.
/// </summary>
internal sealed class ThemePageContext(ExpandoObject viewBag, ThemeRenderHandler handler, TemplateRenderer renderer) : PageContext(viewBag)
{
    /// <summary>The bag shared by a page, its layout and its partials.</summary>
    public ExpandoObject Bag { get; } = viewBag;

    /// <summary>Renders the template <paramref name="key"/> with <paramref name="model"/> where the including template is writing.</summary>
    public Task IncludeAsync(string key, object? model) => handler.IncludeAsync(key, model, Writer, Bag, renderer);
}
