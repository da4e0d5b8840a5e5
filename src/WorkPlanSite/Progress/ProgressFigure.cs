namespace WorkPlanSite.Progress;

/// <summary>How a rolled-up figure was obtained, so that pages can say it in words next to the figure.</summary>
public enum RollUpRule
{
    /// <summary>The plain mean of the parts' progress: no part has a weight.</summary>
    Mean,

    /// <summary>The mean weighted by the parts' <c>weight</c>; a part without one weighs 1.</summary>
    WeightedMean,
}

/// <summary>A rolled-up progress and how it was obtained.</summary>
/// <param name="Percent">0-100, rounded half away from zero.</param>
/// <param name="Rule">Mean or weighted mean.</param>
/// <param name="Counted">How many parts (activities, or objectives) it is made of.</param>
/// <param name="Cancelled">How many cancelled parts were left out.</param>
public sealed record ProgressFigure(int Percent, RollUpRule Rule, int Counted, int Cancelled);
