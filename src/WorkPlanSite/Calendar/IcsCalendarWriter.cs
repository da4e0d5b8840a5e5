using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
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
/// Writes a programme's day-precise key dates as all-day events (RFC 5545) with Ical.Net: <c>DTSTART;VALUE=DATE</c>,
/// exclusive <c>DTEND</c>, a <c>UID</c> stable across builds and languages, a <c>DTSTAMP</c> from the build date (so that
/// the same content and build date give the same file), text in its <c>LANGUAGE</c>. Ical.Net escapes and folds, and
/// writes the properties of each component in alphabetical order. A month, a season or a year has no honest
/// single-day form, so those are left out.
/// </summary>
public static partial class IcsCalendarWriter
{
    /// <summary>The calendar of <paramref name="programme"/> in the language of <paramref name="view"/>.</summary>
    public static CalendarFile Write(Programme programme, ProgrammeView view, string url, string keyDatesUrl, string language, DateOnly buildDate, Func<string, string> absolute)
    {
        var host = new Uri(absolute("/")).Host;
        var calendar = new Ical.Net.Calendar
        {
            ProductId = "-//WorkPlanSite//WorkPlanSite//EN",
            Scale = "GREGORIAN",
            Method = CalendarMethods.Publish,
        };
        calendar.AddProperty("X-WR-CALNAME", view.Title);
        var stamp = new CalDateTime(buildDate.Year, buildDate.Month, buildDate.Day, 0, 0, 0, CalDateTime.UtcTzId);
        var events = 0;
        for (var i = 0; i < programme.KeyDates.Length; i++)
        {
            var keyDate = programme.KeyDates[i];
            if (!keyDate.Date.IsDayPrecise)
            {
                continue;
            }

            var shown = view.KeyDates[i];
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{Uid(programme.Id, keyDate)}@{host}",
                DtStamp = stamp,
                DtStart = Day(keyDate.Date.Earliest!.Value),
                DtEnd = Day(keyDate.Date.Latest!.Value.AddDays(1)),
                Summary = shown.Title,
                Location = shown.Place,
                Description = view.Title + (shown.Activity is { } activity ? " – " + activity.Text : ""),
                Url = new Uri(absolute(shown.Activity?.Url ?? keyDatesUrl)),
                Transparency = TransparencyType.Transparent,
            };
            InLanguage(calendarEvent, "SUMMARY", shown.Language);
            InLanguage(calendarEvent, "LOCATION", language);
            InLanguage(calendarEvent, "DESCRIPTION", language);
            calendar.Events.Add(calendarEvent);
            events++;
        }

        var content = KeepCharactersWhole(new CalendarSerializer().SerializeToString(calendar) ?? "");
        return new CalendarFile(url, content, events, programme.KeyDates.Length - events);
    }

    /// <summary>
    /// Ical.Net 5.2.4 folds lines at 75 octets counting UTF-16 code units, so it can cut a character beyond the Basic
    /// Multilingual Plane (an emoji, some CJK) between its two halves, which UTF-8 cannot write: the file would show
    /// two replacement characters. Such a fold is moved before the character. The line after it then holds one octet
    /// more than Ical.Net counted (76 at worst, when it was full of ASCII), which RFC 5545 allows ("SHOULD NOT").
    /// </summary>
    private static string KeepCharactersWhole(string content) =>
        content.Contains("\r\n ", StringComparison.Ordinal) ? SplitSurrogatePair().Replace(content, "\r\n $1$2") : content;

    // Escapes read by the regular expression, not the compiler: a lone surrogate cannot stand in an attribute's string.
    [GeneratedRegex(@"([\uD800-\uDBFF])\r\n ([\uDC00-\uDFFF])", RegexOptions.CultureInvariant)]
    private static partial Regex SplitSurrogatePair();

    /// <summary>A date without time: the event lasts whole days wherever it is read.</summary>
    private static CalDateTime Day(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Says which language a text property is written in (RFC 5545 §3.2.10), when the event has it.</summary>
    private static void InLanguage(CalendarEvent calendarEvent, string property, string language) =>
        calendarEvent.Properties[property]?.Parameters.Set("LANGUAGE", language);

    /// <summary>Derived from what identifies the event, not from its position, so that adding a key date does not renumber the others.</summary>
    private static string Uid(string programmeId, KeyDate keyDate)
    {
        var title = keyDate.Title.Invariant ?? keyDate.Title.ByLanguage.Values.FirstOrDefault() ?? "";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{programmeId}\n{keyDate.Date.Edtf}\n{title}"));
        return $"{programmeId}-{Convert.ToHexString(hash, 0, 8).ToLowerInvariant()}";
    }
}
