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
