using System.Collections.Immutable;
using System.Globalization;
using WorkPlanSite.Dates;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Tests.Support;

/// <summary>The default theme's UI strings and date formatters, read from the repository.</summary>
internal static class ThemeStrings
{
    public static UiStrings For(string language) =>
        new(language, Read(language), Read("fr"));

    public static DateFormatter Dates(string language, string locale) =>
        new(CultureInfo.GetCultureInfo(locale), For(language));

    public static ImmutableSortedDictionary<string, string> Read(string language)
    {
        var path = Path.Combine(RepositoryPaths.Root, "themes", "default", "i18n", language + ".yaml");
        var diagnostics = new DiagnosticBag();
        var strings = UiStringsLoader.ReadFile(path, path, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return strings;
    }
}
