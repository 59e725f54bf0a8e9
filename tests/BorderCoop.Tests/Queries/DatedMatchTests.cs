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
    public void MatchesOfTheSameRecord_OnDifferentSteps_AreNotEqual()
    {
        var year1996 = new DateInterval(new LocalDate(1996, 1, 1), new LocalDate(1996, 12, 31));
        var surrender = Data.ExtraditionCasesDuring(year1996)[0];
        var arrest = Data.ExtraditionCasesDuring(year1996, step: DateKind.Arrested)[0];

        arrest.Record.Should().BeSameAs(surrender.Record);
        (surrender.DateKind, surrender.Reason).Should().Be((DateKind.Surrendered, "surrendered c. 1996-01"));
        (arrest.DateKind, arrest.Reason).Should().Be((DateKind.Arrested, "arrested 1996-01-14"));
        arrest.Should().NotBe(surrender);
        arrest.Should().Be(Data.ExtraditionCasesDuring(year1996, step: DateKind.Arrested)[0]);
    }

    [Fact]
    public void Reason_IsWordedFromTheFields_TheSameEachTime()
    {
        var match = Data.AgreementsInForceOn(new LocalDate(1989, 1, 1)).Single(m => m.Record.Id == "agreement/agreement-against-drug-trafficking-1989");

        match.Reason.Should().Be("signed 1989; the sources give no date of entry into force");
        match.Reason.Should().Be(match.Reason);
        match.Overlap.Should().Be(DateOverlap.Unknown);
    }
}
