using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Progress;

/// <summary>Writes activities with progress into a <see cref="TinySite"/>.</summary>
internal static class ProgressSite
{
    /// <summary>A tiny site built on <paramref name="buildDate"/> (YYYY-MM-DD).</summary>
    public static TinySite On(string buildDate) =>
        new(TinySite.DefaultConfig.Replace("\"2021-04-01\"", $"\"{buildDate}\"", StringComparison.Ordinal));

    /// <summary>Replaces or adds the activity <paramref name="id"/>: its language-neutral lines, and a title in French and English.</summary>
    public static void Activity(this TinySite site, string id, string neutral, string frenchFrontMatter = "", string englishFrontMatter = "")
    {
        site.Write($"content/prog/activities/{id}.yaml", neutral);
        site.Write($"content/prog/activities/{id}.fr.md", $"---\ntitle: Activité {id}\nslug: activite-{id}\n{frenchFrontMatter}---\n\nTexte.\n");
        site.Write($"content/prog/activities/{id}.en.md", $"---\ntitle: Activity {id}\n{englishFrontMatter}---\n\nText.\n");
    }

    /// <summary>Adds a specific objective <paramref name="id"/> with a title in French and English.</summary>
    public static void Objective(this TinySite site, string id, string neutral)
    {
        site.Write($"content/prog/objectives/{id}.yaml", neutral);
        site.Write($"content/prog/objectives/{id}.fr.md", $"---\ntitle: Objectif {id}\nslug: objectif-{id}\n---\n\nTexte.\n");
        site.Write($"content/prog/objectives/{id}.en.md", $"---\ntitle: Objective {id}\n---\n\nText.\n");
    }
}
