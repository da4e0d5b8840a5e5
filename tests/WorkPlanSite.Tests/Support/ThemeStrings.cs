using System.Collections.Immutable;
using System.Globalization;
using WorkPlanSite.Dates;
using WorkPlanSite.Themes;
using YamlDotNet.RepresentationModel;

namespace WorkPlanSite.Tests.Support;

/// <summary>The default theme's UI strings and date formatters, read from the repository.</summary>
internal static class ThemeStrings
{
    public static UiStrings For(string language) =>
        new(language, Read(language), Read("fr"));

    public static DateFormatter Dates(string language, string locale) =>
        new(CultureInfo.GetCultureInfo(locale), For(language));

    private static ImmutableSortedDictionary<string, string> Read(string language)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "themes", "default", "i18n", language + ".yaml"))));
        var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        Flatten(yaml.Documents[0].RootNode, "", result);
        return result.ToImmutable();
    }

    private static void Flatten(YamlNode node, string prefix, ImmutableSortedDictionary<string, string>.Builder into)
    {
        if (node is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                var name = ((YamlScalarNode)key).Value!;
                Flatten(value, prefix.Length == 0 ? name : prefix + "." + name, into);
            }
        }
        else if (node is YamlScalarNode scalar)
        {
            into[prefix] = scalar.Value ?? "";
        }
    }
}
