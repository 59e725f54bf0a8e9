using NodaTime;

namespace BorderCoop.Tests.Queries;

public sealed class AgreementDateQueryTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    /// <summary>The matches that rest on a date; those on an unknown date are checked on their own.</summary>
    private static IEnumerable<string> Describe(IEnumerable<DatedMatch<Agreement>> matches) =>
        matches.Where(m => m.Overlap != DateOverlap.Unknown).Select(m => $"{m.Record.Id} {m.Certainty}");

    [Fact]
    public void InForceOn_BeforeTheMouEnteredIntoForce_ReportsOnlyThe1989AgreementAsUncertain()
    {
        Data.AgreementsInForceOn(new LocalDate(1990, 6, 1)).Where(m => m.Record.Signed is not null || m.Record.InForce is not null)
            .Select(m => $"{m.Record.Id} {m.Certainty}").Should().Equal("agreement/agreement-against-drug-trafficking-1989 Uncertain");
    }

    [Fact]
    public void InForceOn_DuringTheYearOfEntryIntoForce_IsUncertain_AndCertainAfterIt()
    {
        Data.AgreementsInForceOn(new LocalDate(1991, 6, 1)).Single(m => m.Record.Id == "agreement/mou-information-exchange-1987")
            .Certainty.Should().Be(DateCertainty.Uncertain);
        var after = Data.AgreementsInForceOn(new LocalDate(1992, 1, 1)).Single(m => m.Record.Id == "agreement/mou-information-exchange-1987");
        after.Certainty.Should().Be(DateCertainty.Certain);
        after.Reason.Should().Be("in force since 1991");
    }

    [Fact]
    public void InForceOn_TheFirstDayOfAYearKnownOnlyToTheYear_IsNotReportedAsCertain()
    {
        var match = Data.AgreementsInForceOn(new LocalDate(1989, 1, 1)).Single(m => m.Overlap == DateOverlap.Unknown && m.Record.Signed is not null);

        match.Record.Id.Should().Be("agreement/agreement-against-drug-trafficking-1989");
        match.Certainty.Should().Be(DateCertainty.Uncertain);
        match.Reason.Should().Contain("no date of entry into force");
    }

    [Fact]
    public void InForceOn_ListsAgreementsTheSourcesDoNotDate_AsUncertain_WithTheDatesConflictsGive()
    {
        var undated = Data.AgreementsInForceOn(new LocalDate(2011, 12, 31)).Where(m => m.Overlap == DateOverlap.Unknown).ToList();

        undated.Select(m => m.Record.Id).Should().Contain(["agreement/extradition-treaty", "agreement/merida-initiative"]);
        undated.Should().OnlyContain(m => m.Certainty == DateCertainty.Uncertain);
        undated.Single(m => m.Record.Id == "agreement/extradition-treaty").Reason
            .Should().Be("the sources give no date of entry into force; conflicting passages give 1980 or 1978 (conflict/extradition-treaty-year)");
    }

    [Fact]
    public void SignedIn_1997_FindsTheDeclarationCertainly()
    {
        var year1997 = new DateInterval(new LocalDate(1997, 1, 1), new LocalDate(1997, 12, 31));

        Describe(Data.AgreementsSignedIn(year1997)).Should().Equal("agreement/declaration-alliance-against-drugs-1997 Certain");
    }

    [Fact]
    public void SignedIn_APeriodCoveringPartOfAMonth_IsUncertain()
    {
        var lateDecember1987 = new DateInterval(new LocalDate(1987, 12, 20), new LocalDate(1988, 1, 31));

        Describe(Data.AgreementsSignedIn(lateDecember1987)).Should().Equal("agreement/mou-information-exchange-1987 Uncertain");
    }

    [Fact]
    public void SignedIn_AnApproximateDateInsideThePeriod_IsStillUncertain()
    {
        var year2010 = new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2010, 12, 31));

        var match = Data.AgreementsSignedIn(year2010).Single(m => m.Overlap != DateOverlap.Unknown);

        match.Record.Id.Should().Be("agreement/merida-four-strategic-areas-2010");
        match.Certainty.Should().Be(DateCertainty.Uncertain);
        match.Reason.Should().Be("signed c. 2010, which may fall outside the period");
    }
}
