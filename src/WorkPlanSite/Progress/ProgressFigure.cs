namespace WorkPlanSite.Progress;

/// <summary>How a rolled-up figure was obtained, so that pages can say it in words next to the figure.</summary>
public enum RollUpRule
{
    /// <summary>The plain mean of the parts' progress: no part has a weight.</summary>
    Mean,

    /// <summary>The mean weighted by the parts' <c>weight</c>; a part without one weighs 1.</summary>
    WeightedMean,
}

/// <summary>What a rolled-up figure is made of.</summary>
public enum RollUpParts
{
    /// <summary>Activities (an objective's figure, or a programme's that has no specific objective).</summary>
    Activities,

    /// <summary>Specific objectives (a programme's figure).</summary>
    Objectives,
}

/// <summary>A rolled-up progress and how it was obtained.</summary>
/// <param name="Percent">0-100, rounded half away from zero.</param>
/// <param name="Rule">Mean or weighted mean.</param>
/// <param name="Counted">How many parts it is made of.</param>
/// <param name="Cancelled">How many cancelled parts (activities, or objectives all of whose activities are cancelled) were left out.</param>
/// <param name="Parts">Activities or objectives.</param>
public sealed record ProgressFigure(int Percent, RollUpRule Rule, int Counted, int Cancelled, RollUpParts Parts = RollUpParts.Activities);
