using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>Reads one family's JSON array, reporting every malformed record with its location.</summary>
internal static class DatasetFile
{
    /// <summary>
    /// Parses <paramref name="utf8Json"/> as an array of <typeparamref name="T"/>. Valid data takes the fast
    /// path (one deserialization); when that fails, a second pass reads record by record so that every
    /// problem is reported with the record's index, id and JSON path.
    /// </summary>
    public static List<T> Read<T>(ReadOnlyMemory<byte> utf8Json, string fileName, JsonTypeInfo<List<T>> listInfo, JsonTypeInfo<T> itemInfo, List<DatasetProblem> problems)
    {
        if (!HasRequiredProperties<T>(utf8Json, fileName, problems))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(utf8Json.Span, listInfo)
                ?? Fail<T>(problems, fileName, "the file holds null; expected an array of records");
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            // Fall through to the slow, precise pass.
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return Fail<T>(problems, $"{fileName} line {e.LineNumber + 1}", $"not valid JSON: {e.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return Fail<T>(problems, fileName, $"expected an array of records, found {document.RootElement.ValueKind}");
            }

            var records = new List<T>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var location = $"{fileName} [{index}]{DescribeId(element)}";
                try
                {
                    var record = element.Deserialize(itemInfo);
                    if (record is null)
                    {
                        problems.Add(new DatasetProblem(location, "the record is null"));
                    }
                    else
                    {
                        records.Add(record);
                    }
                }
                catch (JsonException e)
                {
                    var path = string.IsNullOrEmpty(e.Path) ? string.Empty : $" at {e.Path}";
                    problems.Add(new DatasetProblem(location + path, Clean(e.Message)));
                }
                catch (ArgumentException e)
                {
                    problems.Add(new DatasetProblem(location + (e.ParamName is null ? string.Empty : $" at {e.ParamName}"), Clean(e.Message)));
                }

                index++;
            }

            return records;
        }
    }

    /// <summary>
    /// The JSON properties each record must state. The constructors reject missing text and lists of
    /// citations, but an omitted enum would otherwise read as its first member, so presence is checked here.
    /// </summary>
    private static readonly Dictionary<Type, byte[][]> RequiredProperties = new()
    {
        [typeof(Source)] = Utf8("id", "description", "kind", "file"),
        [typeof(Agency)] = Utf8("id", "englishName", "kind"),
        [typeof(Person)] = Utf8("id", "name", "citations"),
        [typeof(Agreement)] = Utf8("id", "title", "kind", "description", "citations"),
        [typeof(CooperationProgram)] = Utf8("id", "name", "kind", "status", "description", "citations"),
        [typeof(ExtraditionCase)] = Utf8("id", "person", "from", "to", "mechanism", "outcome", "citations"),
        [typeof(ExtraditionFigure)] = Utf8("id", "from", "to", "population", "measure", "value", "citations"),
        [typeof(BudgetLine)] = Utf8("id", "description", "amount", "stage", "citations"),
        [typeof(Figure)] = Utf8("id", "measure", "value", "citations"),
        [typeof(Event)] = Utf8("id", "kind", "title", "description", "citations"),
        [typeof(Conflict)] = Utf8("id", "title", "explanation", "versions"),
    };

    /// <summary>
    /// One forward-only pass over the top level of each record (nested values are skipped, no document is
    /// built) that reports every required property missing or null, located by index and id.
    /// </summary>
    private static bool HasRequiredProperties<T>(ReadOnlyMemory<byte> utf8Json, string fileName, List<DatasetProblem> problems)
    {
        if (!RequiredProperties.TryGetValue(typeof(T), out var required))
        {
            return true;
        }

        var before = problems.Count;
        var reader = new Utf8JsonReader(utf8Json.Span, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                problems.Add(new DatasetProblem(fileName, $"expected an array of records, found {reader.TokenType}"));
                return false;
            }

            Span<bool> seen = stackalloc bool[required.Length];
            for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip(); // not an object: deserialization reports it with its path
                    continue;
                }

                seen.Clear();
                string? id = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var slot = IndexOf(required, ref reader);
                    var isId = reader.ValueTextEquals("id"u8);
                    reader.Read();
                    if (slot >= 0 && reader.TokenType != JsonTokenType.Null)
                    {
                        seen[slot] = true;
                    }

                    if (isId && reader.TokenType == JsonTokenType.String)
                    {
                        id = reader.GetString();
                    }

                    reader.Skip();
                }

                for (var slot = 0; slot < required.Length; slot++)
                {
                    if (!seen[slot])
                    {
                        var location = $"{fileName} [{index}]{(id is null ? string.Empty : " " + id)}";
                        problems.Add(new DatasetProblem(location, $"the required property '{Encoding.UTF8.GetString(required[slot])}' is missing"));
                    }
                }
            }
        }
        catch (JsonException e)
        {
            problems.Add(new DatasetProblem($"{fileName} line {e.LineNumber + 1}", $"not valid JSON: {e.Message}"));
        }

        return problems.Count == before;

        static int IndexOf(byte[][] names, ref Utf8JsonReader reader)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (reader.ValueTextEquals(names[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private static byte[][] Utf8(params string[] names) => [.. names.Select(Encoding.UTF8.GetBytes)];

    private static List<T> Fail<T>(List<DatasetProblem> problems, string location, string message)
    {
        problems.Add(new DatasetProblem(location, message));
        return [];
    }

    private static string DescribeId(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? $" {id.GetString()}"
            : string.Empty;

    // ArgumentException appends " (Parameter 'x')", which the location already names.
    private static string Clean(string message)
    {
        var at = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
