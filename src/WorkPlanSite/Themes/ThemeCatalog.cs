using System.Reflection;
using System.Runtime.Loader;

namespace WorkPlanSite.Themes;

/// <summary>
/// Finds compiled themes: assemblies named <c>WorkPlanSite.Themes.*</c> next to the program, each marked
/// with <see cref="WorkPlanSiteThemeAttribute"/>. Themes are Razor components, compiled with the program.
/// </summary>
public static class ThemeCatalog
{
    private static readonly Lazy<IReadOnlyList<WorkPlanSiteThemeAttribute>> All = new(Discover);

    /// <summary>The names of the installed themes.</summary>
    public static IEnumerable<string> Names => All.Value.Select(t => t.Name).Order(StringComparer.Ordinal);

    /// <summary>The root component of the theme called <paramref name="name"/>, or null.</summary>
    public static Type? RootComponent(string name) =>
        All.Value.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal))?.RootComponent;

    private static IReadOnlyList<WorkPlanSiteThemeAttribute> Discover()
    {
        // Test hosts can load an assembly twice (in different contexts): the first one wins.
        var loaded = AppDomain.CurrentDomain.GetAssemblies()
            .GroupBy(a => a.GetName().Name ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var assemblies = new List<Assembly>();
        foreach (var path in Directory.EnumerateFiles(AppContext.BaseDirectory, "WorkPlanSite.Themes.*.dll").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            assemblies.Add(loaded.TryGetValue(name, out var assembly) ? assembly : AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(name)));
        }

        return assemblies.SelectMany(a => a.GetCustomAttributes<WorkPlanSiteThemeAttribute>()).ToList();
    }
}
