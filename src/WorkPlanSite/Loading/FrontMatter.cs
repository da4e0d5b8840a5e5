using WorkPlanSite.Diagnostics;

namespace WorkPlanSite.Loading;

/// <summary>A Markdown file split into its YAML front matter and its body, each with the line it starts on.</summary>
/// <param name="Yaml">The front matter text (without the <c>---</c> lines).</param>
/// <param name="YamlLineOffset">Lines before the front matter's first line (1 for the opening <c>---</c>).</param>
/// <param name="Body">The Markdown below the closing <c>---</c>.</param>
/// <param name="BodyLine">The 1-based line the body starts on.</param>
internal sealed record FrontMatter(string Yaml, int YamlLineOffset, string Body, int BodyLine)
{
    public static FrontMatter? Split(string text, string path, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
        {
            diagnostics.Error(SourcePosition.File(path), "The file does not start with a front matter block.",
                "Put a line '---' first, then the keys (title: …), then another '---' line, then the text.");
            return null;
        }

        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() == "---")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = i + 1 < lines.Length ? string.Join('\n', lines[(i + 1)..]) : "";
                return new FrontMatter(yaml, 1, body, i + 2);
            }
        }

        diagnostics.Error(SourcePosition.File(path), "The front matter block is not closed.",
            "Add a line '---' after the last key, before the text.");
        return null;
    }
}
