using System.Globalization;
using System.Text;
using WorkPlanSite.Configuration;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Loading;
using WorkPlanSite.Model;
using WorkPlanSite.Text;

namespace WorkPlanSite.Scaffolding;

/// <summary>
/// <c>workplansite new</c>: creates the files of a new programme, objective, activity or page — the language-neutral
/// YAML file and one Markdown file per configured language — with their keys filled in, so that the site still
/// passes <c>check</c> and the author only replaces the placeholder texts.
/// </summary>
public sealed class ContentScaffolder(SiteConfig config)
{
    /// <summary>Creates <c>content/&lt;id&gt;/programme.yaml</c> and <c>programme.&lt;lang&gt;.md</c>.</summary>
    /// <param name="id">The programme id (its folder name).</param>
    /// <param name="period">Its period (default: this year and the next, from the build date).</param>
    public ScaffoldResult NewProgramme(string id, string? period = null)
    {
        if (InvalidId(id, "programme") is { } invalid)
        {
            return invalid;
        }

        period ??= $"{config.BuildDate.Year}/{config.BuildDate.Year + 1}";
        if (Dates.ImpreciseDateParser.Parse(period) is { Success: false, Error: var error } failed)
        {
            return ScaffoldResult.Failed("", $"'{period}' is not a period: {error}", failed.Hint ?? Dates.ImpreciseDateParser.AcceptedForms);
        }

        var existing = Directory.Exists(config.ContentDirectory)
            ? Directory.EnumerateDirectories(config.ContentDirectory).Count(d => !Path.GetFileName(d).StartsWith('.') && Path.GetFileName(d) != PageLoader.FolderName)
            : 0;
        var folder = $"{ContentFolder}/{id}";
        var files = new FileSet(config.RootDirectory);
        files.Add($"{folder}/programme.yaml", $"""
            {Modeline(folder, "programme")}# The programme's data that does not depend on language (reference: docs/content-format.md).
            # Position on the home page, lowest first.
            order: {existing + 1}
            # The period: 2026/2027, 2026, 2026-03/2027-06...
            period: {period}
            # The language the texts are first written in; the other languages are translations of it.
            # originalLanguage: {config.DefaultLanguage}
            # Theme ids, in order; their names go in each programme.<language>.md under 'themes:'.
            # themes:
            #   - people

            """);
        foreach (var language in config.LanguageCodes)
        {
            var text = Placeholders.For(language);
            files.Add($"{folder}/programme.{language}.md", $"""
                ---
                title: {Yaml(text.ProgrammeTitle)}
                organisation: {Yaml(text.Organisation)}
                summary: {Yaml(text.ProgrammeSummary)}
                ---

                {text.ProgrammeBody}

                """);
        }

        return files.Write();
    }

    /// <summary>Creates <c>objectives/&lt;id&gt;.yaml</c> and its Markdown files in a programme.</summary>
    /// <param name="programmeId">The programme's id.</param>
    /// <param name="id">The objective's id.</param>
    /// <param name="kind">General (at most one per programme) or specific.</param>
    public ScaffoldResult NewObjective(string programmeId, string id, ObjectiveKind kind = ObjectiveKind.Specific)
    {
        if (Programme(programmeId, id, "objective", out var programme) is { } problem)
        {
            return problem;
        }

        if (kind == ObjectiveKind.General && programme!.GeneralObjective is { } general)
        {
            return ScaffoldResult.Failed($"{ContentFolder}/{programmeId}/objectives/{general.Id}.yaml", $"The programme already has a general objective ('{general.Id}').", "Create a specific objective instead.");
        }

        var specific = programme!.SpecificObjectives.ToList();
        var number = (specific.Count + 1).ToString(CultureInfo.InvariantCulture);
        var folder = $"{ContentFolder}/{programmeId}/objectives";
        var neutral = new StringBuilder()
            .Append(Modeline(folder, "objective"))
            .Append("# 'general' (at most one per programme) or 'specific'.\n")
            .Append(CultureInfo.InvariantCulture, $"kind: {(kind == ObjectiveKind.General ? "general" : "specific")}\n");
        if (kind == ObjectiveKind.Specific)
        {
            neutral.Append("# The label shown before the title (\"Objective 1\").\n").Append(CultureInfo.InvariantCulture, $"code: \"{number}\"\n");
        }

        neutral.Append("# Order among the objectives.\n")
            .Append(CultureInfo.InvariantCulture, $"order: {(kind == ObjectiveKind.General ? 0 : specific.Count + 1)}\n");
        if (kind == ObjectiveKind.Specific)
        {
            neutral.Append("# Its weight in the programme's progress (default 1), and how it is measured (titles in the language files).\n")
                .Append("# weight: 1\n")
                .Append("# indicators:\n#   - id: members\n#     kind: number\n#     baseline: 0\n")
                .Append(CultureInfo.InvariantCulture, $"#     values:\n#       - period: {programme.Period.Earliest?.Year.ToString(CultureInfo.InvariantCulture) ?? "2026"}\n#         target: 10\n");
        }

        if (!programme.Themes.IsEmpty)
        {
            neutral.Append("# Theme ids of the programme this objective belongs to.\n")
                .Append(CultureInfo.InvariantCulture, $"# themes: [{string.Join(", ", programme.Themes)}]\n");
        }

        var files = new FileSet(config.RootDirectory);
        files.Add($"{folder}/{id}.yaml", neutral.ToString());
        foreach (var language in config.LanguageCodes)
        {
            var text = Placeholders.For(language);
            files.Add($"{folder}/{id}.{language}.md", $"""
                ---
                title: {Yaml(text.ObjectiveTitle)}
                # slug: {id}    ({text.SlugComment})
                expectedResults: |
                  {text.ObjectiveResults}
                # indicators:
                #   members:
                #     title: ...
                ---

                {text.ObjectiveBody}

                """);
        }

        return files.Write();
    }

    /// <summary>Creates <c>activities/&lt;id&gt;.yaml</c> and its Markdown files in a programme.</summary>
    /// <param name="programmeId">The programme's id.</param>
    /// <param name="id">The activity's id.</param>
    /// <param name="objectiveId">The specific objective it serves; may be left out when the programme has none, or only one.</param>
    public ScaffoldResult NewActivity(string programmeId, string id, string? objectiveId = null)
    {
        if (Programme(programmeId, id, "activity", out var programme) is { } problem)
        {
            return problem;
        }

        var specific = programme!.SpecificObjectives.Select(o => o.Id).ToList();
        var display = $"{ContentFolder}/{programmeId}/activities/{id}.yaml";
        if (objectiveId is null && specific.Count == 1)
        {
            objectiveId = specific[0];
        }
        else if (objectiveId is null && specific.Count > 1)
        {
            return ScaffoldResult.Failed(display, "Which objective does the activity serve?", $"Add --objective with one of: {string.Join(", ", specific)}.");
        }
        else if (objectiveId is not null && !specific.Contains(objectiveId))
        {
            return ScaffoldResult.Failed(display, $"The programme '{programmeId}' has no specific objective '{objectiveId}'.",
                Suggestions.DidYouMean(objectiveId, specific) ?? (specific.Count == 0 ? "It has no specific objective: leave --objective out." : $"Choose one of: {string.Join(", ", specific)}."));
        }

        var order = programme.Activities.Count(a => a.ObjectiveId == objectiveId) + 1;
        var objective = objectiveId is null ? null : programme.Objective(objectiveId);
        var folder = $"{ContentFolder}/{programmeId}/activities";
        var neutral = new StringBuilder().Append(Modeline(folder, "activity"));
        if (objective?.Code is { } code)
        {
            neutral.Append("# The label shown before the title (\"Activity 1.1\").\n")
                .Append(CultureInfo.InvariantCulture, $"code: \"{code}.{order}\"\n");
        }

        neutral.Append("# Order within its objective.\n").Append(CultureInfo.InvariantCulture, $"order: {order}\n");
        if (objectiveId is not null)
        {
            neutral.Append("# The specific objective it serves.\n").Append(CultureInfo.InvariantCulture, $"objective: {objectiveId}\n");
        }

        neutral.Append(CultureInfo.InvariantCulture, $"""
            # When it happens, as precisely as known: 2026-03, 2026-autumn, 2026-Q1, 2026-03/2026-06...
            # period: {programme.Period}
            # Who leads it: one text, or one per language (fr: ..., en: ...).
            # lead: Secretariat
            # partners:
            #   - Partner name
            # Progress, when it is followed: planned, under-way, completed, postponed or cancelled; percent done; the day of the last update.
            # status: planned
            # progress: 0
            # updated: {config.BuildDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
            # Its weight in its objective's progress (default 1).
            # weight: 1
            # Its steps, dated as precisely as known; their titles go in the language files (milestones: launch: ...).
            # milestones:
            #   - id: launch
            #     date: {programme.Period.Earliest?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "2026-03"}
            #     done: false
            # How it is measured (kind: number, percentage or qualitative); titles and comments go in the language files.
            # indicators:
            #   - id: participants
            #     kind: number
            #     baseline: 0
            #     values:
            #       - period: {programme.Period.Earliest?.Year.ToString(CultureInfo.InvariantCulture) ?? "2026"}
            #         target: 100

            """);
        if (!programme.Themes.IsEmpty)
        {
            neutral.Append(CultureInfo.InvariantCulture, $"# themes: [{string.Join(", ", programme.Themes)}]\n");
        }

        var files = new FileSet(config.RootDirectory);
        files.Add(display, neutral.ToString());
        foreach (var language in config.LanguageCodes)
        {
            var text = Placeholders.For(language);
            files.Add($"{folder}/{id}.{language}.md", $"""
                ---
                title: {Yaml(text.ActivityTitle)}
                # slug: {id}    ({text.SlugComment})
                expectedResults: |
                  {text.ActivityResults}
                # milestones:
                #   launch: ...
                # progressNote: ...
                # indicators:
                #   participants:
                #     title: ...
                ---

                {text.ActivityBody}

                """);
        }

        return files.Write();
    }

    /// <summary>
    /// Creates one of the site's own pages: <c>pages/&lt;id&gt;.yaml</c> (order, parent) and <c>pages/&lt;id&gt;.&lt;lang&gt;.md</c>
    /// in every language, under <paramref name="parentId"/> when given (which must be a page).
    /// </summary>
    /// <param name="id">The page's id, unique among the site's pages.</param>
    /// <param name="parentId">The page it goes under, or null for a page at the top.</param>
    public ScaffoldResult NewPage(string id, string? parentId = null)
    {
        if ((InvalidId(id, "page") ?? (parentId is null ? null : InvalidId(parentId, "parent page"))) is { } invalid)
        {
            return invalid;
        }

        var folder = $"{ContentFolder}/{PageLoader.FolderName}";
        var pagesFolder = Path.Combine(config.ContentDirectory, PageLoader.FolderName);
        var taken = Directory.Exists(pagesFolder)
            ? Directory.EnumerateFiles(pagesFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f).Split('.')[0]).ToHashSet(StringComparer.Ordinal)
            : [];
        if (taken.Contains(id))
        {
            return ScaffoldResult.Failed($"{folder}/{id}.{config.DefaultLanguage}.md", $"There is already a page '{id}'.", "Choose another id: menus and links name a page by its id.");
        }

        var pages = new ContentLoader(config, new DiagnosticBag()).LoadOwnContent().Pages;
        if (parentId is not null && pages.All(p => p.Id != parentId))
        {
            return ScaffoldResult.Failed(folder, $"There is no page '{parentId}' to put the new page under.",
                Suggestions.DidYouMean(parentId, pages.Select(p => p.Id)) ?? (pages.IsEmpty ? "Create that page first." : $"Choose one of: {string.Join(", ", pages.Select(p => p.Id))}."));
        }

        var siblings = pages.Count(p => p.ParentId == parentId);
        var files = new FileSet(config.RootDirectory);
        files.Add($"{folder}/{id}.yaml", $"""
            {Modeline(folder, "page")}# The page's data that does not depend on language (reference: docs/content-format.md#pages).
            # Order among the pages under the same parent, lowest first.
            order: {siblings + 1}
            # The id of the page it goes under (a page may also sit in the folder named after its parent).
            {(parentId is null ? "# parent: about" : $"parent: {parentId}")}

            """);
        foreach (var language in config.LanguageCodes)
        {
            var text = Placeholders.For(language);
            files.Add($"{folder}/{id}.{language}.md", $"""
                ---
                title: {Yaml(text.PageTitle)}
                # slug: {id}    ({text.SlugComment})
                description: {Yaml(text.PageDescription)}
                ---

                {text.PageBody}

                """);
        }

        return files.Write();
    }

    private string ContentFolder => Path.GetRelativePath(config.RootDirectory, config.ContentDirectory).Replace('\\', '/');

    /// <summary>The programme to add an item to, loaded as a build would; a problem when it cannot be.</summary>
    private ScaffoldResult? Programme(string programmeId, string id, string what, out Programme? programme)
    {
        programme = null;
        if ((InvalidId(programmeId, "programme") ?? InvalidId(id, what)) is { } invalid)
        {
            return invalid;
        }

        var folder = $"{ContentFolder}/{programmeId}";
        if (!Directory.Exists(Path.Combine(config.ContentDirectory, programmeId)))
        {
            var known = Directory.Exists(config.ContentDirectory)
                ? Directory.EnumerateDirectories(config.ContentDirectory).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal).ToList()
                : [];
            return ScaffoldResult.Failed(folder, $"There is no programme '{programmeId}'.",
                Suggestions.DidYouMean(programmeId, known) ?? $"Create it first with: workplansite new programme {programmeId}");
        }

        var diagnostics = new DiagnosticBag();
        programme = new ContentLoader(config, diagnostics).Load().FirstOrDefault(p => p.Id == programmeId);
        if (programme is null)
        {
            return ScaffoldResult.Failed(folder, $"The programme '{programmeId}' has errors, so it cannot be added to.", "Run 'workplansite check' and fix them first.");
        }

        return null;
    }

    private static ScaffoldResult? InvalidId(string id, string what) => Ids.IsValid(id)
        ? null
        : ScaffoldResult.Failed("", $"The {what} id '{id}' may only hold lower-case letters a-z, digits and '-', and must start with a letter or a digit.",
            $"For example '{SiteContext.Suggest(id)}'.");

    /// <summary>The comment that tells the YAML language server (VS Code and others) which schema checks the file, when the site has the schemas.</summary>
    private string Modeline(string folder, string schema)
    {
        if (!File.Exists(Path.Combine(config.RootDirectory, "schemas", schema + ".schema.json")))
        {
            return "";
        }

        var depth = folder.Split('/', StringSplitOptions.RemoveEmptyEntries).Length;
        return $"# yaml-language-server: $schema={string.Concat(Enumerable.Repeat("../", depth))}schemas/{schema}.schema.json\n";
    }

    /// <summary>A YAML scalar: plain when that reads the same, double-quoted otherwise.</summary>
    internal static string Yaml(string text) =>
        text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text.Length == 0 || "-?:,[]{}#&*!|>'\"%@`".Contains(text[0])
            ? "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : text;
}
