using NodaTime;
using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>Agreements by the day they are in force and the period they were signed in, on a dataset built here.</summary>
public sealed class AgreementDateQueryTests
{
    private static readonly Agreement Mou = DatedAgreement("mou-1987", signed: "1987-12", inForce: "1991");
    private static readonly Agreement SignedIn1989 = DatedAgreement("drugs-1989", signed: "1989");
    private static readonly Agreement Declaration = DatedAgreement("declaration-1997", signed: "1997-05");
    private static readonly Agreement AboutIn2010 = DatedAgreement("areas-2010", signed: "2010~");
    private static readonly Agreement Treaty = DatedAgreement("extradition-treaty");
    private static readonly Agreement Undated = DatedAgreement("undated");
    private static readonly Conflict TreatyYear = DateConflict("extradition-treaty-year", Treaty.Id, "1980", "1978");
    private static readonly BorderCoopData Data = TestRecords.Data(Mou, SignedIn1989, Declaration, AboutIn2010, Treaty, Undated, TreatyYear);

    /// <summary>The matches that rest on a date; those on an unknown date are checked on their own.</summary>
    private static IEnumerable<string> Describe(IEnumerable<DatedMatch<Agreement>> matches) =>
        matches.Where(m => m.Overlap != DateOverlap.Unknown).Select(m => $"{m.Record.Id} {m.Certainty}");

    [Fact]
    public void InForceOn_BeforeAnAgreementEnteredIntoForce_LeavesItOut_AndListsOneSignedWithoutAnInForceDateAsUncertain()
    {
        Data.AgreementsInForceOn(new LocalDate(1990, 6, 1)).Where(m => m.Record.Signed is not null || m.Record.InForce is not null)
            .Select(m => $"{m.Record.Id} {m.Certainty}").Should().Equal($"{SignedIn1989.Id} Uncertain");
    }

    [Fact]
    public void InForceOn_DuringTheYearOfEntryIntoForce_IsUncertain_AndCertainAfterIt()
    {
        Data.AgreementsInForceOn(new LocalDate(1991, 6, 1)).Single(m => m.Record == Mou).Certainty.Should().Be(DateCertainty.Uncertain);
        var after = Data.AgreementsInForceOn(new LocalDate(1992, 1, 1)).Single(m => m.Record == Mou);
        after.Certainty.Should().Be(DateCertainty.Certain);
        after.Reason.Should().Be("in force since 1991");
    }

    [Fact]
    public void InForceOn_TheFirstDayOfAYearKnownOnlyToTheYear_IsNotReportedAsCertain()
    {
        var match = Data.AgreementsInForceOn(new LocalDate(1989, 1, 1)).Single(m => m.Overlap == DateOverlap.Unknown && m.Record.Signed is not null);

        match.Record.Should().Be(SignedIn1989);
        match.Certainty.Should().Be(DateCertainty.Uncertain);
        match.Reason.Should().Be("signed 1989; the sources give no date of entry into force");
    }

    [Fact]
    public void InForceOn_ListsAgreementsTheSourcesDoNotDate_AsUncertain_WithTheDatesConflictsGive()
    {
        var undated = Data.AgreementsInForceOn(new LocalDate(2011, 12, 31)).Where(m => m.Overlap == DateOverlap.Unknown).ToList();

        undated.Select(m => m.Record).Should().Contain([Treaty, Undated]);
        undated.Should().OnlyContain(m => m.Certainty == DateCertainty.Uncertain);
        undated.Single(m => m.Record == Treaty).Reason
            .Should().Be("the sources give no date of entry into force; conflicting passages give 1980 or 1978 (conflict/extradition-treaty-year)");
    }

    [Fact]
    public void SignedIn_AYearHoldingTheWholeMonth_FindsTheAgreementCertainly()
    {
        var year1997 = new DateInterval(new LocalDate(1997, 1, 1), new LocalDate(1997, 12, 31));

        Describe(Data.AgreementsSignedIn(year1997)).Should().Equal($"{Declaration.Id} Certain");
    }

    [Fact]
    public void SignedIn_APeriodCoveringPartOfAMonth_IsUncertain()
    {
        var lateDecember1987 = new DateInterval(new LocalDate(1987, 12, 20), new LocalDate(1988, 1, 31));

        Describe(Data.AgreementsSignedIn(lateDecember1987)).Should().Equal($"{Mou.Id} Uncertain");
    }

    [Fact]
    public void SignedIn_AnApproximateDateInsideThePeriod_IsStillUncertain()
    {
        var year2010 = new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2010, 12, 31));

        var match = Data.AgreementsSignedIn(year2010).Single(m => m.Overlap != DateOverlap.Unknown);

        match.Record.Should().Be(AboutIn2010);
        match.Certainty.Should().Be(DateCertainty.Uncertain);
        match.Reason.Should().Be("signed c. 2010, which may fall outside the period");
    }
}
