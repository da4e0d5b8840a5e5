using System.Globalization;
using WorkPlanSite.Themes;

namespace WorkPlanSite.Attachments;

/// <summary>
/// A file's type and size as a link to it says them ("PDF, 1.2 MB", « PDF, 1,2 Mo »), in the language of the text:
/// the number in the language's culture, the units and the pattern from the theme's UI strings (<c>file.*</c>).
/// Sizes are in decimal units (1 kB = 1,000 bytes), as file managers show them.
/// </summary>
public sealed class FileSizeText(CultureInfo culture, UiStrings? strings)
{
    /// <summary>The English text, for a renderer made without the theme's strings (tests, tools).</summary>
    public static FileSizeText Invariant { get; } = new(CultureInfo.InvariantCulture, null);

    /// <summary>"PDF, 1.2 MB".</summary>
    public string Describe(string type, long size) => Text("file.info", "{type}, {size}", ("type", type), ("size", Size(size)));

    /// <summary>"1.2 MB", "340 kB", "12 B".</summary>
    public string Size(long bytes) => bytes switch
    {
        < 1_000 => Text("file.bytes", "{size} B", ("size", bytes.ToString(culture))),
        < 999_500 => Text("file.kilobytes", "{size} kB", ("size", Math.Max(1, Math.Round(bytes / 1_000d, MidpointRounding.AwayFromZero)).ToString("0", culture))),
        < 999_950_000 => Text("file.megabytes", "{size} MB", ("size", (bytes / 1_000_000d).ToString("0.#", culture))),
        _ => Text("file.gigabytes", "{size} GB", ("size", (bytes / 1_000_000_000d).ToString("0.#", culture))),
    };

    private string Text(string key, string english, params (string Name, object? Value)[] values)
    {
        if (strings is not null && strings.Has(key))
        {
            return strings.Format(key, values);
        }

        foreach (var (name, value) in values)
        {
            english = english.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return english;
    }
}
