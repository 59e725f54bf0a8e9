using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BorderCoop.Tests.Schema;

/// <summary>
/// A JSON Schema validator for exactly the keywords the BorderCoop schema uses (type, properties, required,
/// additionalProperties, items, enum, pattern, minimum, maxLength, local $ref). A schema with any other keyword is refused
/// rather than half-checked.
/// </summary>
internal sealed class SchemaValidator
{
    private static readonly HashSet<string> Keywords =
        ["$schema", "$id", "title", "description", "type", "properties", "required", "additionalProperties", "items", "enum", "pattern", "minimum", "maxLength", "$ref"];

    private readonly JsonNode root;

    public SchemaValidator(JsonNode root) => this.root = root;

    /// <summary>Every place <paramref name="instance"/> breaks the schema, as "path: reason"; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonNode schemaNode, JsonElement value, string path, List<string> errors)
    {
        var schema = schemaNode.AsObject();
        if (schema.Select(p => p.Key).FirstOrDefault(k => !Keywords.Contains(k)) is { } unknown)
        {
            throw new NotSupportedException($"The validator does not implement the keyword '{unknown}'.");
        }

        if (schema["$ref"] is { } reference)
        {
            Check(Resolve(reference.GetValue<string>()), value, path, errors);
        }

        if (schema["type"] is { } type && !Types(type).Contains(TypeOf(value)) && !(TypeOf(value) == "integer" && Types(type).Contains("number")))
        {
            errors.Add($"{path}: expected {string.Join(" or ", Types(type))}, found {TypeOf(value)}");
            return;
        }

        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, JsonNode.Parse(value.GetRawText()))))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {allowed.ToJsonString()}");
        }

        if (schema["pattern"] is { } pattern && value.ValueKind == JsonValueKind.String && !EcmaPattern.IsMatch(pattern.GetValue<string>(), value.GetString()!))
        {
            errors.Add($"{path}: \"{value.GetString()}\" does not match {pattern.GetValue<string>()}");
        }

        if (schema["minimum"] is { } minimum && value.ValueKind == JsonValueKind.Number && value.GetDouble() < minimum.GetValue<double>())
        {
            errors.Add($"{path}: {value.GetRawText()} is less than {minimum.GetValue<double>().ToString(CultureInfo.InvariantCulture)}");
        }

        // JSON Schema counts a string's length in code points.
        if (schema["maxLength"] is { } maxLength && value.ValueKind == JsonValueKind.String && value.GetString()!.EnumerateRunes().Count() > maxLength.GetValue<int>())
        {
            errors.Add($"{path}: \"{value.GetString()}\" is longer than {maxLength.GetValue<int>()} code points");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(schema, value, path, errors);
        }

        if (value.ValueKind == JsonValueKind.Array && schema["items"] is { } items)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{index++}]", errors);
            }
        }
    }

    private void CheckObject(JsonObject schema, JsonElement value, string path, List<string> errors)
    {
        var properties = schema["properties"]?.AsObject();
        foreach (var property in value.EnumerateObject())
        {
            if (properties?[property.Name] is { } propertySchema)
            {
                Check(propertySchema, property.Value, $"{path}.{property.Name}", errors);
            }
            else if (schema["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>())
            {
                errors.Add($"{path}: property '{property.Name}' is not allowed");
            }
        }

        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!value.TryGetProperty(required!.GetValue<string>(), out _))
            {
                errors.Add($"{path}: required property '{required}' is missing");
            }
        }
    }

    private JsonNode Resolve(string reference)
    {
        if (!reference.StartsWith('#'))
        {
            throw new NotSupportedException($"Only local references are supported, not '{reference}'.");
        }

        var node = root;
        foreach (var token in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node[name] ?? throw new InvalidOperationException($"The reference '{reference}' does not resolve.");
        }

        return node;
    }

    private static List<string> Types(JsonNode type) =>
        type is JsonArray many ? [.. many.Select(t => t!.GetValue<string>())] : [type.GetValue<string>()];

    private static string TypeOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
