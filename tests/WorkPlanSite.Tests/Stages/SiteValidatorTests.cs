using WorkPlanSite.Diagnostics;
using WorkPlanSite.Tests.Support;
using WorkPlanSite.Validation;

namespace WorkPlanSite.Tests.Stages;

/// <summary>
/// The Validate stage on its own: what no single file can tell, checked within a programme (references between its
/// items, its phases) and across programmes (their addresses), each problem at the line that causes it.
/// </summary>
public sealed class SiteValidatorTests
{
    [Fact]
    public void An_activity_serving_an_objective_the_programme_lacks_is_an_error_at_its_objective_key_with_the_known_ones()
    {
        using var site = new TinySite();
        site.Write("content/prog/activities/act.yaml", "code: \"1.1\"\norder: 1\nobjective: obectiv\nperiod: 2021\n");
        var input = StageInput.Of(site);
        var diagnostics = new DiagnosticBag();

        new SiteValidator(input.Config, diagnostics).ValidateProgramme(input.Programme);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(("content/prog/activities/act.yaml", 3), (error.Position.Path, error.Position.Line));
        Assert.Contains("'obectiv'", error.Message, StringComparison.Ordinal);
        Assert.Contains("obj", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_phase_outside_the_programmes_period_is_a_warning()
    {
        using var site = new TinySite();
        site.Write("content/prog/programme.yaml", "order: 1\nperiod: 2021/2022\nthemes: [people]\nphases:\n  - id: late\n    period: 2023\n");
        site.Write("content/prog/programme.fr.md", "---\ntitle: Programme\norganisation: Réseau\nthemes:\n  people:\n    name: Personnes\nphases:\n  late: Tard\n---\n\nIntroduction.\n");
        site.Write("content/prog/programme.en.md", "---\ntitle: Programme EN\norganisation: Network\nthemes:\n  people:\n    name: People\nphases:\n  late: Late\n---\n\nIntroduction.\n");
        var input = StageInput.Of(site);
        var diagnostics = new DiagnosticBag();

        new SiteValidator(input.Config, diagnostics).ValidateProgramme(input.Programme);

        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'late'", warning.Message, StringComparison.Ordinal);
        Assert.Equal("content/prog/programme.yaml", warning.Position.Path);
    }

    [Fact]
    public void Two_programmes_at_the_same_address_are_an_error_found_only_across_programmes()
    {
        using var site = new TinySite();
        site.AddProgramme("other", 2, "2014", "Autre", "Other");
        site.Write("content/other/programme.en.md", "---\ntitle: Other\nslug: prog\norganisation: Network\n---\n\nIntroduction.\n");
        var prog = StageInput.Of(site);
        var other = StageInput.Of(site, "other");
        var alone = new DiagnosticBag();
        var across = new DiagnosticBag();

        new SiteValidator(prog.Config, alone).ValidateProgramme(other.Programme);
        new SiteValidator(prog.Config, across).ValidateAcrossProgrammes([prog.Programme, other.Programme]);

        Assert.False(alone.HasErrors, string.Join("\n", alone.Sorted()));
        var error = Assert.Single(across.Sorted(), d => d.Severity == Severity.Error);
        Assert.Contains("prog", error.Message, StringComparison.Ordinal);
    }
}
