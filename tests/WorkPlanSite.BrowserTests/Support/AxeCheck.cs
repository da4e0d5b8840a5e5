using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace WorkPlanSite.BrowserTests.Support;

/// <summary>
/// axe-core, as bundled in Deque.AxeCore.Commons, run on the page open in the browser. The script is added to a
/// browser context once and runs on every page it opens; results are read straight from axe, violations only,
/// which is several times faster than a full report per page.
/// </summary>
internal static class AxeCheck
{
    /// <summary>The rules of WCAG 2.0 and 2.1, levels A and AA: what EN 301 549 asks of public-sector sites.</summary>
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>
    /// Rules outside WCAG's own tags that check what the theme promises by hand: one main landmark, everything in a
    /// landmark, one level-1 heading, headings that go down one level at a time, unique landmark names.
    /// </summary>
    public static readonly IReadOnlyList<string> StructureRules =
    [
        "landmark-one-main", "region", "page-has-heading-one", "heading-order", "landmark-unique",
        "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo", "skip-link", "empty-heading",
    ];

    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    private const string Run = """
        async ([tags, extraRules]) => {
          const rules = axe.getRules(tags).map(r => r.ruleId).concat(extraRules);
          const result = await axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] });
          return {
            version: axe.version,
            rules: rules.length,
            violations: result.violations.flatMap(v => v.nodes.map(n => ({
              rule: v.id, impact: v.impact, help: v.help, target: n.target.join(' '), html: n.html,
              summary: n.failureSummary || '' }))),
          };
        }
        """;

    /// <summary>Makes axe-core available on every page the context opens.</summary>
    public static Task AddToAsync(IBrowserContext context) => context.AddInitScriptAsync(Script.Value);

    /// <summary>One line per failing element: page, rule, impact, selector, what axe says is wrong, the element.</summary>
    public static async Task<AxeReport> RunAsync(IPage page, string pageName)
    {
        var result = await page.EvaluateAsync<JsonElement>(Run, new object[] { WcagTags.ToArray(), StructureRules.ToArray() });
        var violations = result.GetProperty("violations").EnumerateArray()
            .Select(v => $"{pageName}: {v.GetProperty("rule").GetString()} ({v.GetProperty("impact").GetString()}) at " +
                         $"{v.GetProperty("target").GetString()}: {v.GetProperty("help").GetString()} — " +
                         $"{v.GetProperty("summary").GetString()?.ReplaceLineEndings(" ")} — {v.GetProperty("html").GetString()}")
            .ToList();
        return new AxeReport(result.GetProperty("version").GetString()!, result.GetProperty("rules").GetInt32(), violations);
    }
}

/// <summary>What one axe-core run found: its version, how many rules it ran, and one line per violation.</summary>
internal sealed record AxeReport(string Version, int RuleCount, IReadOnlyList<string> Violations);
