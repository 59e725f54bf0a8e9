using System.Text.Json;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>
/// Locates every problem in a JSON value that did not deserialize, with its byte offset and JSON path: unknown,
/// repeated, missing or null properties, strings that are no text, values of the wrong JSON type, values their
/// converters reject and objects their constructors reject.
/// </summary>
/// <remarks>
/// The serializer enforces the contract (see <see cref="BorderCoopJson.Options"/>) but stops at the first problem,
/// and names it in its own words. This pass runs only on a record that failed: it walks the tokens against the
/// <see cref="TypeContract"/> and deserializes each value on its own, innermost first, so that every problem is
/// reported where it is.
/// </remarks>
internal sealed class ContractCheck
{
    private readonly ReadOnlyMemory<byte> utf8;
    private readonly int origin;
    private readonly JsonPathStack path;

    private ContractCheck(ReadOnlyMemory<byte> utf8, int origin, JsonPathStack path)
    {
        this.utf8 = utf8;
        this.origin = origin;
        this.path = path;
    }

    /// <summary>The problems found, each at an offset into the whole input.</summary>
    public List<PendingProblem> Problems { get; } = [];

    /// <summary>Checks the value in <paramref name="input"/> from <paramref name="start"/> to <paramref name="end"/>, whose JSON path is <paramref name="rootPath"/>.</summary>
    /// <returns>The problems; empty when the value fits the contract.</returns>
    public static List<PendingProblem> Run(ReadOnlyMemory<byte> input, int start, int end, TypeContract contract, string rootPath)
    {
        var check = new ContractCheck(input[start..end], start, new JsonPathStack(rootPath));
        var reader = new Utf8JsonReader(check.utf8.Span);
        reader.Read();
        check.Value(ref reader, contract);
        return check.Problems;
    }

    private void Report(long relativeOffset, string message) => Problems.Add(new(origin + relativeOffset, path.ToString(), message));

    private void Report(long relativeOffset, string name, string message)
    {
        path.Push(name);
        Report(relativeOffset, message);
        path.Pop();
    }

    /// <summary>Checks a non-null value; leaves the reader on its last token.</summary>
    private bool Value(ref Utf8JsonReader reader, TypeContract contract)
    {
        if (reader.TokenType == JsonTokenType.String && !JsonText.IsText(ref reader))
        {
            Report(reader.TokenStartIndex, JsonText.UnpairedSurrogate);
            return false;
        }

        if (!TypeContract.Fits(contract.Shape, reader.TokenType))
        {
            Report(reader.TokenStartIndex, $"expected {TypeContract.Describe(contract.Shape)}, found {Describe(reader.TokenType)}");
            reader.Skip();
            return false;
        }

        return contract.Shape switch
        {
            JsonShape.Object => Object(ref reader, contract),
            JsonShape.Array => Array(ref reader, contract.Element),
            _ => Scalar(ref reader, contract),
        };
    }

    private bool Object(ref Utf8JsonReader reader, TypeContract contract)
    {
        var start = (int)reader.TokenStartIndex;
        var properties = contract.Properties;
        Span<int> seenAt = stackalloc int[properties.Count];
        seenAt.Fill(-1);
        var clean = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = (int)reader.TokenStartIndex;
            if (!JsonText.IsText(ref reader))
            {
                Report(nameOffset, "a property name: " + JsonText.UnpairedSurrogate);
                reader.Read();
                reader.Skip();
                clean = false;
                continue;
            }

            var index = contract.IndexOf(ref reader);
            if (index < 0)
            {
                var name = reader.GetString()!;
                Report(nameOffset, name, UnknownProperty(name, contract));
                reader.Read();
                reader.Skip();
                clean = false;
                continue;
            }

            var property = properties[index];
            path.Push(property.Name);
            if (seenAt[index] >= 0)
            {
                Report(nameOffset, $"the property '{property.Name}' appears more than once in this object");
                clean = false;
            }

            seenAt[index] = nameOffset;
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                if (property.Required)
                {
                    Report(reader.TokenStartIndex, $"the required property '{property.Name}' is null");
                    clean = false;
                }
                else if (!property.AllowsNull)
                {
                    Report(reader.TokenStartIndex, $"null is not allowed; expected {TypeContract.Describe(property.Value.Shape)}");
                    clean = false;
                }
            }
            else
            {
                clean &= Value(ref reader, property.Value);
            }

            path.Pop();
        }

        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].Required && seenAt[i] < 0)
            {
                Report(start, $"the required property '{properties[i].Name}' is missing");
                clean = false;
            }
        }

        return clean && Construct(start, (int)reader.BytesConsumed, contract, seenAt);
    }

    private bool Array(ref Utf8JsonReader reader, TypeContract element)
    {
        var clean = true;
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            path.Push(index);
            if (reader.TokenType == JsonTokenType.Null)
            {
                Report(reader.TokenStartIndex, $"null is not allowed in this list; expected {TypeContract.Describe(element.Shape)}");
                clean = false;
            }
            else
            {
                clean &= Value(ref reader, element);
            }

            path.Pop();
        }

        return clean;
    }

    /// <summary>Deserializes a string, number or boolean on its own, so its converter's objection is reported at it.</summary>
    private bool Scalar(ref Utf8JsonReader reader, TypeContract contract)
    {
        var start = (int)reader.TokenStartIndex;
        try
        {
            JsonSerializer.Deserialize(utf8.Span[start..(int)reader.BytesConsumed], contract.Info);
            return true;
        }
        catch (JsonException e)
        {
            var text = contract.Shape == JsonShape.String ? reader.GetString() : System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
            Report(start, contract switch
            {
                { EnumValues: { } values } => $"unknown {Words(contract.Name)} '{text}'; expected one of: {string.Join(", ", values)}",
                { Shape: JsonShape.Number } => $"{text} is not a number this field can hold",
                _ => JsonProblem.Clean(e.Message),
            });
            return false;
        }
    }

    /// <summary>Deserializes a whole object whose parts are each valid, so a constructor's objection is reported at the property it names.</summary>
    private bool Construct(int start, int end, TypeContract contract, ReadOnlySpan<int> seenAt)
    {
        try
        {
            JsonSerializer.Deserialize(utf8.Span[start..end], contract.Info);
            return true;
        }
        catch (ArgumentException e)
        {
            var index = contract.IndexOfParameter(e.ParamName);
            if (index >= 0 && seenAt[index] >= 0)
            {
                Report(seenAt[index], contract.Properties[index].Name, JsonProblem.Clean(e.Message));
            }
            else
            {
                Report(start, JsonProblem.Clean(e.Message));
            }
        }
        catch (JsonException e)
        {
            Report(start, JsonProblem.Clean(e.Message));
        }

        return false;
    }

    private static string UnknownProperty(string name, TypeContract contract) =>
        $"'{name}' is not a property of {contract.Name}"
        + (name.StartsWith('$') ? " (type names and other metadata are never read from the data)" : string.Empty)
        + $"; expected one of: {string.Join(", ", contract.Properties.Select(p => p.Name))}";

    /// <summary>"ExtraditionOutcome" as "extradition outcome".</summary>
    private static string Words(string typeName) => JsonNamingPolicy.KebabCaseLower.ConvertName(typeName).Replace('-', ' ');

    /// <summary>A token type as a phrase for messages.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
