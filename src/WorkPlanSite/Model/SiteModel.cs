using System.Collections.Immutable;
using WorkPlanSite.Configuration;

namespace WorkPlanSite.Model;

/// <summary>Everything the site publishes, linked, ordered and with Markdown rendered: the input of page planning.</summary>
/// <param name="Config">The configuration.</param>
/// <param name="Programmes">Programmes in home-page order.</param>
public sealed record SiteModel(SiteConfig Config, ImmutableArray<ModelledProgramme> Programmes);
