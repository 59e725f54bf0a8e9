using NodaTime;

namespace BorderCoop.Tests.Queries;

public sealed class AgreementDateQueryTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    private static IEnumerable<string> Describe(IEnumerable<DatedMatch<Agreement>> matches) =>
        matches.Select(m => $"{m.Record.Id} {m.Certainty}");

    [Fact]
    public void InForceOn_BeforeTheMouEnteredIntoForce_ReportsOnlyThe1989AgreementAsUncertain()
    {
        Describe(Data.AgreementsInForceOn(new LocalDate(1990, 6, 1)))
            .Should().Equal("agreement/agreement-against-drug-trafficking-1989 Uncertain");
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
        var match = Data.AgreementsInForceOn(new LocalDate(1989, 1, 1)).Single();

        match.Record.Id.Should().Be("agreement/agreement-against-drug-trafficking-1989");
        match.Certainty.Should().Be(DateCertainty.Uncertain);
        match.Reason.Should().Contain("no date of entry into force");
    }

    [Fact]
    public void InForceOn_LeavesOutAgreementsTheSourcesDoNotDate()
    {
        Data.AgreementsInForceOn(new LocalDate(2011, 12, 31)).Select(m => m.Record.Id)
            .Should().NotContain(["agreement/extradition-treaty", "agreement/merida-initiative", "agreement/dhs-ssp-border-cooperation-agreement"]);
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

        var match = Data.AgreementsSignedIn(year2010).Single();

        match.Record.Id.Should().Be("agreement/merida-four-strategic-areas-2010");
        match.Certainty.Should().Be(DateCertainty.Uncertain);
        match.Reason.Should().Be("signed around 2010~");
    }
}
