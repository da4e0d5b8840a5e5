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
        if (string.IsNullOrWhiteSpace(text))
        {
            // An editor's "new file" saved before anything was typed, or a text emptied by mistake.
            diagnostics.Error(SourcePosition.File(path), "The file is empty.",
                "Write its front matter (a line '---', the keys such as title: …, another '---' line) and its text, or delete the file.");
            return null;
        }

        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
        {
            diagnostics.Error(SourcePosition.File(path), "The file does not start with a front matter block.",
                "Put a line '---' first, then the keys (title: …), then another '---' line, then the text.");
            return null;
        }

        // Line by line without splitting the file: the closing '---' is the first line that is only '---' (and
        // trailing spaces) after the opening one.
        var start = text.IndexOf('\n') + 1;
        var line = 2;
        for (var at = start; at > 0 && at <= text.Length; line++)
        {
            var end = text.IndexOf('\n', at);
            var content = text.AsSpan(at, (end < 0 ? text.Length : end) - at);
            if (content.TrimEnd().SequenceEqual("---"))
            {
                var yaml = at > start ? text[start..(at - 1)] : "";
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(yaml, 1, body, line + 1);
            }

            at = end < 0 ? -1 : end + 1;
        }

        diagnostics.Error(SourcePosition.File(path), "The front matter block is not closed.",
            "Add a line '---' after the last key, before the text.");
        return null;
    }
}
