using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;

namespace WorkPlanSite.Calendar;

/// <summary>schema.org <c>Event</c> JSON-LD for a programme's day-precise key dates, for search engines.</summary>
public static class EventJsonLd
{
    // The default JavaScript encoder escapes < > & ' so the text can never close the script element;
    // allowing all ranges keeps accented letters readable.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <summary>The JSON-LD array, or an empty string when no key date is known to the day.</summary>
    public static string Write(Programme programme, ProgrammeView view, string keyDatesUrl, Func<string, string> absolute)
    {
        var events = new JsonArray();
        for (var i = 0; i < programme.KeyDates.Length; i++)
        {
            var date = programme.KeyDates[i].Date;
            if (!date.IsDayPrecise)
            {
                continue;
            }

            var shown = view.KeyDates[i];
            var item = new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "Event",
                ["name"] = shown.Title,
                ["inLanguage"] = shown.Language,
                ["startDate"] = date.Earliest!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["endDate"] = date.Latest!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["url"] = absolute(shown.Activity?.Url ?? keyDatesUrl),
                ["organizer"] = new JsonObject { ["@type"] = "Organization", ["name"] = view.Organisation },
            };
            if (shown.Place is { } place)
            {
                item["location"] = new JsonObject { ["@type"] = "Place", ["name"] = place };
            }

            events.Add((JsonNode)item);
        }

        return events.Count == 0 ? "" : events.ToJsonString(Options);
    }
}
