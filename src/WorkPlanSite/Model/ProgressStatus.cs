using System.Collections.Immutable;

namespace WorkPlanSite.Model;

/// <summary>What a status means for the roll-up and for lateness, whatever the site calls it.</summary>
public enum StatusRole
{
    /// <summary>Not finished: counts in the roll-up, and is late once its planned period is over.</summary>
    Open,

    /// <summary>Finished: counts in the roll-up, never late.</summary>
    Completed,

    /// <summary>Dropped: left out of the roll-up, never late.</summary>
    Cancelled,
}

/// <summary>
/// A status an activity can have (<c>status: under-way</c>). <see cref="Label"/> is empty for the default statuses,
/// whose names are UI strings of the theme (<see cref="UiStringKey"/>); a site that renames or adds a status gives
/// its label per language in <c>site.config.json</c>.
/// </summary>
/// <param name="Key">What authors write after <c>status:</c>.</param>
/// <param name="Label">The name per language given by the site, or empty to use the theme's UI string.</param>
/// <param name="DefaultProgress">The progress, 0-100, of an activity that has this status and no <c>progress</c> of its own.</param>
/// <param name="Role">What the status means for the roll-up and lateness.</param>
public sealed record ProgressStatus(string Key, LocalizedText Label, int DefaultProgress, StatusRole Role)
{
    /// <summary>The theme's UI string naming the status when the site gives no label (<c>status.under-way</c>).</summary>
    public string UiStringKey => $"status.{Key}";
}

/// <summary>The statuses of a site, in the order lists and counts show them.</summary>
public sealed record StatusSet(ImmutableArray<ProgressStatus> Statuses)
{
    /// <summary>
    /// The statuses every site has unless it says otherwise. "Under way" counts as half done when no figure is given:
    /// a progress bar at 0 or 100 would say something false about an activity that has started and not ended.
    /// </summary>
    public static StatusSet Default { get; } = new([
        new("planned", LocalizedText.Empty, 0, StatusRole.Open),
        new("under-way", LocalizedText.Empty, 50, StatusRole.Open),
        new("completed", LocalizedText.Empty, 100, StatusRole.Completed),
        new("postponed", LocalizedText.Empty, 0, StatusRole.Open),
        new("cancelled", LocalizedText.Empty, 0, StatusRole.Cancelled),
    ]);

    /// <summary>The keys, in order.</summary>
    public IEnumerable<string> Keys => Statuses.Select(s => s.Key);

    /// <summary>The status written <paramref name="key"/>, or null.</summary>
    public ProgressStatus? Find(string key) => Statuses.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.Ordinal));
}
