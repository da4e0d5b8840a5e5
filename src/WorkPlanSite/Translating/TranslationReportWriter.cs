using System.Globalization;
using WorkPlanSite.Configuration;

namespace WorkPlanSite.Translating;

/// <summary>
/// Writes a translation report for people: per language, a summary line, then one line per item that needs a
/// translator (missing, outdated, untracked), and per up-to-date translation too when asked: on a site of a few
/// hundred texts, those lines would bury the few that need work.
/// </summary>
public static class TranslationReportWriter
{
    private static readonly TranslationState[] Order =
        [TranslationState.Missing, TranslationState.Outdated, TranslationState.Untracked, TranslationState.UpToDate];

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>; the up-to-date translations one by one only with <paramref name="listUpToDate"/>.</summary>
    public static void Write(TextWriter writer, TranslationReport report, SiteConfig config, bool listUpToDate = false)
    {
        foreach (var status in report.Languages)
        {
            var language = config.Language(status.Language);
            writer.WriteLine($"{language.Code} ({language.Name}): {Summary(status)}");
            foreach (var entry in Order.Where(state => listUpToDate || state != TranslationState.UpToDate).SelectMany(state => status.Entries.Where(e => e.State == state)))
            {
                writer.WriteLine($"  {Name(entry.State),-10} {entry.File}  {entry.Label}{Detail(entry)}");
            }

            foreach (var key in status.MissingUiStrings)
            {
                writer.WriteLine($"  {"UI string",-10} {key} (shows the '{config.DefaultLanguage}' text)");
            }

            writer.WriteLine();
        }

        var entries = report.Languages.SelectMany(l => l.Entries).ToList();
        if (entries.Any(e => e.State == TranslationState.Outdated))
        {
            writer.WriteLine("Outdated: the original changed after the translation was made. Update the translation, then run 'workplansite translations stamp FILE'.");
        }

        if (entries.Any(e => e.State == TranslationState.Untracked && e.Kind != TranslatedKind.KeyDate))
        {
            writer.WriteLine("Untracked: the translation has no 'translatedFrom' stamp, so a later change of its original cannot be noticed. Once it matches its original, run 'workplansite translations stamp FILE' (or 'stamp' alone for all of them).");
        }
    }

    private static string Summary(LanguageTranslationStatus status)
    {
        var parts = new List<string>();
        void Add(int count, string what)
        {
            if (count > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {what}"));
            }
        }

        Add(status.Count(TranslationState.Original), "original");
        Add(status.Count(TranslationState.UpToDate), "up to date");
        Add(status.Count(TranslationState.Untracked), "untracked");
        Add(status.Count(TranslationState.Outdated), "outdated");
        Add(status.Count(TranslationState.Missing), "missing");
        Add(status.MissingUiStrings.Length, "missing UI strings");
        return string.Join(", ", parts);
    }

    private static string Name(TranslationState state) => state switch
    {
        TranslationState.UpToDate => "up to date",
        TranslationState.Untracked => "untracked",
        TranslationState.Outdated => "outdated",
        TranslationState.Missing => "missing",
        _ => "original",
    };

    private static string Detail(TranslationEntry entry) => entry.State switch
    {
        TranslationState.Outdated => $" (translated from {entry.Stamp}; the original is now {entry.CurrentStamp})",
        TranslationState.Missing when entry.CurrentStamp is not null => $" (from {entry.CurrentStamp})",
        _ => "",
    };
}
