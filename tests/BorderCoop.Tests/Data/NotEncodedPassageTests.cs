using System.Text;
using System.Text.Json;
using BorderCoop.Cli.Coverage;
using BorderCoop.Tests.Cli;

namespace BorderCoop.Tests.Data;

/// <summary>
/// The reviewed list of passages deliberately not encoded (<c>src/BorderCoop.Cli/Coverage/not-encoded.json</c>) against
/// the seeds: its passages are the seeds' words, and with the data's quotes it accounts for every number and date.
/// </summary>
public sealed class NotEncodedPassageTests
{
    private static string SeedText(string sourceId) =>
        Encoding.UTF8.GetString(Repository.ReadSeed(BorderCoopData.Default.Get<Source>(sourceId).FileName));

    public static TheoryData<int> Entries() => [.. Enumerable.Range(0, NotEncodedPassage.Reviewed.Count)];

    [Theory]
    [MemberData(nameof(Entries))]
    public void EachPassage_IsAVerbatimSubstringOfItsSeed_WithAReason(int index)
    {
        var entry = NotEncodedPassage.Reviewed[index];

        BorderCoopData.Default.Find(entry.SourceId).Should().BeOfType<Source>("entry {0} names a curated source", index);
        SeedText(entry.SourceId).Should().Contain(entry.Passage, "entry {0} quotes its seed byte for byte", index);
        entry.Reason.Trim().Length.Should().BeGreaterThan(20, "entry {0} says why it is not encoded", index);
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void EachPassage_SetsAsideASentenceWithANumberOrADateThatNoCitationQuotes(int index)
    {
        var entry = NotEncodedPassage.Reviewed[index];
        var quotes = SourceCoverage.QuotesBySource(BorderCoopData.Default)[entry.SourceId];

        var withoutIt = SourceCoverage.Measure(entry.SourceId, SeedText(entry.SourceId), quotes, []);

        withoutIt.Unquoted.Should().Contain(
            u => entry.Passage.Contains(u.Sentence.Text, StringComparison.Ordinal),
            "entry {0} is needed: once its sentence is quoted by a citation, it comes off the list", index);
    }

    [Fact]
    public void ReviewedList_IsReadFromItsFile()
    {
        var file = File.ReadAllBytes(Path.Combine(Repository.Root, "src", "BorderCoop.Cli", "Coverage", "not-encoded.json"));

        NotEncodedPassage.Read(file).Should().Equal(NotEncodedPassage.Reviewed);
        NotEncodedPassage.Reviewed.Should().NotBeEmpty();
    }

    [Fact]
    public void EveryNumberAndDateInTheSeeds_IsInsideACitationsQuote_OrInASentenceOnTheReviewedList()
    {
        var (exitCode, output, error) = CliRunner.Run("coverage", "--sources", Path.Combine(Repository.Root, "seeds"), "--format", "json");

        exitCode.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetArrayLength().Should().Be(BorderCoopData.Default.Sources.Count, "every seed is measured");
        var uncovered = json.RootElement.EnumerateArray()
            .SelectMany(s => s.GetProperty("unquotedNumbersAndDates").EnumerateArray()
                .Select(u => $"{s.GetProperty("source").GetString()} line {u.GetProperty("line").GetInt32()} ({string.Join(", ", u.GetProperty("notQuoted").EnumerateArray().Select(m => m.GetString()))}): {u.GetProperty("sentence").GetString()}"))
            .ToList();
        uncovered.Should().BeEmpty("each such sentence is either encoded with a citation or listed in not-encoded.json with a reason");
        json.RootElement.EnumerateArray().Should().OnlyContain(s => s.GetProperty("quotesNotFound").GetInt32() == 0);
    }
}
