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
        try
        {
            // One pass: the tree is built from the events as the checking parser lets them through.
            var parser = new CheckingParser(new Parser(new StringReader(text)), path, lineOffset);
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
        catch (YamlException ex)
        {
            // "While scanning X, found Y": Start is where X began, End is where the problem Y is.
            var mark = Clean(ex).StartsWith("While scanning", StringComparison.Ordinal) && ex.End.Line >= ex.Start.Line ? ex.End : ex.Start;
            var line = (int)Math.Max(1, mark.Line) + lineOffset;
            var column = (int)Math.Max(1, mark.Column);
            var (message, hint) = Explain(Clean(ex));
            diagnostics.Error(new SourcePosition(path, line, column), message, hint);
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
