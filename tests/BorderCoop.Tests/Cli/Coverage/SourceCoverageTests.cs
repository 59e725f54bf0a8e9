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
        coverage.Unquoted.Select(u => u.Sentence.Text).Should().Equal("In 1987 they signed an accord.", "Three units were formed.", "CHART, 2007");
    }

    [Fact]
    public void Measure_ReportsTheNumbersAndDatesNoQuoteHolds_EvenInASentenceAQuoteCuts()
    {
        var coverage = SourceCoverage.Measure("source/test", Text, ["they signed an accord", "units were formed", "CHART, 20"], []);

        coverage.CoveredCount.Should().Be(3);
        coverage.Unquoted.Select(u => (u.Sentence.Text, string.Join("|", u.Mentions))).Should().Equal(
            ("In 1987 they signed an accord.", "1987"),
            ("Three units were formed.", "Three"),
            ("CHART, 2007", "2007"));
    }

    [Fact]
    public void Measure_AccountsForANumberOnlyWhenQuotesHoldEveryCharacterOfIt()
    {
        var coverage = SourceCoverage.Measure("source/test", Text, ["In 19", "87 they", "Three units"], []);

        coverage.Unquoted.Select(u => u.Sentence.Text).Should().Equal(["CHART, 2007"], "two quotes that meet hold 1987 between them");
    }

    [Fact]
    public void Measure_GivesTheShareOfTheSentencesTextInsideQuotes_CountingOverlappingQuotesOnce()
    {
        // The sentences hold 30 + 17 + 24 + 28 + 11 = 110 characters; the quotes hold "Agents met often." (17) once.
        var coverage = SourceCoverage.Measure("source/test", Text, ["Agents met often.", "met often"], []);

        coverage.QuotedTextShare.Should().BeApproximately(17 / 110.0, 1e-12);
        SourceCoverage.Measure("source/test", "\n", [], []).QuotedTextShare.Should().Be(1, "a text without sentences has nothing left to quote");
    }

    [Fact]
    public void Measure_SetsAsideSentencesAReviewedPassageHoldsWhole_ButNotOnesItOnlyCuts()
    {
        var coverage = SourceCoverage.Measure("source/test", Text, [], ["CHART, 2007", "Three units"]);

        coverage.CoveredCount.Should().Be(0);
        coverage.Unquoted.Select(u => u.Sentence.Text).Should().Equal("In 1987 they signed an accord.", "Three units were formed.");
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
        coverage.Unquoted.Should().BeEmpty();
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
