using System.Globalization;
using WorkPlanSite.Configuration;
using WorkPlanSite.Dates;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Pages;

/// <summary>What pages of one language are written with: its configuration, UI strings, culture and date formatter. Built once per build.</summary>
public sealed class LanguageKit
{
    /// <summary>Creates the kit of a language.</summary>
    public LanguageKit(LanguageConfig language, UiStrings strings)
    {
        Language = language;
        Strings = strings;
        Culture = CultureInfo.GetCultureInfo(language.Locale);
        Dates = new DateFormatter(Culture, strings);
    }

    /// <summary>The language's configuration.</summary>
    public LanguageConfig Language { get; }

    /// <summary>Its code.</summary>
    public string Code => Language.Code;

    /// <summary>Its UI strings.</summary>
    public UiStrings Strings { get; }

    /// <summary>Its culture.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Its date formatter.</summary>
    public DateFormatter Dates { get; }

    /// <summary>A date ready to show.</summary>
    public DateView Date(ImpreciseDate date) =>
        new(Dates.Format(date), date.Start?.HtmlValue, date.IsRange ? date.End?.HtmlValue : null, date.Earliest, date.Latest);
}
