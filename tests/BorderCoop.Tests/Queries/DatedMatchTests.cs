using NodaTime;

namespace BorderCoop.Tests.Queries;

public sealed class DatedMatchTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    [Fact]
    public void TheSameQueryTwice_GivesEqualMatchesWithEqualHashes()
    {
        var period = new DateInterval(new LocalDate(1996, 1, 1), new LocalDate(1996, 1, 13));

        var first = Data.ExtraditionCasesDuring(period);
        var second = Data.ExtraditionCasesDuring(period);

        first.Should().NotBeEmpty();
        first.Should().Equal(second);
        first.Select(m => m.GetHashCode()).Should().Equal(second.Select(m => m.GetHashCode()));
    }

    [Fact]
    public void MatchesOfTheSameRecord_WithDifferentReasons_AreNotEqual()
    {
        var beforeArrest = Data.ExtraditionCasesDuring(new DateInterval(new LocalDate(1996, 1, 1), new LocalDate(1996, 1, 13)))[0];
        var wholeYear = Data.ExtraditionCasesDuring(new DateInterval(new LocalDate(1996, 1, 1), new LocalDate(1996, 12, 31)))[0];

        beforeArrest.Record.Should().BeSameAs(wholeYear.Record);
        beforeArrest.Reason.Should().Be("surrendered 1996-01~, which may fall in the period");
        wholeYear.Reason.Should().Be("arrested 1996-01-14");
        beforeArrest.Should().NotBe(wholeYear);
    }

    [Fact]
    public void Reason_IsWordedOnceAndKept()
    {
        var match = Data.AgreementsInForceOn(new LocalDate(1989, 1, 1)).Single(m => m.Record.Id == "agreement/agreement-against-drug-trafficking-1989");

        var reason = match.Reason;

        reason.Should().Be("signed 1989; the sources give no date of entry into force");
        match.Reason.Should().BeSameAs(reason);
    }
}
