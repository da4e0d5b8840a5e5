using System.Collections.Frozen;
using RazorLight;

namespace WorkPlanSite.Rendering.Templates;

/// <summary>
/// The installed themes' templates compiled into the program itself, as C# (the native program, see
/// <c>src/WorkPlanSite.Native</c>): a page factory for each template, under the hash of the template's source
/// (<see cref="CompiledTemplateCache.SourceHashOf"/>). A template whose file still has that source is made by its
/// factory; a template the site changed, or a theme the program was not built with, is compiled as usual, by the
/// program that can compile (the native one hands such a build to it, see <see cref="TemplateCompilerUnavailableException"/>).
/// </summary>
public static class PrecompiledTemplates
{
    private static FrozenDictionary<string, Func<ITemplatePage>> _factories = FrozenDictionary<string, Func<ITemplatePage>>.Empty;

    /// <summary>
    /// Installs the program's compiled templates, by source hash. Called once by the native program's entry point
    /// before anything else runs: what a program was built with is as fixed as the folder it is installed in.
    /// </summary>
    public static void Install(IReadOnlyDictionary<string, Func<ITemplatePage>> factories) =>
        _factories = factories.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The factory of the compiled template whose source has the hash <paramref name="sourceHash"/>, or null.</summary>
    internal static Func<ITemplatePage>? Find(string sourceHash) => _factories.GetValueOrDefault(sourceHash);
}

/// <summary>
/// Thrown, before anything is written, when a build needs to compile a template (a site's own copy, or a theme not
/// compiled into the program) and this program cannot: the native program, which then hands the command to the
/// program that can (<c>WorkPlanSite.Cli</c>, installed beside it).
/// </summary>
public sealed class TemplateCompilerUnavailableException(IReadOnlyList<string> keys)
    : InvalidOperationException($"These templates need the C# compiler: {string.Join(", ", keys)}.")
{
    /// <summary>The keys of the templates to compile.</summary>
    public IReadOnlyList<string> Keys { get; } = keys;
}
