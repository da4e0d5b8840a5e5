using System.Text;
using WorkPlanSite.Loading;

namespace WorkPlanSite.Translating;

/// <summary>
/// Writes a <c>translatedFrom: fr@1a2b3c4d</c> line into a translation's front matter, replacing an older one.
/// The rest of the file is kept byte for byte (line endings and byte-order mark included), and the file is replaced
/// in one rename so that an interrupted run never leaves it half written.
/// </summary>
public static class TranslationStamper
{
    /// <summary>Stamps the file at <paramref name="fullPath"/>; returns a problem to report, or null.</summary>
    public static string? Stamp(string fullPath, string stamp)
    {
        var bytes = File.ReadAllBytes(fullPath);
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var text = new UTF8Encoding(false, true).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline);
        if (lines.Length < 2 || lines[0].TrimEnd() != "---")
        {
            // Only the home page's introduction may go without front matter: it gets one, holding the stamp alone.
            if (!Path.GetFileName(fullPath).StartsWith(Loading.PageLoader.HomeStem + ".", StringComparison.Ordinal))
            {
                return "The file does not start with a front matter block ('---').";
            }

            lines = ["---", "---", "", .. lines];
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            return "The front matter block is not closed by a '---' line.";
        }

        var line = $"{TranslationSourceReader.Key}: {stamp}";
        var existing = Array.FindIndex(lines, 1, close - 1, l => l.StartsWith(TranslationSourceReader.Key + ":", StringComparison.Ordinal));
        var updated = existing >= 0
            ? lines.Select((l, i) => i == existing ? line : l)
            : lines.Take(close).Append(line).Concat(lines.Skip(close));
        var result = string.Join(newline, updated);

        var temporary = fullPath + ".workplansite-tmp";
        using (var stream = File.Create(temporary))
        {
            if (bom)
            {
                stream.Write(Encoding.UTF8.Preamble);
            }

            stream.Write(Encoding.UTF8.GetBytes(result));
        }

        File.Move(temporary, fullPath, overwrite: true);
        return null;
    }
}
