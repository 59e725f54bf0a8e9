using System.Text.Json;

namespace BorderCoop;

/// <summary>Reads the curated data files embedded in the assembly (one resource per record family).</summary>
/// <remarks>
/// The embedded data is trusted at run time, as NodaTime trusts its embedded time zone database: each family is read
/// in one call under the strict contract (<see cref="Serialization.BorderCoopJson.Options"/>), and the records are
/// frozen without the checks across records. The test suite runs the whole user-data pipeline, every check included,
/// on the same bytes (<see cref="Validate"/>), so the data can never be wrong in a way only those checks would see.
/// </remarks>
internal static class EmbeddedDataset
{
    /// <summary>The prefix of every embedded data resource; the file name follows.</summary>
    public const string ResourcePrefix = "BorderCoop.Data.";

    /// <summary>How deep the curated files may nest; they need 6 levels (array, record, roles, role, citations, citation).</summary>
    private const int MaxDepth = 32;

    /// <summary>Reads the embedded data files as the release named by the embedded <c>VERSION</c> resource.</summary>
    public static BorderCoopData Load() => LoadTrusted(ReadResource, DataRelease.Parse(ReadResource("VERSION").Span));

    /// <summary>Reads trusted data files: one deserialization per family, then the records are frozen.</summary>
    /// <param name="readFile">Reads a data file by name, such as <c>agreements.json</c>.</param>
    /// <param name="dataVersion">The name of the data release the files are, or null.</param>
    /// <exception cref="DatasetValidationException">A file breaks the contract; only the first problem is named (run <see cref="Validate"/> for all).</exception>
    public static BorderCoopData LoadTrusted(Func<string, ReadOnlyMemory<byte>> readFile, string? dataVersion = null)
    {
        var records = new List<IRecord>();
        foreach (var family in RecordFamily.All)
        {
            try
            {
                records.AddRange(JsonSerializer.Deserialize(readFile(family.FileName).Span, family.ListTypeInfo) as IEnumerable<IRecord>
                    ?? throw new JsonException("the file holds null"));
            }
            catch (Exception e) when (e is JsonException or ArgumentException)
            {
                throw new DatasetValidationException([new DatasetProblem(ResourcePrefix + family.FileName, "the embedded data is unreadable: " + JsonProblem.Clean(e.Message))]);
            }
        }

        return BorderCoopData.Freeze(records, dataVersion);
    }

    /// <summary>
    /// Reads data files through every step and check that user data goes through, collecting every problem in every
    /// file before failing: what the tests run on the embedded files.
    /// </summary>
    /// <param name="readFile">Reads a data file by name, such as <c>agreements.json</c>.</param>
    /// <param name="dataVersion">The name of the data release the files are, or null.</param>
    public static BorderCoopData Validate(Func<string, ReadOnlyMemory<byte>> readFile, string? dataVersion = null)
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

    /// <summary>The bytes of an embedded resource, such as <c>agreements.json</c>.</summary>
    public static ReadOnlyMemory<byte> ReadResource(string fileName)
    {
        using var stream = typeof(EmbeddedDataset).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new DatasetValidationException([new DatasetProblem(ResourcePrefix + fileName, "the embedded resource is missing from the assembly")]);
        var buffer = new byte[stream.Length];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
