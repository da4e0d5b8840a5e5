using System.Collections.Immutable;
using System.Globalization;
using WorkPlanSite.Loading;
using WorkPlanSite.Model;
using WorkPlanSite.Text;

namespace WorkPlanSite.Configuration;

/// <summary>
/// Reads <c>statuses</c> in <c>site.config.json</c>: an entry whose key is one of the default statuses renames it or
/// changes its default progress (it keeps what it means: completed stays finished, cancelled stays left out); an entry
/// with a new key adds a status, after the default ones, that counts as not finished.
/// </summary>
internal static class StatusSetReader
{
    public static readonly string[] EntryKeys = ["key", "label", "defaultProgress"];

    public static StatusSet Read(YamlMap config, IReadOnlyList<string> languages)
    {
        var statuses = StatusSet.Default.Statuses.ToList();
        foreach (var entry in config.MapList("statuses"))
        {
            entry.RejectUnknownKeys(EntryKeys);
            var key = entry.String("key", required: true);
            if (key is null)
            {
                continue;
            }

            if (!Ids.IsValid(key))
            {
                entry.Diagnostics.Error(entry.PositionOf("key"), $"The status key '{Ids.Shorten(key)}' must be made of lower-case letters, digits and '-'.",
                    "For example \"on-hold\": authors write it after 'status:'.");
                continue;
            }

            var index = statuses.FindIndex(s => string.Equals(s.Key, key, StringComparison.Ordinal));
            var label = entry.Node("label") is { } node ? LocalizedTextReader.Read(entry, "label", node, languages) ?? LocalizedText.Empty : LocalizedText.Empty;
            var progress = DefaultProgress(entry);
            if (index >= 0)
            {
                var known = statuses[index];
                statuses[index] = known with { Label = label.IsEmpty ? known.Label : label, DefaultProgress = progress ?? known.DefaultProgress };
                continue;
            }

            if (label.IsEmpty)
            {
                entry.Diagnostics.Error(entry.Position, $"The new status '{key}' has no label.",
                    Suggestions.DidYouMean(key, statuses.Select(s => s.Key)) is { } likely
                        ? $"{likely} Otherwise add \"label\": {{ \"fr\": \"…\", \"en\": \"…\" }}."
                        : "Add \"label\": { \"fr\": \"…\", \"en\": \"…\" }, the status's name in each language.");
                continue;
            }

            statuses.Add(new ProgressStatus(key, label, progress ?? 0, StatusRole.Open));
        }

        return new StatusSet([.. statuses]);
    }

    private static int? DefaultProgress(YamlMap entry)
    {
        var value = entry.Int("defaultProgress");
        if (value is < 0 or > 100)
        {
            entry.Diagnostics.Error(entry.PositionOf("defaultProgress"), $"'{entry.Qualified("defaultProgress")}' is {value.Value.ToString(CultureInfo.InvariantCulture)}, outside 0-100.",
                "Give the progress, in percent, of an activity with this status and no 'progress' of its own.");
            return null;
        }

        return value;
    }
}
