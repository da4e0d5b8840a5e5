namespace WorkPlanSite.Text;

/// <summary>Shortens a text for a summary or a meta description.</summary>
internal static class Excerpt
{
    /// <summary>
    /// <paramref name="text"/> when it fits in <paramref name="max"/> characters; otherwise cut at the last space
    /// before the limit and followed by "…", or cut hard when a single word is that long (a pasted address).
    /// </summary>
    public static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var limit = max - 3;
        var space = text.LastIndexOf(' ', limit);
        var cut = space > 0 ? space : limit;
        // Never split a surrogate pair.
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
