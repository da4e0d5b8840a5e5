using System.Text.RegularExpressions;

namespace WorkPlanSite.Text;

/// <summary>The one rule for ids, slugs, theme folder names and URL segments: safe in a URL and a file name on every system.</summary>
public static partial class Ids
{
    /// <summary>Longest id or slug: it becomes a folder name of the output, and file systems refuse long names and paths.</summary>
    public const int MaxLength = 80;

    /// <summary>The rule in words, for messages.</summary>
    public const string Rule = "may only hold lower-case letters a-z, digits and '-', must start with a letter or a digit, and is at most 80 characters long";

    /// <summary>True for lower-case letters a-z, digits and '-', starting with a letter or a digit, at most <see cref="MaxLength"/> characters.</summary>
    public static bool IsValid(string id) => id.Length <= MaxLength && Pattern().IsMatch(id);

    /// <summary>A value as messages quote it: long values are cut, so that a pasted paragraph does not flood the report.</summary>
    public static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "…";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Pattern();
}
