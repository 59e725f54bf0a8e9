using System.Text.Json;

namespace BorderCoop.Tests.Loading;

/// <summary>
/// The data compiled into the assembly is exactly what the JSON loader reads from the data files: the same records,
/// one for one, written back to the same JSON (which also compares what record equality does not, such as the
/// scale of a decimal).
/// </summary>
public sealed class CompiledDataTests
{
    public static TheoryData<string> FamilyFiles() => [.. RecordFamily.All.Select(f => f.FileName)];

    [Theory]
    [MemberData(nameof(FamilyFiles))]
    public void EachFamily_CompiledRecords_AreTheRecordsTheJsonLoaderReads(string fileName)
    {
        var family = RecordFamily.All.Single(f => f.FileName == fileName);
        var read = (IEnumerable<IRecord>)JsonSerializer.Deserialize(File.ReadAllBytes(Repository.DataFile(fileName)), family.ListTypeInfo)!;

        var compiled = CompiledData.Records(fileName);

        compiled.Should().NotBeNull().And.Equal(read.ToList());
        Serialize(compiled!, family).Should().Be(Serialize(read, family));
    }

    [Fact]
    public void EveryDataFile_IsCompiled_AndNothingElse()
    {
        var files = Directory.GetFiles(Path.GetDirectoryName(Repository.DataFile("x"))!, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        files.Should().Equal(RecordFamily.All.Select(f => f.FileName).Order(StringComparer.Ordinal));
        CompiledData.Records("agreements.json").Should().NotBeEmpty();
        CompiledData.Records("no-such-family.json").Should().BeNull();
    }

    [Fact]
    public void TheDefaultDataset_IsTheCompiledRecords_InFamilyOrder()
    {
        BorderCoopData.Default.Records.Should().Equal(RecordFamily.All.SelectMany(f => CompiledData.Records(f.FileName)!));
    }

    [Fact]
    public void TheJsonFiles_AreNotEmbedded_OnlyCompiled()
    {
        typeof(BorderCoopData).Assembly.GetManifestResourceNames().Should().NotContain(name => name.EndsWith(".json", StringComparison.Ordinal));
    }

    private static string Serialize(IEnumerable<IRecord> records, RecordFamily family)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            family.WriteList(writer, family.Freeze(records.ToList()));
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
