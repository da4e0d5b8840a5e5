using System.Collections.Immutable;
using System.Globalization;
using WorkPlanSite.Dates;
using WorkPlanSite.Model;
using YamlDotNet.RepresentationModel;

namespace WorkPlanSite.Loading;

/// <summary>
/// Reads the progress keys of an activity's language-neutral file (<c>status</c>, <c>progress</c>, <c>weight</c>,
/// <c>updated</c>, <c>milestones</c>) and of its language files (<c>milestones</c> titles, <c>progressNote</c>).
/// What one file can tell alone is checked here; the status and the milestones' dates are checked against the site and
/// the programme by <c>Validation/ProgressValidator</c>.
/// </summary>
internal static class ProgressReader
{
    /// <summary>The keys of the language-neutral file.</summary>
    public static readonly string[] NeutralKeys = ["status", "progress", "weight", "updated", "milestones"];

    /// <summary>The keys of the front matter.</summary>
    public static readonly string[] TextKeys = ["milestones", "progressNote"];

    private static readonly string[] MilestoneKeys = ["id", "date", "done"];

    public static ActivityProgress Read(YamlMap neutral)
    {
        var progress = new ActivityProgress
        {
            Status = neutral.String("status"),
            Percent = Percent(neutral),
            Weight = Weight(neutral),
            Updated = Updated(neutral),
            Milestones = Milestones(neutral, out var ids),
            MilestoneIds = ids,
        };
        return progress.IsEmpty ? ActivityProgress.None : progress;
    }

    /// <summary>The weight of an objective in its programme's roll-up (<c>weight</c>), or null.</summary>
    public static decimal? Weight(YamlMap map)
    {
        var text = map.String("weight");
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight) && weight > 0)
        {
            return weight;
        }

        map.Diagnostics.Error(map.PositionOfNode(map.Node("weight")!), $"'{map.Qualified("weight")}' must be a number greater than 0, not '{text}'.",
            "For example 'weight: 2' for an item that counts twice as much as one without a weight (which counts 1).");
        return null;
    }

    /// <summary>The milestone titles of a language file, by id.</summary>
    public static ImmutableSortedDictionary<string, string> MilestoneTitles(YamlMap frontMatter)
    {
        var titles = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (frontMatter.Map("milestones") is { } map)
        {
            foreach (var (id, value, _) in map.Entries())
            {
                if (map.ScalarText(value, id) is { } title)
                {
                    titles[id] = title;
                }
            }
        }

        return titles.ToImmutable();
    }

    private static int? Percent(YamlMap map)
    {
        var text = map.String("progress");
        if (text is null)
        {
            return null;
        }

        var position = map.PositionOfNode(map.Node("progress")!);
        var trimmed = text.Trim().TrimEnd('%').TrimEnd();
        if (!int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var percent))
        {
            map.Diagnostics.Error(position, $"'{map.Qualified("progress")}' must be a whole number from 0 to 100, not '{text}'.",
                "Write how much of the activity is done, in percent: 'progress: 40'. Leave it out to take the default of the status.");
            return null;
        }

        if (percent is < 0 or > 100)
        {
            map.Diagnostics.Error(position, $"'{map.Qualified("progress")}' is {percent.ToString(CultureInfo.InvariantCulture)}, outside 0-100.",
                "Write how much of the activity is done, in percent, from 0 (not started) to 100 (done).");
            return null;
        }

        return percent;
    }

    private static DateOnly? Updated(YamlMap map)
    {
        if (map.Date("updated") is not { } date)
        {
            return null;
        }

        if (date.IsRange || !date.IsDayPrecise)
        {
            map.Diagnostics.Error(map.PositionOfNode(map.Node("updated")!), $"'{map.Qualified("updated")}' must be one day, not '{date.Edtf}'.",
                "Write the day the progress was last brought up to date: 'updated: 2022-03-15'.");
            return null;
        }

        return date.Earliest;
    }

    private static ImmutableArray<Milestone> Milestones(YamlMap neutral, out ImmutableArray<string> ids)
    {
        var result = ImmutableArray.CreateBuilder<Milestone>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var written = new List<string>();
        foreach (var item in neutral.MapList("milestones"))
        {
            item.RejectUnknownKeys(MilestoneKeys);
            var id = item.String("id", required: true);
            var date = item.Date("date", required: true);
            var done = Done(item);
            if (id is not null && !seen.Add(id))
            {
                neutral.Diagnostics.Error(item.PositionOf("id"), $"The milestone id '{id}' is used twice in this activity.",
                    "Give each milestone its own id: the language files name their titles by it.");
                continue;
            }

            if (id is not null)
            {
                written.Add(id);
            }

            if (id is not null && date is not null)
            {
                result.Add(new Milestone(id, date, done, item.Position));
            }
        }

        ids = [.. written];
        return result.ToImmutable();
    }

    private static bool Done(YamlMap item)
    {
        var node = item.Node("done");
        if (node is null)
        {
            return false;
        }

        switch (item.ScalarText(node, "done"))
        {
            case null or "false" or "no":
                return false;
            case "true" or "yes":
                return true;
            case var other:
                item.Diagnostics.Error(item.PositionOfNode(node), $"'{item.Qualified("done")}' must be true or false, not '{other}'.",
                    "Write 'done: true' once the milestone is reached; leave it out (or 'done: false') until then.");
                return false;
        }
    }
}
