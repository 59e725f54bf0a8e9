using System.Text.Json;
using BorderCoop.Serialization;

namespace BorderCoop.Tests.Model;

/// <summary><see cref="QuoteAnchor"/>: offsets in code points, the first occurrence, 32 code points of context.</summary>
public sealed class QuoteAnchorTests
{
    [Fact]
    public void Find_CountsCodePoints_NotUtf16Units()
    {
        // "𝔸" is one code point and two UTF-16 units; "é" one of each.
        var anchor = QuoteAnchor.Find("𝔸é quoted words 𝔸 end", "quoted words 𝔸")!;

        anchor.Should().Be(new QuoteAnchor(3, 17, "𝔸é ", " end"));
        anchor.End.Should().Be(anchor.Start + QuoteAnchor.CodePoints("quoted words 𝔸"));
    }

    [Fact]
    public void Find_AQuoteThatOccursTwice_IsItsFirstOccurrence_WithItsOwnContext()
    {
        var anchor = QuoteAnchor.Find("one twice two twice three", "twice")!;

        anchor.Should().Be(new QuoteAnchor(4, 9, "one ", " two twice three"));
    }

    [Fact]
    public void Find_TakesAtMost32CodePointsOfContext_WithoutSplittingASurrogatePair()
    {
        var before = "0" + string.Concat(Enumerable.Repeat("𝔸", 40));
        var after = string.Concat(Enumerable.Repeat("𝔹", 40)) + "9";

        var anchor = QuoteAnchor.Find(before + "Q" + after, "Q")!;

        anchor.Start.Should().Be(41);
        anchor.Prefix.Should().Be(string.Concat(Enumerable.Repeat("𝔸", 32)));
        anchor.Suffix.Should().Be(string.Concat(Enumerable.Repeat("𝔹", 32)));
    }

    [Fact]
    public void Find_AtTheEdgesOfTheDocument_HasShortOrEmptyContext()
    {
        QuoteAnchor.Find("whole", "whole").Should().Be(new QuoteAnchor(0, 5, "", ""));
        QuoteAnchor.Find("a\nb", "b").Should().Be(new QuoteAnchor(2, 3, "a\n", ""));
    }

    [Fact]
    public void Find_AQuoteTheDocumentDoesNotHave_IsNull() =>
        QuoteAnchor.Find("some text", "Some").Should().BeNull("the search is ordinal");

    [Theory]
    [InlineData(-1, 3, "", "", "start")]
    [InlineData(3, 3, "", "", "end")]
    [InlineData(4, 3, "", "", "end")]
    public void Constructor_PositionsOutOfOrder_Throw(int start, int end, string prefix, string suffix, string parameter) =>
        FluentActions.Invoking(() => new QuoteAnchor(start, end, prefix, suffix))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(parameter);

    [Fact]
    public void Constructor_ContextLongerThan32CodePoints_Throws()
    {
        var longest = string.Concat(Enumerable.Repeat("𝔸", 32));

        FluentActions.Invoking(() => new QuoteAnchor(0, 1, longest, longest)).Should().NotThrow();
        FluentActions.Invoking(() => new QuoteAnchor(0, 1, longest + "x", "")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("prefix");
        FluentActions.Invoking(() => new QuoteAnchor(0, 1, "", "x" + longest)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("suffix");
    }

    [Fact]
    public void Citation_WithAnAnchorOfAnotherLength_Throws()
    {
        FluentActions.Invoking(() => new Citation(TestRecords.Source.Id, "four", new QuoteAnchor(10, 14, "", ""))).Should().NotThrow();
        FluentActions.Invoking(() => new Citation(TestRecords.Source.Id, "𝔸𝔸", new QuoteAnchor(10, 12, "", ""))).Should().NotThrow("two code points");
        FluentActions.Invoking(() => new Citation(TestRecords.Source.Id, "four", new QuoteAnchor(10, 15, "", "")))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("anchor");
    }

    [Fact]
    public void Citation_WritesItsAnchorAfterTheQuote_OmitsNone_AndReadsBackEqual()
    {
        var anchored = new Citation(TestRecords.Source.Id, "four", new QuoteAnchor(10, 14, "a \"b\"", "\n"));
        var plain = new Citation(TestRecords.Source.Id, "four");

        var json = JsonSerializer.Serialize(anchored, BorderCoopJson.Options);

        json.Should().Be("{\n  \"source\": \"source/test-paper\",\n  \"quote\": \"four\",\n  \"anchor\": {\n    \"start\": 10,\n    \"end\": 14,\n    \"prefix\": \"a \\\"b\\\"\",\n    \"suffix\": \"\\n\"\n  }\n}"
            .Replace("source/test-paper", TestRecords.Source.Id, StringComparison.Ordinal).ReplaceLineEndings(Environment.NewLine));
        JsonSerializer.Deserialize<Citation>(json, BorderCoopJson.Options).Should().Be(anchored).And.NotBe(plain);
        JsonSerializer.Serialize(plain, BorderCoopJson.Options).Should().NotContain("anchor");
    }
}
