using System.Text;

namespace BorderCoop.Tests.Data;

/// <summary>
/// Every citation of the shipped dataset has an anchor, and each anchor is proved against <c>seeds/</c> here, apart
/// from the code that made it: its offsets (in code points) slice exactly the quote, its prefix and suffix are the
/// 32 code points around it, and it is the quote's first occurrence.
/// </summary>
public sealed class QuoteAnchorDataTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    public static TheoryData<string> DataFiles() => [.. QuoteAnchorFiles.FileNames];

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void CommittedAnchors_AreWhatTheSeedsGenerate(string fileName)
    {
        var path = Repository.DataFile(fileName);
        var generated = QuoteAnchorFiles.Generate(fileName);
        if (Environment.GetEnvironmentVariable(QuoteAnchorFiles.UpdateVariable) == "1")
        {
            File.WriteAllText(path, generated, new UTF8Encoding(false));
        }

        File.ReadAllText(path).Should().Be(generated,
            $"the anchors in src/BorderCoop/Data/{fileName} must be what seeds/ gives; after adding or changing a quote, regenerate them with "
            + $"{QuoteAnchorFiles.UpdateVariable}=1 dotnet test tests/BorderCoop.Tests --filter CommittedAnchors_AreWhatTheSeedsGenerate, and review the diff");
    }

    [Fact]
    public void EveryCitation_HasAnAnchor_ThatSlicesItsQuoteFromItsSeed_WithThe32CodePointsAroundIt()
    {
        var citations = Data.Records.SelectMany(r => RecordContents.Of(r).AllCitations().Select(c => (Field: $"{r.Id} {c.Path}", c.Citation))).ToList();
        var repeated = 0;

        citations.Should().HaveCountGreaterThan(500);
        foreach (var (field, citation) in citations)
        {
            citation.Anchor.Should().NotBeNull($"{field} is a curated citation");
            var anchor = citation.Anchor!;
            var seed = Repository.ReadSeed(Data.Get<Source>(citation.SourceId).FileName);
            var text = CodePoints(seed);
            var quote = CodePoints(Encoding.UTF8.GetBytes(citation.Quote));

            anchor.End.Should().BeLessThanOrEqualTo(text.Length, field);
            text[anchor.Start..anchor.End].Should().Equal(quote, $"{field}: the offsets slice the quote");
            CodePoints(Encoding.UTF8.GetBytes(anchor.Prefix)).Should().Equal(text[Math.Max(0, anchor.Start - 32)..anchor.Start], $"{field}: the prefix");
            CodePoints(Encoding.UTF8.GetBytes(anchor.Suffix)).Should().Equal(text[anchor.End..Math.Min(text.Length, anchor.End + 32)], $"{field}: the suffix");

            // The first occurrence, found on the bytes and converted: its code point offset is the number of UTF-8
            // lead bytes before it.
            var bytes = Encoding.UTF8.GetBytes(citation.Quote);
            var first = seed.AsSpan().IndexOf(bytes);
            seed.Take(first).Count(b => (b & 0xC0) != 0x80).Should().Be(anchor.Start, $"{field}: the anchor is the quote's first occurrence");
            repeated += seed.AsSpan(first + 1).IndexOf(bytes) >= 0 ? 1 : 0;
        }

        repeated.Should().BeGreaterThan(0, "some quotes occur more than once in their seed (the first-occurrence rule is exercised)");
    }

    [Fact]
    public void Rewrite_ReplacesAStaleAnchor_AddsAMissingOne_AndLeavesEverythingElse()
    {
        var fileName = RecordFamily.Agreements.FileName;
        var committed = File.ReadAllText(Repository.DataFile(fileName));
        var generated = QuoteAnchorFiles.Generate(fileName);
        var property = generated.IndexOf("\"anchor\": {", StringComparison.Ordinal);
        var lineStart = generated.LastIndexOf('\n', property);
        var closing = "\n" + new string(' ', property - lineStart - 1) + "}";
        var firstAnchor = generated.LastIndexOf(',', lineStart);
        var anchorEnd = generated.IndexOf(closing, property, StringComparison.Ordinal) + closing.Length;
        var withoutOne = generated.Remove(firstAnchor, anchorEnd - firstAnchor);
        var stale = generated.Replace("\"start\": ", "\"start\": 1", StringComparison.Ordinal);

        firstAnchor.Should().BePositive();
        QuoteAnchorFiles.Rewrite(Encoding.UTF8.GetBytes(withoutOne)).Should().Be(generated);
        QuoteAnchorFiles.Rewrite(Encoding.UTF8.GetBytes(stale)).Should().Be(generated);
        withoutOne.Should().NotBe(committed, "the committed file has every anchor");
    }

    private static int[] CodePoints(byte[] utf8)
    {
        var runes = new List<int>();
        for (var at = 0; at < utf8.Length;)
        {
            Rune.DecodeFromUtf8(utf8.AsSpan(at), out var rune, out var used).Should().Be(System.Buffers.OperationStatus.Done);
            runes.Add(rune.Value);
            at += used;
        }

        return [.. runes];
    }
}
