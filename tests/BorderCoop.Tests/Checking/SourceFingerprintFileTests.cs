using System.Text;
using System.Text.Json;

namespace BorderCoop.Tests.Checking;

/// <summary>The committed fingerprints are what <c>seeds/</c> and <c>sources.json</c> generate, and the file format reads back what it wrote.</summary>
public sealed class SourceFingerprintFileTests
{
    private const string UpdateVariable = "BORDERCOOP_UPDATE_FINGERPRINTS";

    /// <summary>The fingerprint of each curated source's seed file, in the order of <c>sources.json</c>.</summary>
    internal static IReadOnlyList<SourceFingerprint> Generate()
    {
        using var sources = JsonDocument.Parse(File.ReadAllBytes(Repository.DataFile("sources.json")));
        return
        [
            .. sources.RootElement.EnumerateArray().Select(s =>
            {
                var fileName = s.GetProperty("file").GetString()!;
                return SourceFingerprint.Create(s.GetProperty("id").GetString()!, fileName, Repository.ReadSeed(fileName));
            }),
        ];
    }

    [Fact]
    public void CommittedFingerprints_AreWhatTheSeedsGenerate()
    {
        var path = Repository.DataFile(SourceFingerprintFile.FileName);
        var generated = SourceFingerprintFile.Write(Generate());
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllBytes(path, generated);
        }

        var committed = File.Exists(path) ? File.ReadAllBytes(path) : [];
        committed.SequenceEqual(generated).Should().BeTrue(
            $"src/BorderCoop/Data/{SourceFingerprintFile.FileName} must match seeds/ and the sources in sources.json; after changing them, regenerate it with "
            + $"{UpdateVariable}=1 dotnet test tests/BorderCoop.Tests --filter CommittedFingerprints_AreWhatTheSeedsGenerate");
    }

    [Fact]
    public void EmbeddedResource_IsTheCommittedFile()
    {
        using var stream = typeof(BorderCoopData).Assembly.GetManifestResourceStream(CuratedSourceTexts.ResourceName);

        stream.Should().NotBeNull();
        using var copy = new MemoryStream();
        stream!.CopyTo(copy);
        copy.ToArray().Should().Equal(File.ReadAllBytes(Repository.DataFile(SourceFingerprintFile.FileName)));
    }

    [Fact]
    public void Write_ThenRead_GivesBackEveryFingerprint()
    {
        var fingerprints = new[]
        {
            SourceFingerprint.Create("source/a", "a.txt", "The quick brown fox jumps over the lazy dog."u8),
            SourceFingerprint.Create("source/b", "b.txt", "Año, señor: ¿qué pasó?"u8),
            SourceFingerprint.Create("source/c", "c.txt", "short"u8),
        };

        var read = SourceFingerprintFile.Read(SourceFingerprintFile.Write(fingerprints));

        read.Should().HaveCount(3);
        for (var i = 0; i < read.Count; i++)
        {
            read[i].SourceId.Should().Be(fingerprints[i].SourceId);
            read[i].FileName.Should().Be(fingerprints[i].FileName);
            read[i].TextLength.Should().Be(fingerprints[i].TextLength);
            read[i].Sha256.ToArray().Should().Equal(fingerprints[i].Sha256.ToArray());
            read[i].Words.ToArray().Should().Equal(fingerprints[i].Words.ToArray());
        }
    }

    [Fact]
    public void Read_EveryTruncationAndForeignBytes_ThrowsInvalidDataException()
    {
        var bytes = SourceFingerprintFile.Write([SourceFingerprint.Create("source/a", "a.txt", "The quick brown fox jumps over the lazy dog."u8)]);
        var cases = Enumerable.Range(0, bytes.Length).Select(n => bytes[..n])
            .Append([.. bytes, 0])
            .Append(Encoding.UTF8.GetBytes("[{\"id\": \"source/a\"}]"));

        foreach (var broken in cases)
        {
            var read = () => SourceFingerprintFile.Read(broken);
            read.Should().Throw<InvalidDataException>($"{broken.Length} bytes are not a whole file");
        }
    }

    [Fact]
    public void Read_AFileMadeWithOtherParameters_SaysWhichItWasMadeWith()
    {
        var bytes = SourceFingerprintFile.Write([SourceFingerprint.Create("source/a", "a.txt", "The quick brown fox jumps over the lazy dog."u8)]);
        bytes[7] = 3; // the probes byte, after the magic, the format version, the window length and the bits per window

        var read = () => SourceFingerprintFile.Read(bytes);

        read.Should().Throw<InvalidDataException>().WithMessage("made with windows of 8 bytes, 8 bits per window and 3 probes*");
    }
}
