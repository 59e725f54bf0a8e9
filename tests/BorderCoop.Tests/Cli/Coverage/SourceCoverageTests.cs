using BorderCoop.Cli.Coverage;

namespace BorderCoop.Tests.Cli.Coverage;

/// <summary>What <see cref="SourceCoverage"/> counts as quoted, and which numbers and dates it reports.</summary>
public sealed class SourceCoverageTests
{
    private const string Text = "In 1987 they signed an accord. Agents met often. Three units were formed. The author thinks it worked.\nCHART, 2007";

    [Fact]
    public void Measure_CountsEverySentenceAQuoteOverlaps_EvenWhenTheQuoteCutsOrSpansSentences()
    {
        var coverage = SourceCoverage.Measure("source/test", Text, ["signed an accord. Agents"], []);

        coverage.Sentences.Should().HaveCount(5);
        coverage.CoveredCount.Should().Be(2);
        coverage.Share.Should().Be(0.4);
        coverage.UncoveredNumbersAndDates.Select(s => s.Text).Should().Equal("Three units were formed.", "CHART, 2007");
    }

    [Fact]
    public void Measure_SetsAsideSentencesAReviewedPassageHoldsWhole_ButNotOnesItOnlyCuts()
    {
        var coverage = SourceCoverage.Measure("source/test", Text, [], ["CHART, 2007", "Three units"]);

        coverage.CoveredCount.Should().Be(0);
        coverage.UncoveredNumbersAndDates.Select(s => s.Text).Should().Equal("In 1987 they signed an accord.", "Three units were formed.");
    }

    [Fact]
    public void Measure_CountsQuotesThatAreNotInTheText()
    {
        var coverage = SourceCoverage.Measure("source/test", Text, ["Agents met often.", "not in the text", "not in the text"], []);

        coverage.QuotesNotFound.Should().Be(1);
        coverage.CoveredCount.Should().Be(1);
    }

    [Fact]
    public void Measure_OfATextWithoutSentences_IsFullyCovered()
    {
        var coverage = SourceCoverage.Measure("source/test", "\n\n", [], []);

        coverage.Share.Should().Be(1);
        coverage.UncoveredNumbersAndDates.Should().BeEmpty();
    }

    [Fact]
    public void QuotesBySource_HasTheQuotesOfRecordsAndOfPeoplesRoles()
    {
        var role = new PersonRole("Minister", null, "A ministry", null, TestRecords.Quotes("the role's quote"));
        var data = TestRecords.Data(
            TestRecords.Event("meeting", "A meeting"),
            new Person("person/minister", "A Minister", null, [role], TestRecords.Quotes("the person's quote")));

        SourceCoverage.QuotesBySource(data)[TestRecords.Source.Id].Should().Contain(["the role's quote", "the person's quote", "a quote"]);
    }
}
