using System.Collections.Immutable;
using System.Globalization;
using WorkPlanSite.Model;

namespace WorkPlanSite.Pages;

/// <summary>
/// Turns an item's indicators into what its pages show in one language: values written the language's way (numbers
/// with its separators, percentages with its sign), titles and comments in the language the item's texts are shown in.
/// </summary>
internal static class IndicatorViewBuilder
{
    /// <summary>The indicators of an item whose texts are shown from <paramref name="texts"/> (in <paramref name="textLanguage"/>).</summary>
    public static ImmutableArray<IndicatorView> Build(ImmutableArray<Indicator> indicators, ImmutableSortedDictionary<string, IndicatorText> texts, string textLanguage, LanguageKit kit) =>
        indicators.Select(indicator =>
        {
            var text = texts.GetValueOrDefault(indicator.Id);
            return new IndicatorView
            {
                Id = indicator.Id,
                Title = text?.Title ?? indicator.Id,
                Language = textLanguage,
                Kind = KindKey(indicator.Kind),
                Unit = indicator.Unit,
                HigherIsBetter = indicator.HigherIsBetter,
                DirectionText = indicator.Kind == IndicatorKind.Qualitative ? null
                    : kit.Strings[indicator.HigherIsBetter ? "progress.higherIsBetter" : "progress.lowerIsBetter"],
                Baseline = Value(indicator.Baseline, indicator, kit),
                BaselineDate = indicator.BaselineDate is { } date ? kit.Date(date) : null,
                Periods = indicator.Measures.Select(m => new IndicatorPeriodView(
                    kit.Date(m.Period),
                    Value(m.Target, indicator, kit),
                    Value(m.Actual, indicator, kit),
                    text?.Comments.GetValueOrDefault(m.Period.Edtf))).ToImmutableArray(),
            };
        }).ToImmutableArray();

    /// <summary>The kind as data and CSS write it.</summary>
    public static string KindKey(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Percentage => "percentage",
        IndicatorKind.Qualitative => "qualitative",
        _ => "number",
    };

    private static IndicatorValueView? Value(IndicatorValue? value, Indicator indicator, LanguageKit kit)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Number is not { } number)
        {
            return new IndicatorValueView(value.Text ?? "", null);
        }

        var figure = number.ToString("#,0.##", kit.Culture);
        var text = indicator.Kind switch
        {
            IndicatorKind.Percentage => kit.Strings.Format("progress.percent", ("percent", figure)),
            _ when indicator.Unit is { Length: > 0 } unit => string.Create(CultureInfo.InvariantCulture, $"{figure} {unit}"),
            _ => figure,
        };
        return new IndicatorValueView(text, number);
    }
}
