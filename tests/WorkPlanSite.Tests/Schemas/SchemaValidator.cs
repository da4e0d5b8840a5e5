using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WorkPlanSite.Tests.Schemas;

/// <summary>
/// A small JSON Schema (draft-07) validator for the tests, covering exactly the keywords the repository's schemas
/// use: type, enum, required, properties, additionalProperties, propertyNames, items, minItems, minProperties,
/// minLength, minimum, maximum, pattern, oneOf and $ref (within a file or to a sibling file). It refuses any
/// other keyword rather than ignoring it, so a schema cannot silently rely on something unchecked here.
/// No JSON Schema validator package can be restored here (JsonSchema.Net's and NJsonSchema's dependencies are
/// missing from the package source), hence this one, kept to the test project.
/// </summary>
internal sealed class SchemaValidator(string schemaFolder)
{
    private static readonly HashSet<string> Annotations = ["$schema", "title", "description", "definitions"];
    private static readonly HashSet<string> Keywords =
    [
        "type", "enum", "required", "properties", "additionalProperties", "propertyNames", "items", "minItems",
        "minProperties", "minLength", "minimum", "maximum", "pattern", "oneOf", "$ref",
    ];

    private readonly Dictionary<string, JsonElement> _documents = new(StringComparer.Ordinal);

    /// <summary>The problems of <paramref name="instance"/> against the schema file <paramref name="schemaFile"/>; empty when valid.</summary>
    public IReadOnlyList<string> Validate(JsonNode? instance, string schemaFile)
    {
        var errors = new List<string>();
        Check(instance, Document(schemaFile), schemaFile, "$", errors);
        return errors;
    }

    private JsonElement Document(string file)
    {
        if (!_documents.TryGetValue(file, out var document))
        {
            document = JsonDocument.Parse(File.ReadAllText(Path.Combine(schemaFolder, file))).RootElement.Clone();
            _documents[file] = document;
        }

        return document;
    }

    private void Check(JsonNode? value, JsonElement schema, string file, string at, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Keywords.Contains(keyword.Name) && !Annotations.Contains(keyword.Name))
            {
                throw new NotSupportedException($"{file}: the test validator does not know the keyword '{keyword.Name}'.");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var (refFile, pointer) = Split(reference.GetString()!, file);
            Check(value, Resolve(Document(refFile), pointer), refFile, at, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            errors.Add($"{at}: expected {type.GetRawText()}, found {Describe(value)}");
            return;
        }

        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => JsonNode.DeepEquals(JsonNode.Parse(c.GetRawText()), value)))
        {
            errors.Add($"{at}: {Describe(value)} is not one of {choices.GetRawText()}");
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matching = oneOf.EnumerateArray().Count(option =>
            {
                var optionErrors = new List<string>();
                Check(value, option, file, at, optionErrors);
                return optionErrors.Count == 0;
            });
            if (matching != 1)
            {
                errors.Add($"{at}: {Describe(value)} matches {matching} of the 'oneOf' choices instead of one");
            }
        }

        switch (value)
        {
            case JsonObject map:
                CheckObject(map, schema, file, at, errors);
                break;
            case JsonArray list:
                if (schema.TryGetProperty("minItems", out var minItems) && list.Count < minItems.GetInt32())
                {
                    errors.Add($"{at}: needs at least {minItems.GetInt32()} item(s)");
                }

                if (schema.TryGetProperty("items", out var items))
                {
                    for (var i = 0; i < list.Count; i++)
                    {
                        Check(list[i], items, file, $"{at}[{i}]", errors);
                    }
                }

                break;
            case JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String:
                var text = scalar.GetValue<string>();
                if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
                {
                    errors.Add($"{at}: needs at least {minLength.GetInt32()} character(s)");
                }

                if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
                {
                    errors.Add($"{at}: '{text}' does not match {pattern.GetString()}");
                }

                break;
            case JsonValue number when number.GetValueKind() == JsonValueKind.Number:
                var n = Number(number);
                if (schema.TryGetProperty("minimum", out var minimum) && n < minimum.GetDouble())
                {
                    errors.Add($"{at}: {n} is below {minimum.GetDouble()}");
                }

                if (schema.TryGetProperty("maximum", out var maximum) && n > maximum.GetDouble())
                {
                    errors.Add($"{at}: {n} is above {maximum.GetDouble()}");
                }

                break;
        }
    }

    private void CheckObject(JsonObject map, JsonElement schema, string file, string at, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var key in required.EnumerateArray().Select(k => k.GetString()!).Where(k => !map.ContainsKey(k)))
            {
                errors.Add($"{at}: missing '{key}'");
            }
        }

        if (schema.TryGetProperty("minProperties", out var minProperties) && map.Count < minProperties.GetInt32())
        {
            errors.Add($"{at}: needs at least {minProperties.GetInt32()} key(s)");
        }

        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        foreach (var (key, child) in map)
        {
            if (schema.TryGetProperty("propertyNames", out var names))
            {
                Check(JsonValue.Create(key), names, file, $"{at}.{key} (name)", errors);
            }

            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(key, out var propertySchema))
            {
                Check(child, propertySchema, file, $"{at}.{key}", errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{at}: unknown key '{key}'");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Check(child, additional, file, $"{at}.{key}", errors);
                }
            }
        }
    }

    private static (string File, string Pointer) Split(string reference, string currentFile)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var file = hash == 0 ? currentFile : reference[..(hash < 0 ? reference.Length : hash)];
        return (file, hash < 0 ? "" : reference[(hash + 1)..]);
    }

    private static JsonElement Resolve(JsonElement document, string pointer)
    {
        var current = document;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return current;
    }

    private static bool TypeMatches(JsonNode? value, JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => TypeMatches(value, t.GetString()!))
        : TypeMatches(value, type.GetString()!);

    private static bool TypeMatches(JsonNode? value, string type) => type switch
    {
        "null" => value is null,
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue s && s.GetValueKind() == JsonValueKind.String,
        "boolean" => value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "number" => value is JsonValue n && n.GetValueKind() == JsonValueKind.Number,
        "integer" => value is JsonValue i && i.GetValueKind() == JsonValueKind.Number && Math.Abs(Number(i) % 1) < double.Epsilon,
        _ => throw new NotSupportedException($"type '{type}'"),
    };

    private static double Number(JsonValue value) => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture);

    private static string Describe(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "a list",
        _ => value.ToJsonString(),
    };
}

/// <summary>
/// Reads YAML as the YAML language server does (the YAML 1.2 core schema): plain scalars that look like
/// integers, numbers, booleans or null are typed; everything else, dates included, is a string.
/// </summary>
internal static partial class YamlAsJson
{
    public static JsonNode? Parse(string yaml)
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlDotNet.RepresentationModel.YamlNode node) => node switch
    {
        YamlDotNet.RepresentationModel.YamlMappingNode map => new JsonObject(map.Children.Select(c =>
            KeyValuePair.Create(((YamlDotNet.RepresentationModel.YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlDotNet.RepresentationModel.YamlSequenceNode list => new JsonArray(list.Children.Select(Convert).ToArray()),
        YamlDotNet.RepresentationModel.YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Scalar(YamlDotNet.RepresentationModel.YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text.StartsWith('t') || text.StartsWith('T'));
        }

        if (IntegerPattern().IsMatch(text))
        {
            return JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture));
        }

        return FloatPattern().IsMatch(text) ? JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)) : JsonValue.Create(text);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
