using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>
/// Reads records from JSON: an embedded one-family file (an array of records) or a user's document (an object of
/// family arrays, the export format). Every problem is reported with its line, JSON path and record id; records
/// that read cleanly are collected with where they came from.
/// </summary>
/// <remarks>
/// One forward pass over the input checks the syntax, the nesting depth and the document's shape, and finds each
/// record's bytes. Each record is then deserialized on its own under the strict contract of
/// <see cref="BorderCoopJson.Options"/>, so one bad record never hides another; only a record that fails is walked
/// again (<see cref="ContractCheck"/>) to locate each of its problems.
/// </remarks>
internal static class DatasetFile
{
    /// <summary>
    /// Wraps <paramref name="utf8Json"/> as an input, dropping a UTF-8 byte order mark; returns null (with the
    /// problem reported and <paramref name="into"/> marked incomplete) when the bytes are not UTF-8.
    /// </summary>
    public static DatasetInput? Open(string name, ReadOnlyMemory<byte> utf8Json, LoadedRecords into)
    {
        if (utf8Json.Span.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var input = new DatasetInput(name, utf8Json, into.Problems);
        var span = utf8Json.Span;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            input.ReportAtLine(1, null, null, "the input is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8");
            into.MarkIncomplete();
            return null;
        }

        if (!Utf8.IsValid(span))
        {
            var at = FirstInvalidUtf8(span);
            input.Report(at, null, null, $"the input is not valid UTF-8: byte 0x{span[at]:X2} does not belong where it is; save the file as UTF-8");
            into.MarkIncomplete();
            return null;
        }

        return input;
    }

    /// <summary>
    /// Reads a document in the export format: an object whose properties are any of the family arrays and, optionally,
    /// the <c>dataVersion</c> it declares.
    /// </summary>
    public static void ReadDocument(DatasetInput input, int maxDepth, LoadedRecords into)
    {
        var reader = NewReader(input, maxDepth);
        var where = "$";
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var hint = reader.TokenType == JsonTokenType.StartArray ? "; one family alone is written { \"extraditionCases\": [ … ] }" : string.Empty;
                input.Report(reader.TokenStartIndex, where, null, $"expected an object whose properties are record families, found {ContractCheck.Describe(reader.TokenType)}{hint}");
                into.MarkIncomplete();
                return;
            }

            var seen = new HashSet<RecordFamily>();
            var versionSeen = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var nameOffset = reader.TokenStartIndex;
                if (!JsonText.IsText(ref reader))
                {
                    input.Report(nameOffset, "$", null, "a property name: " + JsonText.UnpairedSurrogate);
                    into.MarkIncomplete();
                    reader.Read();
                    if (!Skip(ref reader, input, "$", maxDepth))
                    {
                        return;
                    }

                    continue;
                }

                if (reader.ValueTextEquals(DataRelease.DocumentProperty))
                {
                    where = "$." + DataRelease.DocumentProperty;
                    reader.Read();
                    if (!ReadDataVersion(ref reader, input, nameOffset, ref versionSeen, where, maxDepth, into))
                    {
                        return;
                    }

                    continue;
                }

                var family = RecordFamily.Named(ref reader);
                var name = family?.PropertyName ?? reader.GetString()!;
                where = JsonPathStack.AppendName(new StringBuilder("$"), name).ToString();
                reader.Read();
                var problem = family is null ? $"'{name}' is not a record family; expected one of: {string.Join(", ", RecordFamily.All.Select(f => f.PropertyName))}"
                    : !seen.Add(family) ? $"the family '{name}' appears more than once; put all its records in one array"
                    : null;
                if (problem is not null)
                {
                    input.Report(nameOffset, where, null, problem);
                    into.MarkIncomplete();
                    if (!Skip(ref reader, input, where, maxDepth))
                    {
                        return;
                    }
                }
                else if (!ReadRecords(ref reader, input, family!, ref where, maxDepth, into))
                {
                    return;
                }
            }

            where = "$";
            reader.Read(); // throws when anything but white space follows the document
        }
        catch (JsonException e)
        {
            into.MarkIncomplete();
            input.ReportAtLine((int)(e.LineNumber ?? 0) + 1, where, null, "not valid JSON: " + JsonProblem.Clean(e.Message));
        }
    }

    /// <summary>
    /// Reads the value of a document's <c>dataVersion</c>, which the reader is on: a release name such as
    /// <c>"2026a"</c>, given once. False when reading must stop (a value nested too deep).
    /// </summary>
    private static bool ReadDataVersion(ref Utf8JsonReader reader, DatasetInput input, long nameOffset, ref bool versionSeen, string where, int maxDepth, LoadedRecords into)
    {
        if (versionSeen)
        {
            input.Report(nameOffset, where, null, $"'{DataRelease.DocumentProperty}' appears more than once");
        }
        else if (reader.TokenType != JsonTokenType.String)
        {
            input.Report(reader.TokenStartIndex, where, null, $"expected the name of a data release, {DataRelease.FormDescription}, found {ContractCheck.Describe(reader.TokenType)}");
        }
        else if (JsonText.TryGetString(ref reader) is not { } name)
        {
            input.Report(reader.TokenStartIndex, where, null, JsonText.UnpairedSurrogate);
        }
        else if (!DataRelease.IsWellFormed(name))
        {
            input.Report(reader.TokenStartIndex, where, null, $"'{name}' is not the name of a data release: expected {DataRelease.FormDescription}");
        }
        else
        {
            into.DeclaredDataVersion = name;
        }

        versionSeen = true;
        return Skip(ref reader, input, where, maxDepth);
    }

    /// <summary>Reads a one-family file: an array of records of <paramref name="family"/>.</summary>
    public static void ReadFamilyFile(DatasetInput input, RecordFamily family, int maxDepth, LoadedRecords into)
    {
        var reader = NewReader(input, maxDepth);
        var where = "$";
        try
        {
            reader.Read();
            if (ReadRecords(ref reader, input, family, ref where, maxDepth, into))
            {
                where = "$";
                reader.Read(); // throws when anything but white space follows the array
            }
        }
        catch (JsonException e)
        {
            into.MarkIncomplete();
            input.ReportAtLine((int)(e.LineNumber ?? 0) + 1, where, null, "not valid JSON: " + JsonProblem.Clean(e.Message));
        }
    }

    private static Utf8JsonReader NewReader(DatasetInput input, int maxDepth) =>
        // One level more than the limit, so Skip reports the limit in its own words first.
        new(input.Utf8.Span, new JsonReaderOptions { MaxDepth = maxDepth + 1, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });

    /// <summary>Reads the array the reader is on; false when reading must stop (too deep, or too many problems).</summary>
    private static bool ReadRecords(ref Utf8JsonReader reader, DatasetInput input, RecordFamily family, ref string where, int maxDepth, LoadedRecords into)
    {
        var arrayPath = where;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            input.Report(reader.TokenStartIndex, arrayPath, null, $"expected an array of records, found {ContractCheck.Describe(reader.TokenType)}");
            into.MarkIncomplete();
            return Skip(ref reader, input, arrayPath, maxDepth);
        }

        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            where = ItemPath(arrayPath, index);
            var start = (int)reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                input.Report(start, where, null, reader.TokenType == JsonTokenType.Null ? "the record is null" : $"expected a record (an object), found {ContractCheck.Describe(reader.TokenType)}");
            }

            if (!Skip(ref reader, input, where, maxDepth) || input.IsFull)
            {
                into.MarkIncomplete();
                return false;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                ReadRecord(input, family, arrayPath, index, start, (int)reader.BytesConsumed, into);
            }
        }

        where = arrayPath;
        return true;
    }

    /// <summary>The JSON path of item <paramref name="index"/> of the array at <paramref name="arrayPath"/>: <c>$.agencies[3]</c>.</summary>
    public static string ItemPath(string arrayPath, int index) => $"{arrayPath}[{index}]";

    /// <summary>Checks and deserializes one record, item <paramref name="index"/> of the array at <paramref name="arrayPath"/>; reports every problem in it when it does not read.</summary>
    private static void ReadRecord(DatasetInput input, RecordFamily family, string arrayPath, int index, int start, int end, LoadedRecords into)
    {
        var contract = family.Records;
        Exception failure;
        try
        {
            var record = (IRecord)JsonSerializer.Deserialize(input.Utf8.Span[start..end], contract.Info)!;
            into.Add(record, new RecordOrigin(input, arrayPath, index, start, end));
            return;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            failure = e;
        }

        // The slow, precise pass: every value on its own, so each problem is reported where it is.
        var path = ItemPath(arrayPath, index);
        var problems = ContractCheck.Run(input.Utf8, start, end, contract, path);
        if (problems.Count == 0)
        {
            problems.Add(new PendingProblem(start, path, JsonProblem.Clean(failure.Message)));
        }

        var id = ReadId(input.Utf8.Span[start..end]);
        into.AddFailed(id);
        foreach (var problem in problems)
        {
            input.Report(problem.Offset, problem.JsonPath, id, problem.Message);
        }
    }

    /// <summary>
    /// Moves past the value the reader is on, refusing to go deeper than <paramref name="maxDepth"/>: the check that
    /// stops a depth bomb. False (with the problem reported) when the value is too deep.
    /// </summary>
    private static bool Skip(ref Utf8JsonReader reader, DatasetInput input, string where, int maxDepth)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return true;
        }

        var depth = reader.CurrentDepth;
        do
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
            {
                input.Report(reader.TokenStartIndex, where, null, $"the JSON is nested deeper than the limit of {maxDepth} levels (DatasetLoadLimits.MaxDepth); reading stopped here");
                return false;
            }
        }
        while (reader.Read() && !(reader.CurrentDepth == depth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray));

        return true;
    }

    /// <summary>The record's own id, when it states a well-formed one, for locating problems.</summary>
    private static string? ReadId(ReadOnlySpan<byte> utf8Object)
    {
        var reader = new Utf8JsonReader(utf8Object);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = JsonText.IsText(ref reader) && reader.ValueTextEquals("id"u8);
            reader.Read();
            if (isId && reader.TokenType == JsonTokenType.String)
            {
                var id = JsonText.TryGetString(ref reader);
                return RecordId.IsWellFormed(id) ? id : null;
            }

            reader.Skip();
        }

        return null;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> span)
    {
        for (var at = 0; at < span.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(span[at..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return at;
            }

            at += consumed;
        }

        return span.Length;
    }
}
