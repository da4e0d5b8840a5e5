using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace WorkPlanSite.Themes;

/// <summary>
/// What <c>workplansite theme</c> does with a site's copies of theme files: lists the theme's files and which of them
/// the site overrides, copies installed files into the site for editing (never over a file the site has), and shows
/// how the site's copies differ from the installed files of this version of WorkPlanSite.
/// </summary>
public static class ThemeOverrides
{
    /// <summary>Every file of the theme (templates, assets, UI strings, manifest), each with the layer that gives it.</summary>
    public static IReadOnlyList<ThemeFileEntry> List(ThemeFiles theme) => theme.Layers
        .SelectMany(l => Directory.EnumerateFiles(l.Directory, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(l.Directory, p).Replace('\\', '/')))
        .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .Select(path =>
        {
            var layer = theme.LayerOf(path)!;
            var below = Below(theme, layer, path);
            return new ThemeFileEntry(path, layer, below);
        })
        .ToList();

    /// <summary>
    /// Copies <paramref name="files"/> (paths in the theme, such as <c>templates/Layout.cshtml</c>, or a name that
    /// only one file of the theme has, such as <c>Layout.cshtml</c>) from the installed theme into the site's
    /// <c>themes/&lt;name&gt;/</c> folder under <paramref name="siteRoot"/>. A file the site already has is left as it is.
    /// </summary>
    public static ThemeOutcome Copy(ThemeFiles theme, string siteRoot, IEnumerable<string> files)
    {
        var lines = new List<string>();
        var problems = new List<string>();
        var installed = List(theme).Where(e => e.Installed is not null || !e.Source.IsSite).ToList();
        foreach (var requested in files)
        {
            var wanted = requested.Replace('\\', '/').TrimStart('/');
            var matches = installed.Where(e => e.Path == wanted).ToList();
            if (matches.Count == 0)
            {
                matches = installed.Where(e => e.Path.EndsWith("/" + wanted, StringComparison.Ordinal)).ToList();
            }

            if (matches.Count != 1)
            {
                problems.Add(matches.Count == 0
                    ? $"{requested}: the theme '{theme.Name}' has no such file. {Text.Suggestions.DidYouMean(wanted, installed.Select(e => e.Path)) ?? "'workplansite theme list' shows its files."}"
                    : $"{requested}: several files of the theme have that name ({string.Join(", ", matches.Select(m => m.Path))}); give its path.");
                continue;
            }

            var entry = matches[0];
            var source = entry.Source.IsSite ? entry.Installed! : entry.Source;
            var target = Path.Combine(siteRoot, ThemeFiles.ThemesFolder, theme.Name, entry.Path);
            var display = Path.GetRelativePath(siteRoot, target).Replace('\\', '/');
            if (File.Exists(target))
            {
                problems.Add($"{display}: the site already has this file; it is left as it is (delete it first to copy the installed one again).");
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(source.Directory, entry.Path), target);
            lines.Add($"Copied {entry.Path} to {display}: edit it there; the site's copy replaces the installed one.");
        }

        return new ThemeOutcome(lines, problems);
    }

    /// <summary>
    /// How each file the site overrides differs from the installed file it replaces, as unified diffs (installed
    /// lines '-', the site's '+'), with a few lines of context: what an update of WorkPlanSite changed under a copy.
    /// </summary>
    public static string Diff(ThemeFiles theme)
    {
        var output = new StringBuilder();
        foreach (var entry in List(theme).Where(e => e.Source.IsSite && e.Installed is not null))
        {
            var installedPath = Path.Combine(entry.Installed!.Directory, entry.Path);
            var sitePath = Path.Combine(entry.Source.Directory, entry.Path);
            var before = File.ReadAllText(installedPath);
            var after = File.ReadAllText(sitePath);
            if (string.Equals(before, after, StringComparison.Ordinal))
            {
                continue;
            }

            output.Append("--- installed ").Append(entry.Path).Append('\n');
            output.Append("+++ ").Append(theme.Display(sitePath)).Append('\n');
            AppendHunks(output, InlineDiffBuilder.Diff(new Differ(), before, after, ignoreWhiteSpace: false).Lines);
        }

        return output.ToString();
    }

    private const int Context = 3;

    private static void AppendHunks(StringBuilder output, IReadOnlyList<DiffPiece> lines)
    {
        var changed = lines.Select((l, i) => (l, i)).Where(p => p.l.Type is ChangeType.Inserted or ChangeType.Deleted).Select(p => p.i).ToList();
        var start = -1;
        var end = -1;
        foreach (var index in changed.Append(int.MaxValue))
        {
            if (start >= 0 && (index == int.MaxValue || index - Context > end + Context))
            {
                var from = Math.Max(0, start - Context);
                var to = Math.Min(lines.Count - 1, end + Context);
                var oldLine = lines.Take(from).Count(l => l.Type != ChangeType.Inserted) + 1;
                var newLine = lines.Take(from).Count(l => l.Type != ChangeType.Deleted) + 1;
                output.Append("@@ -").Append(oldLine).Append(" +").Append(newLine).Append(" @@\n");
                for (var i = from; i <= to; i++)
                {
                    output.Append(lines[i].Type switch { ChangeType.Inserted => '+', ChangeType.Deleted => '-', _ => ' ' }).Append(lines[i].Text).Append('\n');
                }

                start = -1;
            }

            if (index != int.MaxValue)
            {
                start = start < 0 ? index : start;
                end = index;
            }
        }
    }

    private static ThemeLayer? Below(ThemeFiles theme, ThemeLayer layer, string path) => theme.Layers
        .SkipWhile(l => l != layer).Skip(1)
        .FirstOrDefault(l => !l.IsSite && File.Exists(Path.Combine(l.Directory, path)));
}

/// <summary>One file of a theme.</summary>
/// <param name="Path">Its path in the theme folder, with '/'.</param>
/// <param name="Source">The layer that gives it to the build.</param>
/// <param name="Installed">When the site's file replaces an installed one: the installed layer that has it.</param>
public sealed record ThemeFileEntry(string Path, ThemeLayer Source, ThemeLayer? Installed)
{
    /// <summary>True when the site's copy replaces a file installed with WorkPlanSite.</summary>
    public bool Overridden => Source.IsSite && Installed is not null;
}

/// <summary>What a theme command did, line by line, and the files it could not handle.</summary>
public sealed record ThemeOutcome(IReadOnlyList<string> Lines, IReadOnlyList<string> Problems);
