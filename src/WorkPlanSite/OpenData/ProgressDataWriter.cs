using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WorkPlanSite.Dates;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;

namespace WorkPlanSite.OpenData;

/// <summary>A data file of a programme in one language (its address on the site and its text).</summary>
/// <param name="Url">Its address, from <c>SiteUrls</c>.</param>
/// <param name="Content">Its text, UTF-8 when written.</param>
public sealed record DataFile(string Url, string Content);

/// <summary>
/// Writes a programme's progress as open data, in the page's language: a JSON file (described by
/// <c>schemas/progress-data.schema.json</c>) and a CSV file with one row per activity. Dates are given as EDTF, as
/// written in the content, and as the ISO 8601 first and last days they may designate. Only for a programme with
/// progress information (<see cref="ProgrammeView.Progress"/>).
/// </summary>
internal static class ProgressDataWriter
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        // Titles in any language stay readable; the files are data, never inserted into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The CSV columns, in order.</summary>
    public static readonly string[] CsvColumns =
    [
        "objective_code", "objective_id", "activity_code", "activity_id", "title", "status", "status_label", "progress",
        "late", "period_edtf", "period_start", "period_end", "updated", "weight", "milestones_done", "milestones_total",
    ];

    /// <summary>The JSON Schema of the JSON file (<c>schemas/progress-data.schema.json</c>, shipped in this library), published beside it.</summary>
    public static string Schema => SchemaText.Value;

    private static readonly Lazy<string> SchemaText = new(() =>
    {
        using var stream = typeof(ProgressDataWriter).Assembly.GetManifestResourceStream("schemas/progress-data.schema.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Json(Programme programme, ProgrammeView view, DateOnly buildDate)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("programme", programme.Id);
            json.WriteString("title", view.Title);
            json.WriteString("language", view.Language);
            json.WriteString("url", view.Url);
            json.WriteString("buildDate", buildDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteDate(json, "period", programme.Period);
            WriteFigure(json, view.Progress?.Progress);
            json.WriteStartArray("objectives");
            foreach (var objective in view.Objectives)
            {
                json.WriteStartObject();
                json.WriteString("id", objective.Id);
                json.WriteString("code", objective.Code);
                json.WriteString("title", objective.Title);
                WriteFigure(json, objective.Progress);
                WriteIndicators(json, programme.Objective(objective.Id)!.Indicators, objective.Indicators);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("activities");
            foreach (var activity in view.Activities)
            {
                WriteActivity(json, programme.Activity(activity.Id)!, activity, programme);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string Csv(Programme programme, ProgrammeView view)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', CsvColumns)).Append("\r\n");
        var objectives = view.Objectives.ToDictionary(o => o.Id, StringComparer.Ordinal);
        foreach (var activity in view.Activities)
        {
            var model = programme.Activity(activity.Id)!;
            var progress = activity.Progress;
            var objective = model.ObjectiveId is { } id ? objectives.GetValueOrDefault(id) : null;
            var period = Period(model, programme);
            string?[] row =
            [
                objective?.Code, objective?.Id, activity.Code, activity.Id, activity.Title, progress?.Status?.Key, progress?.Status?.Label,
                progress?.Percent?.ToString(CultureInfo.InvariantCulture), progress is null ? null : progress.IsLate ? "true" : "false",
                period?.Edtf, Iso(period?.Earliest), Iso(period?.Latest), Iso(model.Progress.Updated),
                model.Progress.Weight?.ToString(CultureInfo.InvariantCulture),
                model.Progress.Milestones.Count(m => m.Done).ToString(CultureInfo.InvariantCulture),
                model.Progress.Milestones.Length.ToString(CultureInfo.InvariantCulture),
            ];
            csv.Append(string.Join(',', row.Select(Field))).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>The CSV columns of the indicators file, in order.</summary>
    public static readonly string[] IndicatorCsvColumns =
    [
        "item", "item_code", "item_id", "indicator_id", "title", "kind", "unit", "higher_is_better", "baseline", "baseline_date_edtf",
        "period_edtf", "period_start", "period_end", "target", "actual", "comment",
    ];

    /// <summary>
    /// The indicators of the programme's objectives, then of its activities, one row per indicator and period (one row
    /// with empty period fields for an indicator without values), titles and comments in the page's language.
    /// </summary>
    public static string IndicatorsCsv(Programme programme, ProgrammeView view)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', IndicatorCsvColumns)).Append("\r\n");
        var items = view.Objectives.Select(o => (Item: "objective", o.Code, o.Id, Models: programme.Objective(o.Id)!.Indicators, Views: o.Indicators))
            .Concat(view.Activities.Select(a => (Item: "activity", a.Code, a.Id, Models: programme.Activity(a.Id)!.Indicators, Views: a.Indicators)));
        foreach (var (item, code, id, models, views) in items)
        {
            for (var i = 0; i < models.Length; i++)
            {
                var (model, indicator) = (models[i], views[i]);
                var periods = model.Measures.IsEmpty ? [-1] : Enumerable.Range(0, model.Measures.Length);
                foreach (var m in periods)
                {
                    var measure = m < 0 ? null : model.Measures[m];
                    string?[] row =
                    [
                        item, code, id, indicator.Id, indicator.Title, indicator.Kind, indicator.Unit, indicator.HigherIsBetter ? "true" : "false",
                        Raw(model.Baseline), model.BaselineDate?.Edtf,
                        measure?.Period.Edtf, Iso(measure?.Period.Earliest), Iso(measure?.Period.Latest),
                        Raw(measure?.Target), Raw(measure?.Actual), m < 0 ? null : indicator.Periods[m].Comment,
                    ];
                    csv.Append(string.Join(',', row.Select(Field))).Append("\r\n");
                }
            }
        }

        return csv.ToString();
    }

    // A number as data writes it (invariant, no unit); a qualitative value as written.
    private static string? Raw(IndicatorValue? value) =>
        value is null ? null : value.Number is { } number ? number.ToString(CultureInfo.InvariantCulture) : value.Text;

    /// <summary>The period an activity is planned in: its own, else the span of its phases, else the programme's; null when nothing is planned.</summary>
    private static ImpreciseDate? Period(Activity activity, Programme programme)
    {
        if (activity.Period is { } period)
        {
            return period;
        }

        if (!activity.Phases.IsEmpty)
        {
            var phases = programme.Phases.Where(p => activity.Phases.Contains(p.Id, StringComparer.Ordinal)).ToList();
            if (phases.Count <= 1)
            {
                return phases.FirstOrDefault()?.Period;
            }

            var first = phases[0].Period.Start;
            var last = phases[^1].Period.End ?? phases[^1].Period.Start;
            return first is { } start && last is { } end ? ImpreciseDate.Range(start, RangeEnd.Known, end, RangeEnd.Known) : null;
        }

        return activity.NothingPlanned ? null : programme.Period;
    }

    private static void WriteActivity(Utf8JsonWriter json, Activity model, ActivityView activity, Programme programme)
    {
        json.WriteStartObject();
        json.WriteString("id", activity.Id);
        json.WriteString("code", activity.Code);
        json.WriteString("title", activity.Title);
        json.WriteString("objective", model.ObjectiveId);
        json.WriteString("url", activity.Url);
        if (Period(model, programme) is { } period)
        {
            WriteDate(json, "period", period);
        }
        else
        {
            json.WriteNull("period");
        }

        var progress = activity.Progress;
        json.WriteString("status", progress?.Status?.Key);
        json.WriteString("statusLabel", progress?.Status?.Label);
        if (progress?.Percent is { } percent)
        {
            json.WriteNumber("progress", percent);
        }
        else
        {
            json.WriteNull("progress");
        }

        json.WriteBoolean("late", progress?.IsLate ?? false);
        json.WriteString("updated", Iso(model.Progress.Updated));
        if (model.Progress.Weight is { } weight)
        {
            json.WriteNumber("weight", weight);
        }
        else
        {
            json.WriteNull("weight");
        }

        json.WriteString("note", progress?.Note?.Text);
        json.WriteStartArray("milestones");
        foreach (var milestone in progress?.Milestones ?? [])
        {
            json.WriteStartObject();
            json.WriteString("id", milestone.Id);
            json.WriteString("title", milestone.Title);
            WriteDate(json, "date", model.Progress.Milestones.First(m => m.Id == milestone.Id).Date);
            json.WriteBoolean("done", milestone.Done);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteIndicators(json, model.Indicators, activity.Indicators);
        json.WriteEndObject();
    }

    /// <summary>An item's indicators: values as numbers (numbers, percentages) or texts (qualitative), periods as dates, texts in the file's language.</summary>
    private static void WriteIndicators(Utf8JsonWriter json, ImmutableArray<Indicator> models, ImmutableArray<IndicatorView> views)
    {
        json.WriteStartArray("indicators");
        for (var i = 0; i < models.Length; i++)
        {
            var (model, view) = (models[i], views[i]);
            json.WriteStartObject();
            json.WriteString("id", model.Id);
            json.WriteString("title", view.Title);
            json.WriteString("kind", view.Kind);
            json.WriteString("unit", model.Unit);
            json.WriteBoolean("higherIsBetter", model.HigherIsBetter);
            WriteValue(json, "baseline", model.Baseline);
            if (model.BaselineDate is { } baselineDate)
            {
                WriteDate(json, "baselineDate", baselineDate);
            }
            else
            {
                json.WriteNull("baselineDate");
            }

            json.WriteStartArray("values");
            for (var m = 0; m < model.Measures.Length; m++)
            {
                var measure = model.Measures[m];
                json.WriteStartObject();
                WriteDate(json, "period", measure.Period);
                WriteValue(json, "target", measure.Target);
                WriteValue(json, "actual", measure.Actual);
                json.WriteString("comment", view.Periods[m].Comment);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, IndicatorValue? value)
    {
        if (value?.Number is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteString(name, value?.Text);
        }
    }

    private static void WriteDate(Utf8JsonWriter json, string name, ImpreciseDate date)
    {
        json.WriteStartObject(name);
        json.WriteString("edtf", date.Edtf);
        json.WriteString("start", Iso(date.Earliest));
        json.WriteString("end", Iso(date.Latest));
        json.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter json, ProgressFigureView? figure)
    {
        if (figure is null)
        {
            json.WriteNull("progress");
            json.WriteNull("rule");
            return;
        }

        json.WriteNumber("progress", figure.Percent);
        json.WriteString("rule", figure.Rule);
    }

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break.</summary>
    private static string Field(string? value) =>
        value is null ? ""
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}
