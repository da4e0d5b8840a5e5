using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using WorkPlanSite.Model;
using WorkPlanSite.Pages;

namespace WorkPlanSite.Calendar;

/// <summary>A programme's key dates as an iCalendar file in one language, and what it left out.</summary>
/// <param name="Url">Its site path.</param>
/// <param name="Content">The file, CRLF line endings.</param>
/// <param name="EventCount">Key dates exported as events.</param>
/// <param name="OmittedCount">Key dates not exported because they are not known to the day.</param>
public sealed record CalendarFile(string Url, string Content, int EventCount, int OmittedCount);

/// <summary>
/// Writes a programme's day-precise key dates as all-day events (RFC 5545): <c>DTSTART;VALUE=DATE</c>,
/// exclusive <c>DTEND</c>, a <c>UID</c> stable across builds and languages, escaped and folded text with
/// <c>LANGUAGE</c>. A month, a season or a year has no honest single-day form, so those are left out.
/// </summary>
public static class IcsCalendarWriter
{
    /// <summary>The calendar of <paramref name="programme"/> in the language of <paramref name="view"/>.</summary>
    public static CalendarFile Write(Programme programme, ProgrammeView view, string url, string keyDatesUrl, string language, DateOnly buildDate, Func<string, string> absolute)
    {
        var host = new Uri(absolute("/")).Host;
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//WorkPlanSite//WorkPlanSite//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            $"X-WR-CALNAME:{IcsText.Escape(view.Title)}",
        };
        var events = 0;
        for (var i = 0; i < programme.KeyDates.Length; i++)
        {
            var keyDate = programme.KeyDates[i];
            if (!keyDate.Date.IsDayPrecise)
            {
                continue;
            }

            var shown = view.KeyDates[i];
            var start = keyDate.Date.Earliest!.Value;
            var endExclusive = keyDate.Date.Latest!.Value.AddDays(1);
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:{Uid(programme.Id, keyDate)}@{host}");
            lines.Add($"DTSTAMP:{buildDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}T000000Z");
            lines.Add($"DTSTART;VALUE=DATE:{start.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}");
            lines.Add($"DTEND;VALUE=DATE:{endExclusive.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}");
            lines.Add($"SUMMARY;LANGUAGE={shown.Language}:{IcsText.Escape(shown.Title)}");
            if (shown.Place is { } place)
            {
                lines.Add($"LOCATION;LANGUAGE={language}:{IcsText.Escape(place)}");
            }

            lines.Add($"DESCRIPTION;LANGUAGE={language}:{IcsText.Escape(view.Title + (shown.Activity is { } activity ? " – " + activity.Text : ""))}");
            lines.Add($"URL:{absolute(shown.Activity?.Url ?? keyDatesUrl)}");
            lines.Add("TRANSP:TRANSPARENT");
            lines.Add("END:VEVENT");
            events++;
        }

        lines.Add("END:VCALENDAR");
        var content = string.Concat(lines.Select(IcsText.Fold));
        return new CalendarFile(url, content, events, programme.KeyDates.Length - events);
    }

    /// <summary>Derived from what identifies the event, not from its position, so that adding a key date does not renumber the others.</summary>
    private static string Uid(string programmeId, KeyDate keyDate)
    {
        var title = keyDate.Title.Invariant ?? keyDate.Title.ByLanguage.Values.FirstOrDefault() ?? "";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{programmeId}\n{keyDate.Date.Edtf}\n{title}"));
        return $"{programmeId}-{Convert.ToHexString(hash, 0, 8).ToLowerInvariant()}";
    }
}
