using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace WorkPlanSite.Tests.Schemas;

/// <summary>One reason a value fails a schema: where in the value, which keyword refused it, and JsonSchema.Net's message.</summary>
/// <param name="Location">A JSON Pointer into the value ("" for the value itself).</param>
/// <param name="Keyword">The schema keyword that refused it (<c>pattern</c>, <c>required</c>…), or <c>$unknownKeywords</c> for a schema that uses a keyword its draft does not have.</param>
/// <param name="Message">What JsonSchema.Net says.</param>
internal sealed record SchemaProblem(string Location, string Keyword, string Message)
{
    public override string ToString() => $"{(Location.Length == 0 ? "/" : Location)}: {Keyword}: {Message}";
}

/// <summary>
/// The repository's schemas (<c>schemas/*.schema.json</c>), evaluated by JsonSchema.Net 8.0.5 under the draft each
/// declares in <c>$schema</c>. All are built into one <see cref="SchemaRegistry"/>, so that the <c>$ref</c>s between
/// sibling files (<c>definitions.schema.json#/definitions/id</c>) resolve, each under an https address named after its
/// file: with the file:// address that <c>FromFile</c> gives by default, JsonSchema.Net 8 resolved such a reference to
/// the root of the other document, and every value passed.
/// </summary>
internal sealed class SchemaCatalogue
{
    private static readonly Uri Base = new("https://workplansite.invalid/schemas/");

    private static readonly IReadOnlyDictionary<string, Dialect> Drafts = new Dictionary<string, Dialect>(StringComparer.Ordinal)
    {
        ["http://json-schema.org/draft-07/schema#"] = Dialect.Draft07,
    };

    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    private readonly EvaluationOptions _options = new()
    {
        // The whole tree, so that a failure inside a $ref or a oneOf is found where it happened.
        OutputFormat = OutputFormat.Hierarchical,
        // A keyword the draft does not know (a typo such as "requried") would otherwise be ignored without a word.
        AddAnnotationForUnknownKeywords = true,
        PreserveDroppedAnnotations = true,
    };

    public SchemaCatalogue(string folder)
    {
        var registry = new SchemaRegistry();
        foreach (var path in Directory.EnumerateFiles(folder, "*.schema.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var text = File.ReadAllText(path);
            var declared = JsonNode.Parse(text)?["$schema"]?.GetValue<string>() ?? "";
            if (!Drafts.TryGetValue(declared, out var dialect))
            {
                throw new NotSupportedException($"{name} declares '{declared}', a draft these tests do not evaluate.");
            }

            _schemas[name] = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = registry, Dialect = dialect }, new Uri(Base, name));
        }
    }

    /// <summary>The names of the schema files.</summary>
    public IEnumerable<string> Names => _schemas.Keys;

    /// <summary>Why <paramref name="value"/> fails the schema <paramref name="schemaFile"/>, and any keyword unknown to its draft met on the way; empty when it passes.</summary>
    public IReadOnlyList<SchemaProblem> Validate(JsonNode? value, string schemaFile)
    {
        var results = _schemas[schemaFile].Evaluate(JsonSerializer.SerializeToElement(value), _options);
        var problems = new List<SchemaProblem>();
        Collect(results, failing: !results.IsValid, problems);
        return problems;
    }

    /// <summary>
    /// Walks the whole result tree. The errors of a node count only when it and all its ancestors failed: they are why
    /// the value fails (a oneOf that passes also lists the errors of its other choices, which are no problem).
    /// Unknown keywords count wherever they are met.
    /// </summary>
    private static void Collect(EvaluationResults node, bool failing, List<SchemaProblem> problems)
    {
        var at = node.InstanceLocation.ToString();
        if (node.Annotations?.TryGetValue("$unknownKeywords", out var unknown) == true)
        {
            problems.Add(new SchemaProblem(at, "$unknownKeywords", $"the schema at {node.SchemaLocation} uses {unknown.GetRawText()}, unknown to its draft"));
        }

        if (failing)
        {
            // A false schema ("additionalProperties": false) fails with no keyword of its own: the one that holds it is named.
            var holder = node.EvaluationPath.ToString().Split('/')[^1];
            problems.AddRange((node.Errors ?? []).Select(error => new SchemaProblem(at, error.Key.Length > 0 ? error.Key : holder, error.Value)));
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, failing && !child.IsValid, problems);
        }
    }
}
