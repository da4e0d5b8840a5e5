using System.Collections.Immutable;
using System.Globalization;
using WorkPlanSite.Model;
using YamlDotNet.RepresentationModel;

namespace WorkPlanSite.Loading;

/// <summary>
/// Reads <c>indicators</c> of an activity's or an objective's language-neutral file, and their titles and comments in
/// its language files. A value that is not of the indicator's kind (a text for a number, a number for a qualitative
/// indicator) is an error at the value.
/// </summary>
internal static class IndicatorReader
{
    public const string Key = "indicators";

    private static readonly string[] IndicatorKeys = ["id", "kind", "unit", "higherIsBetter", "baseline", "baselineDate", "values"];
    private static readonly string[] MeasureKeys = ["period", "target", "actual"];
    private static readonly string[] TextKeys = ["title", "comments"];

    public static ImmutableArray<Indicator> Read(YamlMap neutral)
    {
        var result = ImmutableArray.CreateBuilder<Indicator>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in neutral.MapList(Key))
        {
            item.RejectUnknownKeys(IndicatorKeys);
            var id = item.String("id", required: true);
            var kind = Kind(item);
            var indicator = new Indicator
            {
                Id = id ?? "",
                Kind = kind,
                Unit = item.String("unit"),
                HigherIsBetter = Boolean(item, "higherIsBetter") ?? true,
                Baseline = Value(item, "baseline", kind),
                BaselineDate = item.Date("baselineDate"),
                Measures = [.. item.MapList("values").Select(m => Measure(m, kind)).OfType<IndicatorMeasure>()],
                Position = item.Position,
            };
            if (id is not null && !seen.Add(id))
            {
                neutral.Diagnostics.Error(item.PositionOf("id"), $"The indicator id '{id}' is used twice here.", "Give each indicator its own id: the language files name their titles by it.");
                continue;
            }

            if (id is not null)
            {
                result.Add(indicator);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The titles and comments of a language file's indicators, by indicator id.</summary>
    public static ImmutableSortedDictionary<string, IndicatorText> ReadTexts(YamlMap frontMatter)
    {
        var texts = ImmutableSortedDictionary.CreateBuilder<string, IndicatorText>(StringComparer.Ordinal);
        if (frontMatter.Map(Key) is not { } map)
        {
            return texts.ToImmutable();
        }

        foreach (var (id, _, _) in map.Entries())
        {
            if (map.Map(id) is not { } one)
            {
                continue;
            }

            one.RejectUnknownKeys(TextKeys);
            var title = one.String("title", required: true);
            var comments = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (one.Map("comments") is { } byPeriod)
            {
                foreach (var (period, value, _) in byPeriod.Entries())
                {
                    if (byPeriod.ScalarText(value, period) is { } comment)
                    {
                        comments[Dates.ImpreciseDateParser.Parse(period).Value?.Edtf ?? period] = comment;
                    }
                }
            }

            if (title is not null)
            {
                texts[id] = new IndicatorText(title, comments.ToImmutable());
            }
        }

        return texts.ToImmutable();
    }

    private static IndicatorKind Kind(YamlMap item) => item.String("kind") switch
    {
        null or "number" => IndicatorKind.Number,
        "percentage" => IndicatorKind.Percentage,
        "qualitative" => IndicatorKind.Qualitative,
        var other => Unknown(item, other),
    };

    private static IndicatorKind Unknown(YamlMap item, string written)
    {
        item.Diagnostics.Error(item.PositionOfNode(item.Node("kind")!), $"'{written}' is not a kind of indicator.",
            Text.Suggestions.DidYouMean(written, ["number", "percentage", "qualitative"]) ?? "Write 'number' (with a 'unit'), 'percentage' or 'qualitative'.");
        return IndicatorKind.Number;
    }

    private static IndicatorMeasure? Measure(YamlMap entry, IndicatorKind kind)
    {
        entry.RejectUnknownKeys(MeasureKeys);
        var period = entry.Date("period", required: true);
        var target = Value(entry, "target", kind);
        var actual = Value(entry, "actual", kind);
        return period is null ? null : new IndicatorMeasure(period, target, actual, entry.Position);
    }

    private static IndicatorValue? Value(YamlMap map, string key, IndicatorKind kind)
    {
        if (map.Node(key) is not { } node || map.ScalarText(node, key) is not { } text)
        {
            return null;
        }

        var isNumber = decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number);
        switch (kind)
        {
            case IndicatorKind.Qualitative when node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } && isNumber:
                map.Diagnostics.Error(map.PositionOfNode(node), $"'{map.Qualified(key)}' is the number {text}, but the indicator is qualitative.",
                    "Write the value in words, or make the indicator 'kind: number' or 'kind: percentage'.");
                return null;
            case IndicatorKind.Qualitative:
                return new IndicatorValue(null, text);
            case IndicatorKind.Percentage when isNumber && number is < 0 or > 100:
                map.Diagnostics.Error(map.PositionOfNode(node), $"'{map.Qualified(key)}' is {text}, outside 0-100, but the indicator is a percentage.",
                    "Write a percentage from 0 to 100, without '%', or make the indicator 'kind: number'.");
                return null;
            case not IndicatorKind.Qualitative when !isNumber:
                map.Diagnostics.Error(map.PositionOfNode(node), $"'{map.Qualified(key)}' is '{text}', but the indicator is a {(kind == IndicatorKind.Percentage ? "percentage" : "number")}.",
                    "Write a figure (12, 3.5), or make the indicator 'kind: qualitative' to give values in words.");
                return null;
            default:
                return new IndicatorValue(number, null);
        }
    }

    private static bool? Boolean(YamlMap map, string key)
    {
        var text = map.String(key);
        switch (text)
        {
            case null:
                return null;
            case "true" or "yes":
                return true;
            case "false" or "no":
                return false;
            default:
                map.Diagnostics.Error(map.PositionOfNode(map.Node(key)!), $"'{map.Qualified(key)}' must be true or false, not '{text}'.");
                return null;
        }
    }
}
