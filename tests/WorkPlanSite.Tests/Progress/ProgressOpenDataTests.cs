using System.Text;
using System.Text.Json.Nodes;
using WorkPlanSite.Tests.Schemas;
using WorkPlanSite.Tests.Support;

namespace WorkPlanSite.Tests.Progress;

/// <summary>
/// A programme with progress information gets, per language, a JSON file (valid against
/// schemas/progress-data.schema.json) and a CSV file of its objectives, activities, statuses, progress, milestones and
/// dates, beside its page; a programme without progress gets neither.
/// </summary>
public sealed class ProgressOpenDataTests
{
    private const string Json = "fr/programmes/prog/prog-progress-fr.json";
    private const string Csv = "en/programmes/prog/prog-progress-en.csv";

    private static async Task<TinySite> BuiltSiteWithProgress()
    {
        var site = ProgressSite.On("2021-07-15");
        site.Activity("act", "code: \"1.1\"\norder: 1\nobjective: obj\nperiod: 2021-03/2021-06\nstatus: under-way\nprogress: 40\nweight: 2\nupdated: 2021-06-30\nmilestones:\n  - id: launch\n    date: 2021-autumn\n    done: true\n",
            "milestones:\n  launch: Lancement\nprogressNote: En bonne voie.\n", "milestones:\n  launch: Launch, \"phase one\"\n");
        site.Activity("two", "code: \"1.2\"\norder: 2\nobjective: obj\nperiod:\n");
        site.Write("content/prog/activities/two.en.md", "---\ntitle: 'Activity \"two\", again'\n---\n\nText.\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    [Fact]
    public async Task The_JSON_file_follows_its_schema_and_says_what_the_content_says()
    {
        using var site = await BuiltSiteWithProgress();
        var json = JsonNode.Parse(site.Built.Text(Json))!;
        Assert.Empty(new SchemaCatalogue(Path.Combine(RepositoryPaths.Root, "schemas")).Validate(json, "progress-data.schema.json"));

        Assert.Equal("prog", (string?)json["programme"]);
        Assert.Equal("2021-07-15", (string?)json["buildDate"]);
        Assert.Equal("2021/2022", (string?)json["period"]!["edtf"]);
        Assert.Equal(40, (int?)json["progress"]);
        var objective = json["objectives"]!.AsArray().Single()!;
        Assert.Equal(("obj", 40), ((string?)objective["id"], (int?)objective["progress"]));
        var activity = json["activities"]![0]!;
        Assert.Equal("under-way", (string?)activity["status"]);
        Assert.Equal("En cours", (string?)activity["statusLabel"]);
        Assert.Equal(40, (int?)activity["progress"]);
        Assert.True((bool?)activity["late"]);
        Assert.Equal("2021-06-30", (string?)activity["updated"]);
        Assert.Equal(2m, (decimal?)activity["weight"]);
        Assert.Equal("En bonne voie.", (string?)activity["note"]);
        Assert.Equal(("2021-03/2021-06", "2021-03-01", "2021-06-30"), ((string?)activity["period"]!["edtf"], (string?)activity["period"]!["start"], (string?)activity["period"]!["end"]));
        var milestone = activity["milestones"]![0]!;
        Assert.Equal(("Lancement", "2021-23", "2021-09-01", "2021-11-30", true),
            ((string?)milestone["title"], (string?)milestone["date"]!["edtf"], (string?)milestone["date"]!["start"], (string?)milestone["date"]!["end"], (bool?)milestone["done"]));
        var nothingPlanned = json["activities"]![1]!;
        Assert.Null(nothingPlanned["period"]);
        Assert.Null(nothingPlanned["status"]);
        Assert.Empty(nothingPlanned["milestones"]!.AsArray());
    }

    [Fact]
    public async Task The_CSV_file_has_a_row_per_activity_with_fields_quoted_where_needed()
    {
        using var site = await BuiltSiteWithProgress();
        var rows = ParseCsv(site.Built.Text(Csv));
        Assert.Equal(
            ["objective_code", "objective_id", "activity_code", "activity_id", "title", "status", "status_label", "progress", "late", "period_edtf", "period_start", "period_end", "updated", "weight", "milestones_done", "milestones_total"],
            rows[0]);
        Assert.Equal(["1", "obj", "1.1", "act", "Activity act", "under-way", "Under way", "40", "true", "2021-03/2021-06", "2021-03-01", "2021-06-30", "2021-06-30", "2", "1", "1"], rows[1]);
        Assert.Equal(["1", "obj", "1.2", "two", "Activity \"two\", again", "", "", "", "", "", "", "", "", "", "0", "0"], rows[2]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task A_programme_without_progress_has_no_data_files()
    {
        using var site = new TinySite();
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.False(site.Built.Exists(Json));
        Assert.False(site.Built.Exists(Csv));
    }

    /// <summary>RFC 4180: fields separated by commas, rows by CRLF, quoted fields with doubled quotes.</summary>
    internal static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
