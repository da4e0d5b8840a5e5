namespace WorkPlanSite.Building;

/// <summary>A stage of the build as it starts, for a progress display.</summary>
/// <param name="Name">What is being done, for people ("Rendering").</param>
/// <param name="Detail">How much, when known ("96 pages").</param>
public sealed record BuildStage(string Name, string? Detail = null);
