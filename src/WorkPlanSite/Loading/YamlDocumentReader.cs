using WorkPlanSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace WorkPlanSite.Loading;

/// <summary>
/// Parses YAML text into a node tree that remembers positions. Syntax errors become diagnostics with
/// the file's real line (front matter starts below the opening <c>---</c>, hence a line offset).
/// Anchors and aliases are refused: content never needs them and they are the way to a "billion laughs" bomb.
/// </summary>
internal static class YamlDocumentReader
{
    /// <summary>Nesting deeper than this is refused before it can exhaust the stack.</summary>
    private const int MaxDepth = 64;

    /// <summary>The root node (null for an empty document), or false when the text is not valid YAML (reported).</summary>
    public static bool TryParse(string text, string path, int lineOffset, DiagnosticBag diagnostics, out YamlNode? root)
    {
        root = null;
        var reached = new SourcePosition(path, lineOffset + 1, 1);
        // One pass: the tree is built from the events as the checking parser lets them through.
        var parser = new CheckingParser(new Parser(new StringReader(text)), path, lineOffset);
        try
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(parser);
            }
            catch (RefusedYamlException refused)
            {
                diagnostics.Error(refused.Position, refused.Message, refused.Hint);
                return false;
            }
            finally
            {
                reached = parser.Reached;
            }

            if (stream.Documents.Count == 0)
            {
                return true;
            }

            if (stream.Documents.Count > 1)
            {
                diagnostics.Error(new SourcePosition(path, lineOffset + 1, 1),
                    "The file holds several YAML documents (separated by '---').",
                    "Keep one document per file.");
                return false;
            }

            root = stream.Documents[0].RootNode;
            return true;
        }
        catch (YamlException ex) when (QuoteProblem(ex, text, parser.LastQuoted) is var (mark, message, hint))
        {
            diagnostics.Error(At(mark, path, lineOffset), message, hint);
            return false;
        }
        catch (YamlException ex)
        {
            // "While scanning X, found Y": Start is where X began, End is where the problem Y is.
            var cleaned = Clean(ex);
            var mark = cleaned.StartsWith("While scanning", StringComparison.Ordinal) && ex.End.Line >= ex.Start.Line ? ex.End : ex.Start;
            // A tab in the indentation can be reported where the mapping it breaks began, lines above the tab.
            mark = cleaned.Contains("tab", StringComparison.Ordinal) ? IndentingTab(text, mark) ?? mark : mark;
            var (message, hint) = Explain(cleaned);
            diagnostics.Error(At(mark, path, lineOffset), message, hint);
            return false;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException or OverflowException)
        {
            // YamlDotNet throws these instead of a YamlException on a few malformed inputs (found by the fuzz test,
            // e.g. '---' inside a [flow list]); the last place it read without trouble is the best position there is.
            diagnostics.Error(reached, "YAML syntax error: the text cannot be read after this point.",
                "Check the brackets, quotes and indentation here, and that no line '---' is in the middle of the data.");
            return false;
        }
    }

    /// <summary>The root node, or null when the document is empty or invalid (then reported).</summary>
    public static YamlNode? Parse(string text, string path, int lineOffset, DiagnosticBag diagnostics) =>
        TryParse(text, path, lineOffset, diagnostics, out var root) ? root : null;

    public static SourcePosition PositionOf(YamlNode node, string path, int lineOffset) =>
        new(path, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    /// <summary>
    /// Lets the parser's events through while checking nesting and anchors, before the tree builder sees them:
    /// building the tree is recursive, so a file of a hundred thousand '[' would overflow the stack (a crash no
    /// handler can catch); it is refused at the 65th level instead.
    /// </summary>
    private sealed class CheckingParser(IParser inner, string path, int lineOffset) : IParser
    {
        private int _depth;
        private Mark _reached = Mark.Empty;

        /// <summary>The last event read when it is a scalar in quotes: what a syntax error just after it may come from.</summary>
        public Scalar? LastQuoted { get; private set; }

        /// <summary>The end of the last event read: where a parser that fails without a position stopped.</summary>
        public SourcePosition Reached => new(path, (int)Math.Max(1, _reached.Line) + lineOffset, (int)Math.Max(1, _reached.Column));

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            var current = inner.Current!;
            _reached = current.End;
            LastQuoted = current is Scalar { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } quoted ? quoted : null;
            switch (current)
            {
                case AnchorAlias alias:
                    throw new RefusedYamlException(At(alias), $"YAML anchors and aliases ('&{alias.Value.Value}', '*{alias.Value.Value}') are not supported.", "Write the value out in full.");
                case NodeEvent { Anchor.IsEmpty: false } node:
                    throw new RefusedYamlException(At(node), $"YAML anchors and aliases ('&{node.Anchor.Value}', '*{node.Anchor.Value}') are not supported.", "Write the value out in full.");
                case SequenceStart or MappingStart when ++_depth > MaxDepth:
                    throw new RefusedYamlException(At(current), $"The YAML is nested more than {MaxDepth} levels deep.", "Content files need only a few levels; check the brackets and the indentation.");
                case SequenceEnd or MappingEnd:
                    _depth--;
                    break;
            }

            return true;
        }

        private SourcePosition At(ParsingEvent e) => new(path, (int)e.Start.Line + lineOffset, (int)e.Start.Column);
    }

    /// <summary>A construct the content format refuses, found while reading.</summary>
    private sealed class RefusedYamlException(SourcePosition position, string message, string hint) : Exception(message)
    {
        public SourcePosition Position { get; } = position;

        public string Hint { get; } = hint;
    }

    /// <summary>The first tab in the indentation of a line at or below <paramref name="from"/>'s line; null when there is none.</summary>
    private static Mark? IndentingTab(string text, Mark from)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var indentation = text.AsSpan(lineStart, i - lineStart);
                indentation = indentation[..(indentation.Length - indentation.TrimStart(" \t").Length)];
                var tab = indentation.IndexOf('\t');
                if (line >= from.Line && tab >= 0)
                {
                    return new Mark(lineStart + tab, line, tab + 1);
                }

                line++;
                lineStart = i + 1;
            }
        }

        return null;
    }

    private static SourcePosition At(Mark mark, string path, int lineOffset) =>
        new(path, (int)Math.Max(1, mark.Line) + lineOffset, (int)Math.Max(1, mark.Column));

    /// <summary>
    /// The two mistakes with quotes that YamlDotNet reports far from their cause, at the quote to fix: a quote never
    /// closed (reported where the parser gave up, often lines below), and an apostrophe inside single quotes, which
    /// ends the text there (<c>title: 'L'activité'</c>, reported as a missing key after it). Null for other errors.
    /// </summary>
    private static (Mark Mark, string Message, string Hint)? QuoteProblem(YamlException ex, string text, Scalar? lastQuoted)
    {
        var message = Clean(ex);
        if (message.StartsWith("While scanning", StringComparison.Ordinal) && message.Contains("quoted scalar", StringComparison.Ordinal)
            && ex.Start.Index >= 0 && ex.Start.Index < text.Length && text[(int)ex.Start.Index] is var quote and ('"' or '\''))
        {
            return (ex.Start, $"YAML syntax error: the text in quotes ({quote}) that starts here is not closed.",
                $"End the text with the quote it starts with ({quote}) before the end of the value, or remove the opening quote.");
        }

        if (lastQuoted is { } scalar && scalar.End.Line == ex.Start.Line && scalar.End.Column <= ex.Start.Column)
        {
            var closing = new Mark(scalar.End.Index - 1, scalar.End.Line, scalar.End.Column - 1);
            var mark = scalar.Style == ScalarStyle.SingleQuoted ? '\'' : '"';
            return (closing, $"YAML syntax error: this quote ({mark}) ends the text in quotes, and more follows it on the line.",
                scalar.Style == ScalarStyle.SingleQuoted
                    ? "Inside single quotes, write an apostrophe twice ('L''activité'), or put the whole text in double quotes (\"L'activité\"), or write it without quotes."
                    : "Inside double quotes, write a quote as \\\" (\"le \\\"Pacte\\\" vert\"), or put the whole text in single quotes ('le \"Pacte\" vert').");
        }

        return null;
    }

    /// <summary>YamlDotNet's message, and the fix that most often applies to it.</summary>
    private static (string Message, string Hint) Explain(string message)
    {
        if (message.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            return ($"The key '{message["Duplicate key ".Length..].Trim()}' is written twice.", "Keep one of the two lines.");
        }

        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return ("YAML syntax error: " + message, "Indent with spaces, not tabs (most editors have a setting to insert spaces).");
        }

        if (message.Contains("invalid mapping", StringComparison.Ordinal) || message.Contains("mapping values are not allowed", StringComparison.Ordinal))
        {
            return ("YAML syntax error: " + message, "A text that contains ': ' must be in quotes, such as title: \"Objectif : agir\".");
        }

        return ("YAML syntax error: " + message,
            "Check the indentation (spaces, not tabs) and put quotes around texts that contain ': ' or start with a special character.");
    }

    private static string Clean(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; our position says it already.
        var message = ex.InnerException?.Message ?? ex.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 ? message[(marker + 3)..] : message;
    }
}
