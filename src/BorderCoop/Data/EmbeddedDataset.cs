namespace BorderCoop;

/// <summary>Loads the curated data files embedded in the assembly (one resource per record family).</summary>
internal static class EmbeddedDataset
{
    /// <summary>The prefix of every embedded data resource; the file name follows.</summary>
    public const string ResourcePrefix = "BorderCoop.Data.";

    /// <summary>How deep the curated files may nest; they need 6 levels (array, record, roles, role, citations, citation).</summary>
    private const int MaxDepth = 32;

    public static BorderCoopData Load() => Load(ReadResource);

    /// <summary>Loads from named files, given a way to read each; every problem in every file is collected before failing.</summary>
    public static BorderCoopData Load(Func<string, ReadOnlyMemory<byte>> readFile)
    {
        var loaded = new LoadedRecords([]);
        foreach (var family in RecordFamily.All)
        {
            if (DatasetFile.Open(family.FileName, readFile(family.FileName), loaded) is { } input)
            {
                DatasetFile.ReadFamilyFile(input, family, MaxDepth, loaded);
            }
        }

        return loaded.Build([]);
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
