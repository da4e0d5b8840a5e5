using RazorLight.Razor;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Rendering.Templates;

/// <summary>
/// Where RazorLight finds a theme's templates: a template's key is its path under <c>templates/</c> (for example
/// <c>partials/Head.cshtml</c>), looked up file by file through the theme's layers, so that a site's copy of one
/// template replaces the installed one and the others stay. <c>_Imports.cshtml</c> is read before every template.
/// </summary>
internal sealed class ThemeTemplateProject(ThemeFiles theme) : RazorLightProject
{
    /// <summary>The folder of templates in a theme.</summary>
    public const string Folder = "templates";

    /// <summary>The template read before every other one: namespaces and base class.</summary>
    public const string ImportsKey = "_Imports.cshtml";

    /// <summary>The theme.</summary>
    public ThemeFiles Theme { get; } = theme;

    /// <summary>The full path of the template <paramref name="key"/>, or null when no layer has it.</summary>
    public string? PathOf(string key) => Theme.Find(Folder + "/" + key);

    /// <summary>The keys of every template of the theme (all layers), <c>_Imports.cshtml</c> excepted.</summary>
    public IReadOnlyList<string> Keys() => Theme.Files(Folder)
        .Where(p => p.EndsWith(".cshtml", StringComparison.Ordinal))
        .Select(p => p[(Folder.Length + 1)..])
        .Where(k => k != ImportsKey)
        .ToList();

    /// <summary>A template's path as messages show it (<c>themes/default/templates/Layout.cshtml</c>).</summary>
    public string Display(string key) => PathOf(key) is { } path ? Theme.Display(path) : $"{ThemesFolderOf(Theme)}/{Folder}/{key}";

    /// <inheritdoc />
    public override Task<RazorLightProjectItem> GetItemAsync(string templateKey) =>
        Task.FromResult<RazorLightProjectItem>(new Item(templateKey, PathOf(templateKey)));

    /// <inheritdoc />
    public override Task<IEnumerable<RazorLightProjectItem>> GetImportsAsync(string templateKey) =>
        Task.FromResult<IEnumerable<RazorLightProjectItem>>(PathOf(ImportsKey) is { } path ? [new Item(ImportsKey, path)] : []);

    /// <inheritdoc />
    public override Task<IEnumerable<string>> GetKnownKeysAsync() => Task.FromResult<IEnumerable<string>>(Keys());

    private static string ThemesFolderOf(ThemeFiles theme) => $"{ThemeFiles.ThemesFolder}/{theme.Name}";

    /// <summary>A template file as RazorLight reads it.</summary>
    private sealed class Item(string key, string? path) : RazorLightProjectItem
    {
        public override string Key => key;

        public override bool Exists => path is not null;

        public override Stream Read() => File.OpenRead(path!);
    }
}
