using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;
using RazorLight.Generation;
using RazorLight.Razor;

namespace WorkPlanSite.Rendering.Templates;

/// <summary>
/// Keeps compiled templates so that only the first build after a change waits for the C# compiler. A compiled
/// template is keyed by a hash of everything its code depends on: its key, its text, the theme's
/// <c>_Imports.cshtml</c>, and the exact build of WorkPlanSite and RazorLight (whose types the code uses). A
/// template's layout and partials are templates of their own, found by key when the page renders, so a change to
/// a partial compiles that partial again and nothing else. Compiled templates are kept in this process (a preview
/// rebuild, or a test run, compiles each version of a template once), in a cache folder outside the site (see <see cref="ThemeTemplates.CacheFolder"/>), and in folders
/// shipped with the program (the installed themes compiled when the program was built), looked up in that order;
/// before all of them, among the templates compiled into the program itself (<see cref="PrecompiledTemplates"/>), by
/// the hash of their source alone.
/// </summary>
internal sealed class CompiledTemplateCache(ThemeTemplateProject project, string? writableFolder, IReadOnlyList<string> shippedFolders, bool keepSources = false)
    : ICachingProvider, IPrecompileCallback
{
    private static readonly ConcurrentDictionary<string, CompiledPage> InProcess = new(StringComparer.Ordinal);
    private static readonly Lazy<string> ToolStamp = new(() =>
        string.Join(",", new[] { typeof(CompiledTemplateCache).Assembly, typeof(RazorLightEngine).Assembly }.Select(a => a.ManifestModule.ModuleVersionId.ToString("N"))));

    private readonly ConcurrentDictionary<string, Func<ITemplatePage>> _factories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _sourceHashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, GeneratedSource> _sources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (byte[] Assembly, byte[]? Symbols)> _justCompiled = new(StringComparer.Ordinal);

    // The theme's _Imports.cshtml, part of every template's key, read once.
    private readonly Lazy<string> _imports = new(() => project.PathOf(ThemeTemplateProject.ImportsKey) is { } path ? File.ReadAllText(path) : "");
    private int _compiled;
    private int _loaded;

    /// <summary>How many templates this build compiled with the C# compiler.</summary>
    public int Compiled => _compiled;

    /// <summary>How many compiled templates this build read from a cache folder.</summary>
    public int Loaded => _loaded;

    /// <summary>The C# of each template this build compiled, by key, when asked to keep it (to compile the installed themes into the native program).</summary>
    public IReadOnlyDictionary<string, GeneratedSource> Sources => _sources;

    /// <summary>Forgets the templates compiled in this process (for specifications of the cache folders).</summary>
    internal static void ForgetInProcess() => InProcess.Clear();

    /// <inheritdoc />
    public TemplateCacheLookupResult RetrieveTemplate(string key)
    {
        if (_factories.TryGetValue(key, out var factory))
        {
            return new TemplateCacheLookupResult(new TemplateCacheItem(key, factory));
        }

        if (SourceHashOf(key) is not { } sourceHash)
        {
            return new TemplateCacheLookupResult();
        }

        // Asked for the C# of every template: none is taken already compiled.
        if (keepSources)
        {
            return new TemplateCacheLookupResult();
        }

        if (PrecompiledTemplates.Find(sourceHash) is { } precompiled)
        {
            factory = _factories.GetOrAdd(key, _ => Keyed(precompiled, key));
            return new TemplateCacheLookupResult(new TemplateCacheItem(key, factory));
        }

        // A program that cannot compile cannot load compiled assemblies either (the native one).
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            return new TemplateCacheLookupResult();
        }

        var hash = HashOf(sourceHash);
        if (InProcess.TryGetValue(hash, out var compiled))
        {
            // Compiled earlier in this process, perhaps for another cache folder: kept in this one too (a template
            // shipped with the program stays where it is).
            if (compiled.Assembly is { } assembly)
            {
                Store(hash, assembly, compiled.Symbols);
            }
        }
        else
        {
            compiled = Load(hash);
            if (compiled is null)
            {
                return new TemplateCacheLookupResult();
            }

            Interlocked.Increment(ref _loaded);
            InProcess.TryAdd(hash, compiled);
        }

        var type = compiled.Type;
        factory = _factories.GetOrAdd(key, _ => Keyed(() => (ITemplatePage)Activator.CreateInstance(type)!, key));
        return new TemplateCacheLookupResult(new TemplateCacheItem(key, factory));
    }

    /// <inheritdoc />
    public void CacheTemplate(string key, Func<ITemplatePage> pageFactory, IChangeToken expirationToken)
    {
        _factories[key] = pageFactory;
        if (SourceHashOf(key) is { } sourceHash && HashOf(sourceHash) is var hash && _justCompiled.TryRemove(hash, out var bytes))
        {
            InProcess.TryAdd(hash, new CompiledPage(pageFactory().GetType(), bytes.Assembly, bytes.Symbols));
        }
    }

    /// <summary>The page factory of a template already found or compiled by this build, or null.</summary>
    public Func<ITemplatePage>? Factory(string key) => _factories.GetValueOrDefault(key);

    /// <inheritdoc />
    public bool Contains(string key) => _factories.ContainsKey(key);

    /// <inheritdoc />
    public void Remove(string key) => _factories.TryRemove(key, out _);

    /// <summary>Called by the compiler with each template it compiled: kept in the cache folder.</summary>
    void IPrecompileCallback.Invoke(IGeneratedRazorTemplate generatedRazorTemplate, byte[] rawAssembly, byte[] rawSymbolStore)
    {
        Interlocked.Increment(ref _compiled);
        if (SourceHashOf(generatedRazorTemplate.TemplateKey) is not { } sourceHash)
        {
            return;
        }

        if (keepSources)
        {
            _sources[generatedRazorTemplate.TemplateKey] = new GeneratedSource(sourceHash, generatedRazorTemplate.GeneratedCode);
        }

        var hash = HashOf(sourceHash);

        // Kept until the engine hands over the page factory of the assembly it loads from these bytes.
        _justCompiled[hash] = (rawAssembly, rawSymbolStore);
        Store(hash, rawAssembly, rawSymbolStore);
    }

    private void Store(string hash, byte[] assembly, byte[]? symbols)
    {
        if (writableFolder is null || File.Exists(Path.Combine(writableFolder, hash + ".dll")))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(writableFolder);
            if (symbols is not null)
            {
                WriteAtomically(Path.Combine(writableFolder, hash + ".pdb"), symbols);
            }

            WriteAtomically(Path.Combine(writableFolder, hash + ".dll"), assembly);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: a folder that cannot be written is compiled again next time.
        }
    }

    /// <summary>
    /// The hash of everything a template's C# is made from (its key, its text and the theme's <c>_Imports.cshtml</c>),
    /// or null when the template does not exist: what a template compiled into the program is found by.
    /// </summary>
    internal string? SourceHashOf(string key)
    {
        if (_sourceHashes.TryGetValue(key, out var known))
        {
            return known;
        }

        if (project.PathOf(key) is not { } path)
        {
            return null;
        }

        return _sourceHashes.GetOrAdd(key, Sha256Hex($"{key}\n{_imports.Value}\0{File.ReadAllText(path)}"));
    }

    /// <summary>The hash a compiled template's assembly is kept under: its source and the exact build of WorkPlanSite and RazorLight (whose types the code uses).</summary>
    private static string HashOf(string sourceHash) => Sha256Hex($"{ToolStamp.Value}\n{sourceHash}");

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private CompiledPage? Load(string hash)
    {
        foreach (var folder in new[] { writableFolder }.Concat(shippedFolders).OfType<string>())
        {
            var assemblyPath = Path.Combine(folder, hash + ".dll");
            if (!File.Exists(assemblyPath))
            {
                continue;
            }

            var symbolsPath = Path.ChangeExtension(assemblyPath, ".pdb");
            try
            {
                // Loaded with its symbols, so that an error while rendering names the template's line. A template
                // shipped with the program is loaded from its file (the runtime finds its symbols beside it), so that
                // the machine code it was published with (ReadyToRun, see the CLI's project) is used: an assembly
                // loaded from bytes is always compiled again.
                if (folder != writableFolder)
                {
                    return AssemblyLoadContext.Default.LoadFromAssemblyPath(assemblyPath).GetCustomAttribute<RazorLightTemplateAttribute>()?.TemplateType is { } shipped
                        ? new CompiledPage(shipped, null, null)
                        : null;
                }

                var assembly = File.ReadAllBytes(assemblyPath);
                var symbols = File.Exists(symbolsPath) ? File.ReadAllBytes(symbolsPath) : null;
                if (Assembly.Load(assembly, symbols).GetCustomAttribute<RazorLightTemplateAttribute>()?.TemplateType is { } type)
                {
                    return new CompiledPage(type, assembly, symbols);
                }
            }
            catch (Exception exception) when (exception is BadImageFormatException or IOException or UnauthorizedAccessException)
            {
                // A damaged or unreadable file: the template is compiled again.
            }
        }

        return null;
    }

    /// <summary>A factory of pages that know their template's key (RazorLight finds layouts and partials relative to it).</summary>
    private static Func<ITemplatePage> Keyed(Func<ITemplatePage> make, string key) => () =>
    {
        var page = make();
        page.Key = key;
        return page;
    };

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The C# RazorLight made of a template, and the hash of the template's source.</summary>
    internal sealed record GeneratedSource(string SourceHash, string Code);

    /// <summary>A compiled template: its page type and the assembly and symbols it was loaded from (none for a template shipped with the program, loaded from its file).</summary>
    private sealed record CompiledPage(Type Type, byte[]? Assembly, byte[]? Symbols);
}
