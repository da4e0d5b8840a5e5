namespace WorkPlanSite.Themes;

/// <summary>
/// Marks an assembly as a WorkPlanSite theme: its name (the folder under <c>themes/</c>) and its root
/// component, which takes one parameter <c>Page</c> of type <see cref="Pages.PageModel"/> and renders a whole document.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class WorkPlanSiteThemeAttribute(string name, Type rootComponent) : Attribute
{
    /// <summary>The theme's name.</summary>
    public string Name { get; } = name;

    /// <summary>The component that renders a page.</summary>
    public Type RootComponent { get; } = rootComponent;
}
