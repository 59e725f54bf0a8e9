using System.Text.Json;

namespace BorderCoop;

/// <summary>Loads the curated data files embedded in the assembly (one resource per record family).</summary>
internal static class EmbeddedDataset
{
    /// <summary>The prefix of every embedded data resource; the file name follows.</summary>
    public const string ResourcePrefix = "BorderCoop.Data.";

    /// <summary>How deep the curated files may nest; they need 6 levels (array, record, roles, role, citations, citation).</summary>
    private const int MaxDepth = 32;

    /// <summary>Loads the embedded data files as the release named by the embedded <c>VERSION</c> resource.</summary>
    public static BorderCoopData Load() => LoadTrusted(ReadResource, DataRelease.Parse(ReadResource("VERSION").Span));

    /// <summary>
    /// Loads files that the test suite has already passed through <see cref="Load(Func{string, ReadOnlyMemory{byte}}, string?)"/>:
    /// each family is deserialized in one call with the source-generated metadata (unknown properties and values still
    /// fail), then ids and references are checked as for any dataset. About three times faster than the strict path,
    /// which it falls back to on any failure so that problems are still reported with their locations.
    /// </summary>
    /// <remarks>
    /// What only the strict path catches is an omitted nested property that reads as a default (a quantity without a
    /// qualifier). The shipped bytes are checked by it in the tests, and the embedded resources are the shipped files
    /// byte for byte, so the fast path reads exactly what was checked.
    /// </remarks>
    /// <param name="readFile">Reads a data file by name, such as <c>agreements.json</c>.</param>
    /// <param name="dataVersion">The name of the data release the files are, or null.</param>
    public static BorderCoopData LoadTrusted(Func<string, ReadOnlyMemory<byte>> readFile, string? dataVersion = null)
    {
        try
        {
            var records = new List<IRecord>();
            foreach (var family in RecordFamily.All)
            {
                var list = JsonSerializer.Deserialize(readFile(family.FileName).Span, family.ListTypeInfo) as IEnumerable<IRecord>
                    ?? throw new JsonException($"{family.FileName} holds null");
                records.AddRange(list);
            }

            return BorderCoopData.Build(records, dataVersion);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or DatasetValidationException)
        {
            return Load(readFile, dataVersion);
        }
    }

    /// <summary>Loads from named files, given a way to read each; every problem in every file is collected before failing.</summary>
    /// <param name="readFile">Reads a data file by name, such as <c>agreements.json</c>.</param>
    /// <param name="dataVersion">The name of the data release the files are, or null.</param>
    public static BorderCoopData Load(Func<string, ReadOnlyMemory<byte>> readFile, string? dataVersion = null)
    {
        var loaded = new LoadedRecords([]);
        foreach (var family in RecordFamily.All)
        {
            if (DatasetFile.Open(family.FileName, readFile(family.FileName), loaded) is { } input)
            {
                DatasetFile.ReadFamilyFile(input, family, MaxDepth, loaded);
            }
        }

        return loaded.Build([], dataVersion);
    }

    private static ReadOnlyMemory<byte> ReadResource(string fileName)
    {
        using var stream = typeof(EmbeddedDataset).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new DatasetValidationException([new DatasetProblem(ResourcePrefix + fileName, "the embedded resource is missing from the assembly")]);
        var buffer = new byte[stream.Length];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
