using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using BorderCoop.Serialization;

namespace BorderCoop.Tests.Schema;

/// <summary>
/// Generates the JSON Schema of the data contract (the export document, whose properties are the family arrays)
/// from the source-generated metadata, describing in addition what the custom converters and constructors accept:
/// EDTF dates and periods, fiscal years, ISO codes, ids, non-blank text, non-negative numbers, required properties.
/// </summary>
internal static class ContractSchema
{
    public const string RepositoryPath = "src/BorderCoop/Schema/bordercoop.schema.json";

    private const string DateDescription = "A partial date in EDTF: 1996, 1996-03, 1996-01-14; a trailing ~ marks it approximate; [..2007-01] is on or before, [2003..] on or after.";

    private static readonly string[] CountryProperties = ["from", "to", "country", "nationality", "parties", "countries", "recipientCountries"];

    /// <summary>The schema as indented text with a final line break, as committed.</summary>
    public static string GenerateText() =>
        Generate().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .ReplaceLineEndings("\n") + "\n";

    public static JsonObject Generate()
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var properties = new JsonObject
        {
            [DataRelease.DocumentProperty] = Text(TextPatterns.Whole(TextPatterns.DataRelease), "The data release the document is, or is built on, such as 2026a (a year and a letter); optional."),
        };

        // One array per family of the registry, in its order; a document may hold any subset of them.
        foreach (var family in RecordFamily.All)
        {
            var list = BorderCoopJson.Options.GetJsonSchemaAsNode(family.ListTypeInfo.Type, exporter);
            Rebase(list, $"#/properties/{family.PropertyName}");
            PartialDatesOfOptionalParameters(list);
            var sample = JsonNode.Parse(SampleDocument.Json)![family.PropertyName]
                ?? throw new InvalidOperationException($"SampleDocument has no '{family.PropertyName}': add a record of the family, with every reference field set.");
            ReferenceFamilies(list, family, sample, []);
            properties[family.PropertyName] = list;
        }

        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://github.com/bordercoop/bordercoop/src/BorderCoop/Schema/bordercoop.schema.json",
            ["title"] = "BorderCoop dataset",
            ["description"] = "A BorderCoop document: any of the record-family arrays, and optionally the data release, in the format BorderCoopData.WriteJson writes and BorderCoopData.Load reads. Generated from the library's types by the tests; do not edit by hand.",
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
    }

    /// <summary>
    /// Narrows the pattern of every reference in <paramref name="node"/> to the families its constructor accepts,
    /// found by asking it: the sample record with the reference set to an id of each family is deserialized, and a
    /// constructor that refuses the family throws. The constructors stay the one place that says which family a
    /// reference names.
    /// </summary>
    private static void ReferenceFamilies(JsonNode? node, RecordFamily family, JsonNode sample, List<object> path)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        if (schema["pattern"] is JsonValue pattern && pattern.GetValue<string>() == AnyReference)
        {
            var allowed = RecordFamily.All.Where(target => Accepts(family, sample, path, $"{target.IdPrefix}/probe")).Select(f => f.IdPrefix).ToList();
            schema["pattern"] = TextPatterns.Whole($"(?:{string.Join('|', allowed)})/{TextPatterns.Slug}");
            return;
        }

        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, child) in properties)
            {
                path.Add(name);
                ReferenceFamilies(child, family, sample, path);
                path.RemoveAt(path.Count - 1);
            }
        }

        if (schema["items"] is { } items)
        {
            path.Add(0);
            ReferenceFamilies(items, family, sample, path);
            path.RemoveAt(path.Count - 1);
        }
    }

    private static string AnyReference => TextPatterns.Whole($"(?:{string.Join('|', RecordFamily.All.Select(f => f.IdPrefix))})/{TextPatterns.Slug}");

    /// <summary>Whether the constructor of <paramref name="family"/>'s records takes <paramref name="id"/> at <paramref name="path"/> of the sample records (the path starts at the list).</summary>
    private static bool Accepts(RecordFamily family, JsonNode sample, List<object> path, string id)
    {
        var records = sample.DeepClone();
        JsonNode? at = records;
        foreach (var step in path.SkipLast(1))
        {
            at = step is string name ? at?[name] : at?[(int)step];
        }

        var last = path[^1];
        _ = at ?? throw new InvalidOperationException($"The sample {family.IdPrefix} has nothing at {string.Join('.', path)}; add it to SampleDocument.");
        if (last is string property)
        {
            at[property] = id;
        }
        else
        {
            at[(int)last] = id;
        }

        try
        {
            JsonSerializer.Deserialize(records[0]!.ToJsonString(), BorderCoopJson.Options.GetTypeInfo(family.RecordType));
            return true;
        }
        catch (Exception e) when (e is ArgumentException or JsonException)
        {
            return false;
        }
    }

    /// <summary>Makes the exporter's local references (<c>#/items/…</c>, relative to one family's schema) point into the whole document.</summary>
    private static void Rebase(JsonNode? node, string root)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.GetValue<string>() is var target && target.StartsWith("#/", StringComparison.Ordinal))
                {
                    obj["$ref"] = root + target[1..];
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Rebase(child, root);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Rebase(item, root);
                }

                break;
        }
    }

    /// <summary>
    /// The exporter writes a value read by a custom converter that is an optional constructor parameter
    /// (<c>issued = null</c>, <c>dateKind = null</c>) as a bare <c>{"default": null}</c>, past the transform; this gives
    /// those properties the schema of their type.
    /// </summary>
    private static void PartialDatesOfOptionalParameters(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToList())
            {
                if (child is JsonObject { Count: 1 } only && only.ContainsKey("default") && name is "issued" or "date")
                {
                    obj[name] = MakeNullable(Text(TextPatterns.Whole(TextPatterns.PartialDate), DateDescription));
                }
                else if (child is JsonObject { Count: 1 } bare && bare.ContainsKey("default") && name is "dateKind")
                {
                    obj[name] = new JsonObject { ["enum"] = new JsonArray([.. EnumNames.Of(typeof(DateKind)).Select(n => (JsonNode)n), null]) };
                }
                else if (child is not null)
                {
                    PartialDatesOfOptionalParameters(child);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is not null)
                {
                    PartialDatesOfOptionalParameters(item);
                }
            }
        }
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node)
    {
        var type = context.TypeInfo.Type;
        var property = context.PropertyInfo;
        var nullable = property is not null && !IsRequired(property) && (property.IsGetNullable || Nullable.GetUnderlyingType(property.PropertyType) is not null);

        // The text forms are written by custom converters, which the exporter cannot see into.
        var text = type == typeof(PartialDate) ? Text(TextPatterns.Whole(TextPatterns.PartialDate), DateDescription)
            : type == typeof(DateRange) ? Text(TextPatterns.Whole(TextPatterns.DateRange), "An EDTF period start/end: 1995/2000; an empty side is unknown, .. is open; a single date is a period of that date.")
            : type == typeof(FiscalYear) ? Text(TextPatterns.Whole(TextPatterns.FiscalYear), "A U.S. federal fiscal year, such as FY1997 (1996-10-01 to 1997-09-30).")
            : null;
        if (text is not null)
        {
            return nullable ? MakeNullable(text) : text;
        }

        // Enums are read by ExactEnumConverter, which the exporter cannot see into either.
        if ((Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType)
        {
            var names = new JsonArray([.. EnumNames.Of(enumType).Select(n => (JsonNode)n)]);
            if (Nullable.GetUnderlyingType(type) is not null)
            {
                names.Add(null);
            }

            return new JsonObject { ["enum"] = names };
        }

        if (node is not JsonObject schema)
        {
            return node;
        }

        schema.Remove("default");
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema["properties"] is JsonObject)
        {
            schema["required"] = new JsonArray([.. context.TypeInfo.Properties.Where(p => p.IsRequired).Select(p => (JsonNode)p.Name)]);
        }

        if (property is not null && IsRequired(property))
        {
            RemoveNull(schema);
        }

        if (property?.DeclaringType == typeof(QuoteAnchor))
        {
            return AnchorProperty(schema, property.Name);
        }

        var strings = schema["type"]?.ToString().Contains("array", StringComparison.Ordinal) == true ? schema["items"] as JsonObject : schema;
        if (strings is not null && property is not null && IsStringSchema(strings))
        {
            strings["pattern"] = StringPattern(context, property);
        }
        else if (property is null && IsStringSchema(schema) && schema["enum"] is null && schema["pattern"] is null)
        {
            schema["pattern"] = TextPatterns.Whole(TextPatterns.Text); // list items: text
        }

        if (IsType(schema, "number"))
        {
            schema["minimum"] = 0;
        }

        return schema;
    }

    /// <summary>A property of a citation's anchor: offsets in code points from 0, and context of any text (even empty or blank) up to 32 code points.</summary>
    private static JsonObject AnchorProperty(JsonObject schema, string name)
    {
        switch (name)
        {
            case "start":
                schema["minimum"] = 0;
                schema["description"] = "Where the quote starts in its source document, in Unicode code points from 0 (W3C TextPositionSelector start); the first occurrence of the quote.";
                break;
            case "end":
                schema["minimum"] = 1;
                schema["description"] = "Where the quote ends in its source document, in code points, exclusive (TextPositionSelector end); end - start is the quote's length in code points.";
                break;
            default:
                schema["maxLength"] = QuoteAnchor.ContextLength;
                schema["description"] = $"Up to {QuoteAnchor.ContextLength} code points of the document just {(name == "prefix" ? "before" : "after")} the quote (W3C TextQuoteSelector {name}); fewer at the document's {(name == "prefix" ? "start" : "end")}.";
                break;
        }

        return schema;
    }

    /// <summary>What a string property must look like: an id, a reference, an ISO code, or non-blank text.</summary>
    private static string StringPattern(JsonSchemaExporterContext context, JsonPropertyInfo property)
    {
        var member = (property.AttributeProvider as MemberInfo)?.Name ?? string.Empty;
        if (property.Name == "id" && FamilyOf(property.DeclaringType) is { } family)
        {
            return TextPatterns.Whole($"{family}/{TextPatterns.Slug}");
        }

        if (member.EndsWith("Id", StringComparison.Ordinal) || member.EndsWith("Ids", StringComparison.Ordinal))
        {
            return TextPatterns.Whole($"(?:{string.Join('|', RecordFamily.All.Select(f => f.IdPrefix))})/{TextPatterns.Slug}");
        }

        return property.Name == "currency" ? TextPatterns.Whole(TextPatterns.Currency)
            : property.Name == "url" ? TextPatterns.Whole(TextPatterns.Url)
            : property.Name == "file" ? TextPatterns.Whole(TextPatterns.FileName)
            : CountryProperties.Contains(property.Name) ? TextPatterns.Whole(TextPatterns.Country)
            : TextPatterns.Whole(TextPatterns.Text);
    }

    private static string? FamilyOf(Type recordType)
    {
        return RecordFamily.All.FirstOrDefault(f => f.RecordType == recordType)?.IdPrefix;
    }

    private static bool IsRequired(JsonPropertyInfo property) => property.IsRequired;

    private static JsonObject Text(string pattern, string description) => new() { ["type"] = "string", ["pattern"] = pattern, ["description"] = description };

    private static JsonObject MakeNullable(JsonObject schema)
    {
        schema["type"] = new JsonArray("string", "null");
        return schema;
    }

    private static void RemoveNull(JsonObject schema)
    {
        if (schema["type"] is JsonArray types)
        {
            var kept = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList();
            schema["type"] = kept.Count == 1 ? kept[0] : new JsonArray([.. kept.Select(t => (JsonNode)t)]);
        }
    }

    private static bool IsType(JsonObject schema, string type) => schema["type"] switch
    {
        JsonValue value => value.GetValue<string>() == type,
        JsonArray types => types.Any(t => t!.GetValue<string>() == type),
        _ => false,
    };

    private static bool IsStringSchema(JsonObject schema) => IsType(schema, "string") && schema["enum"] is null;
}
