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
    private static readonly Dictionary<Type, string[]> RequiredProperties = new()
    {
        [typeof(Source)] = ["id", "description", "kind", "file"],
        [typeof(Agency)] = ["id", "englishName", "kind"],
        [typeof(Person)] = ["id", "name", "citations"],
        [typeof(Agreement)] = ["id", "title", "kind", "description", "citations"],
        [typeof(CooperationProgram)] = ["id", "name", "kind", "status", "description", "citations"],
        [typeof(ExtraditionCase)] = ["id", "person", "from", "to", "mechanism", "outcome", "citations"],
        [typeof(ExtraditionFigure)] = ["id", "from", "to", "population", "measure", "value", "citations"],
        [typeof(BudgetLine)] = ["id", "description", "amount", "stage", "citations"],
        [typeof(Figure)] = ["id", "measure", "value", "citations"],
        [typeof(Event)] = ["id", "kind", "title", "description", "citations"],
        [typeof(Conflict)] = ["id", "title", "explanation", "versions"],
    };

    private static bool HasRequiredProperties<T>(ReadOnlyMemory<byte> utf8Json, string fileName, List<DatasetProblem> problems)
    {
        if (!RequiredProperties.TryGetValue(typeof(T), out var required))
        {
            return true;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            problems.Add(new DatasetProblem($"{fileName} line {e.LineNumber + 1}", $"not valid JSON: {e.Message}"));
            return false;
        }

        var before = problems.Count;
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new DatasetProblem(fileName, $"expected an array of records, found {document.RootElement.ValueKind}"));
                return false;
            }

            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                if (element.ValueKind == JsonValueKind.Object)
                {
                    foreach (var name in required)
                    {
                        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                        {
                            problems.Add(new DatasetProblem($"{fileName} [{index}]{DescribeId(element)}", $"the required property '{name}' is missing"));
                        }
                    }
                }

                index++;
            }
        }

        return problems.Count == before;
    }

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
