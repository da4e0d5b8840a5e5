namespace WorkPlanSite.Model;

/// <summary>
/// A list (or section) the site makes from a programme's data, which its introduction may place where its own text
/// has it.
/// </summary>
public enum GeneratedList
{
    /// <summary>The general objective (<c>{{ general-objective }}</c>).</summary>
    GeneralObjective,

    /// <summary>The lines of action of each theme (<c>{{ lines-of-action }}</c>).</summary>
    LinesOfAction,

    /// <summary>The key dates (<c>{{ key-dates }}</c>).</summary>
    KeyDates,

    /// <summary>The specific objectives with their expected results and activities (<c>{{ objectives }}</c>).</summary>
    Objectives,
}
