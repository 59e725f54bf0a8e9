using System.Text.Json;

namespace BorderCoop;

/// <summary>The curated data embedded in the assembly, and the two ways the tests read its JSON files.</summary>
/// <remarks>
/// The embedded data is trusted at run time, as NodaTime trusts its embedded time zone database. It is embedded in
/// compiled form: at build time a generator (<c>src/BorderCoop.DataCompiler</c>) turns the data files into code that
/// constructs the records (<see cref="CompiledData"/>), so <see cref="Load"/> runs no JSON serializer. The JSON files
/// stay the reviewed source of truth, and the test suite reads them both ways: through the whole user-data pipeline,
/// every check included (<see cref="Validate"/>), and trusted (<see cref="LoadTrusted"/>), which must give records
/// equal to the compiled ones.
/// </remarks>
internal static class EmbeddedDataset
{
    /// <summary>The prefix of every embedded resource (the data release name, the source fingerprints); the file name follows.</summary>
    public const string ResourcePrefix = "BorderCoop.Data.";

    /// <summary>How deep the curated files may nest; they need 6 levels (array, record, roles, role, citations, citation).</summary>
    private const int MaxDepth = 32;

    /// <summary>
    /// The curated data compiled into the assembly (<see cref="CompiledData"/>, made from the data files at build time),
    /// as the release named by the embedded <c>VERSION</c> resource.
    /// </summary>
    /// <remarks>
    /// The records are constructed directly, without the JSON serializer: their constructors still check each one,
    /// and the records are frozen without the checks across records.
    /// </remarks>
    /// <exception cref="DatasetValidationException">A family was not compiled, or a compiled record fails its constructor's checks (a packaging defect the tests guard against).</exception>
    public static BorderCoopData Load()
    {
        var records = new List<IRecord>(capacity: 256);
        foreach (var family in RecordFamily.All)
        {
            try
            {
                records.AddRange(CompiledData.Records(family.FileName)
                    ?? throw new ArgumentException("the file was not compiled into the assembly"));
            }
            catch (ArgumentException e)
            {
                throw new DatasetValidationException([new DatasetProblem(family.FileName, "the compiled data is unusable: " + e.Message)]);
            }
        }

        return BorderCoopData.Freeze(records, DataRelease.Embedded);
    }

    /// <summary>Reads trusted data files: one deserialization per family, then the records are frozen (what the compiled data must equal).</summary>
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

    /// <summary>The bytes of an embedded resource, such as <c>VERSION</c>.</summary>
    public static ReadOnlyMemory<byte> ReadResource(string fileName)
    {
        using var stream = typeof(EmbeddedDataset).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new DatasetValidationException([new DatasetProblem(ResourcePrefix + fileName, "the embedded resource is missing from the assembly")]);
        var buffer = new byte[stream.Length];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
