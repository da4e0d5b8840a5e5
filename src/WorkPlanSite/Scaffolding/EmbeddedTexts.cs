namespace WorkPlanSite.Scaffolding;

/// <summary>The text files embedded in this library (its project names them <c>folder/path</c>), in ordinal order of their names.</summary>
internal static class EmbeddedTexts
{
    /// <summary>Every embedded file whose name starts with <paramref name="prefix"/>: its name after the prefix, and its text.</summary>
    public static IEnumerable<(string Name, string Text)> Under(string prefix)
    {
        var assembly = typeof(EmbeddedTexts).Assembly;
        // Resource names carry the separator of the machine that built the library.
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (resource[prefix.Length..].Replace('\\', '/'), reader.ReadToEnd());
        }
    }
}
