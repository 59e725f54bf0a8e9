using NodaTime;
using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>What a <see cref="DatedMatch{TRecord}"/> is equal to, and how its reason is worded, on a dataset built here.</summary>
public sealed class DatedMatchTests
{
    private static readonly Person Abrego = Person("abrego", "Juan García Ábrego");
    private static readonly Person Cardenas = Person("cardenas", "Osiel Cardenas");
    private static readonly ExtraditionCase Expulsion = Case("abrego", Abrego.Id, arrested: "1996-01-14", surrendered: "1996-01~", outcome: ExtraditionOutcome.Surrendered);
    private static readonly ExtraditionCase ByJanuary2007 = Case("cardenas", Cardenas.Id, surrendered: "[..2007-01]", outcome: ExtraditionOutcome.Surrendered);
    private static readonly Agreement SignedIn1989 = DatedAgreement("drugs-1989", signed: "1989");
    private static readonly BorderCoopData Data = TestRecords.Data(Abrego, Cardenas, Expulsion, ByJanuary2007, SignedIn1989);

    [Fact]
    public void TheSameQueryTwice_GivesEqualMatchesWithEqualHashes()
    {
        var period = new DateInterval(new LocalDate(1996, 1, 1), new LocalDate(1996, 1, 13));

        var first = Data.ExtraditionCasesDuring(period);
        var second = Data.ExtraditionCasesDuring(period);

        first.Select(m => m.Record).Should().Equal(ByJanuary2007);
        first.Should().Equal(second);
        first.Select(m => m.GetHashCode()).Should().Equal(second.Select(m => m.GetHashCode()));
    }

    [Fact]
    public void MatchesOfTheSameRecord_OnDifferentSteps_AreNotEqual()
    {
        var year1996 = new DateInterval(new LocalDate(1996, 1, 1), new LocalDate(1996, 12, 31));
        var surrender = Data.ExtraditionCasesDuring(year1996)[0];
        var arrest = Data.ExtraditionCasesDuring(year1996, step: DateKind.Arrested)[0];

        arrest.Record.Should().BeSameAs(surrender.Record).And.Be(Expulsion);
        (surrender.DateKind, surrender.Reason).Should().Be((DateKind.Surrendered, "surrendered c. 1996-01"));
        (arrest.DateKind, arrest.Reason).Should().Be((DateKind.Arrested, "arrested 1996-01-14"));
        arrest.Should().NotBe(surrender);
        arrest.Should().Be(Data.ExtraditionCasesDuring(year1996, step: DateKind.Arrested)[0]);
    }

    [Fact]
    public void Reason_IsWordedFromTheFields_TheSameEachTime()
    {
        DatedMatch<Agreement> Ask() => Data.AgreementsInForceOn(new LocalDate(1989, 1, 1)).Single(m => m.Record == SignedIn1989);

        var match = Ask();

        match.Reason.Should().Be("signed 1989; the sources give no date of entry into force");
        Ask().Reason.Should().Be(match.Reason);
        match.Overlap.Should().Be(DateOverlap.Unknown);
    }
}
