using System.Text.RegularExpressions;

namespace WorkPlanSite.Text;

/// <summary>The one rule for ids, slugs, theme folder names and URL segments: safe in a URL and a file name on every system.</summary>
public static partial class Ids
{
    /// <summary>True for lower-case letters a-z, digits and '-', starting with a letter or a digit.</summary>
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Pattern();
}
