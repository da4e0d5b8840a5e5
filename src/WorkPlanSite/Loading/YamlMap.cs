using System.Collections.Immutable;
using System.Globalization;
using WorkPlanSite.Dates;
using WorkPlanSite.Diagnostics;
using WorkPlanSite.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace WorkPlanSite.Loading;

/// <summary>
/// Typed, position-aware reading of one YAML mapping. Every read that fails reports a diagnostic naming
/// the key, what was expected and where, and returns null, so that loading goes on and finds every problem.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly List<string> _unknown = [];

    public YamlMap(YamlMappingNode node, string path, int lineOffset, DiagnosticBag diagnostics, string? context = null)
    {
        _node = node;
        Path = path;
        LineOffset = lineOffset;
        _diagnostics = diagnostics;
        Context = context;
    }

    public string Path { get; }

    public int LineOffset { get; }

    /// <summary>Where this mapping sits, for messages ("themes.people").</summary>
    public string? Context { get; }

    public SourcePosition Position => YamlDocumentReader.PositionOf(_node, Path, LineOffset);

    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>Wraps a root node that must be a mapping; reports an error otherwise.</summary>
    public static YamlMap? FromRoot(YamlNode? root, string path, int lineOffset, DiagnosticBag diagnostics, string what)
    {
        switch (root)
        {
            case YamlMappingNode map:
                return new YamlMap(map, path, lineOffset, diagnostics);
            case null:
                return new YamlMap(new YamlMappingNode(), path, lineOffset, diagnostics);
            case YamlScalarNode { Value: null or "" or "~" or "null" }:
                return new YamlMap(new YamlMappingNode(), path, lineOffset, diagnostics);
            default:
                diagnostics.Error(YamlDocumentReader.PositionOf(root, path, lineOffset),
                    $"{what} must be a set of 'key: value' lines.", "Start each line with a key followed by ':'.");
                return null;
        }
    }

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Has(string key) => Find(key) is not null;

    public SourcePosition PositionOf(string key) =>
        FindKey(key) is { } k ? YamlDocumentReader.PositionOf(k, Path, LineOffset) : Position;

    public YamlNode? Node(string key)
    {
        _read.Add(key);
        return Find(key);
    }

    public string? String(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        return ScalarText(node, key);
    }

    /// <summary>Reads a scalar node as text, reporting an error if it is a list or a mapping.</summary>
    public string? ScalarText(YamlNode node, string key)
    {
        if (node is not YamlScalarNode scalar)
        {
            _diagnostics.Error(PositionOfNode(node), $"'{Qualified(key)}' must be a single text, not a {Describe(node)}.",
                "Write it on the same line as the key, or as a block after 'key: |'.");
            return null;
        }

        if (scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "")
        {
            return null;
        }

        return scalar.Value;
    }

    public int? Int(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _diagnostics.Error(PositionOfNode(Find(key)!), $"'{Qualified(key)}' must be a whole number, not '{text}'.", "For example: order: 3");
        return null;
    }

    public ImpreciseDate? Date(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        var text = ScalarText(node, key);
        if (text is null)
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        var result = ImpreciseDateParser.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        var position = PositionOfNode(node);
        // Quoted scalars start one column before their text.
        var quote = node is YamlScalarNode { Style: ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted } ? 1 : 0;
        _diagnostics.Error(position with { Column = position.Column + quote + result.ErrorOffset },
            $"'{Qualified(key)}' is not a valid date: {result.Error}", result.Hint ?? ImpreciseDateParser.AcceptedForms);
        return null;
    }

    /// <summary>A list of texts. A single text is accepted as a list of one, as authors often write it so.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                var single = ScalarText(scalar, key);
                return single is null ? [] : [single];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var child in sequence.Children)
                {
                    if (ScalarText(child, key) is { } text)
                    {
                        items.Add(text);
                    }
                }

                return items;
            default:
                _diagnostics.Error(PositionOfNode(node), $"'{Qualified(key)}' must be a list ('- item' lines), not a {Describe(node)}.");
                return [];
        }
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    Missing(key);
                }

                return null;
            case YamlMappingNode map:
                return new YamlMap(map, Path, LineOffset, _diagnostics, Qualified(key));
            case YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" }:
                return null;
            default:
                _diagnostics.Error(PositionOfNode(node), $"'{Qualified(key)}' must be a set of 'key: value' lines, not a {Describe(node)}.");
                return null;
        }
    }

    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                var maps = new List<YamlMap>();
                var index = 0;
                foreach (var child in sequence.Children)
                {
                    if (child is YamlMappingNode map)
                    {
                        maps.Add(new YamlMap(map, Path, LineOffset, _diagnostics, $"{Qualified(key)}[{index}]"));
                    }
                    else
                    {
                        _diagnostics.Error(PositionOfNode(child), $"Each item of '{Qualified(key)}' must be a set of 'key: value' lines.");
                    }

                    index++;
                }

                return maps;
            default:
                _diagnostics.Error(PositionOfNode(node), $"'{Qualified(key)}' must be a list ('- ' items), not a {Describe(node)}.");
                return [];
        }
    }

    /// <summary>Reports every key not in <paramref name="known"/>, with a "did you mean" hint.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> known, Severity severity = Severity.Error)
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (known.Contains(key))
            {
                continue;
            }

            _unknown.Add(key);
            var hint = Suggestions.DidYouMean(key, known) ?? $"Known keys here: {string.Join(", ", known.Order(StringComparer.Ordinal))}.";
            var position = YamlDocumentReader.PositionOf(keyNode, Path, LineOffset);
            var message = $"Unknown key '{Qualified(key)}'.";
            if (severity == Severity.Error)
            {
                _diagnostics.Error(position, message, hint);
            }
            else
            {
                _diagnostics.Warning(position, message, hint);
            }
        }
    }

    /// <summary>Every entry of a mapping whose keys are ids (theme ids, phase ids, language codes).</summary>
    public IEnumerable<(string Key, YamlNode Value, SourcePosition Position)> Entries()
    {
        foreach (var (keyNode, value) in _node.Children)
        {
            yield return ((keyNode as YamlScalarNode)?.Value ?? "", value, YamlDocumentReader.PositionOf(keyNode, Path, LineOffset));
        }
    }

    /// <summary>The positions of this mapping's keys.</summary>
    public SourceMap SourceMap() => new(Path, _node.Children
        .Where(pair => pair.Key is YamlScalarNode { Value: not null })
        .GroupBy(pair => ((YamlScalarNode)pair.Key).Value!, StringComparer.Ordinal)
        .ToImmutableSortedDictionary(g => g.Key, g => YamlDocumentReader.PositionOf(g.First().Key, Path, LineOffset), StringComparer.Ordinal));

    public SourcePosition PositionOfNode(YamlNode node) => YamlDocumentReader.PositionOf(node, Path, LineOffset);

    public string Qualified(string key) => Context is null ? key : $"{Context}.{key}";

    public void Missing(string key)
    {
        // 'titel: …' is already reported as an unknown key with "Did you mean 'title'?": one typo, one error.
        if (_unknown.Any(u => Suggestions.Closest(u, [key]) is not null))
        {
            return;
        }

        _diagnostics.Error(Position, $"Missing required key '{Qualified(key)}'.", $"Add a line '{key}: …'.");
    }

    private YamlNode? Find(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private YamlNode? FindKey(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && string.Equals(s.Value, key, StringComparison.Ordinal));

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "set of 'key: value' lines",
        _ => "text",
    };
}
