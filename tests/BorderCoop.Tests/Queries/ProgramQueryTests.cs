using NodaTime;

namespace BorderCoop.Tests.Queries;

/// <summary>Programs by date, agency and place, answered from the seed data.</summary>
public sealed class ProgramQueryTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    private static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    [Fact]
    public void ActiveDuring1998_IsCertainForProgramsReportedRunningLater_AndListsUndatedOnesAsUncertain()
    {
        var matches = Data.ProgramsActiveDuring(Year(1998));

        matches.Take(5).Select(m => $"{m.Record.Id} {m.Certainty}").Should().Equal(
            "program/epic Certain",
            "program/ocdetf Certain",
            "program/high-level-contact-group Uncertain",
            "program/dea-siu Certain",
            "program/camp-pendleton-staging-operations Uncertain");
        matches.Skip(5).Should().OnlyContain(m => m.Certainty == DateCertainty.Uncertain);
        matches.Single(m => m.Record.Id == "program/dea-siu").Reason
            .Should().Be("ran 1997 – ongoing, running as of 2010-09, throughout the period");
        matches.Single(m => m.Record.Id == "program/camp-pendleton-staging-operations").Reason
            .Should().Be("ran ? – 2000 as recorded; conflicting passages give by 1999 or 2000 (conflict/camp-pendleton-operations-timing), so it may or may not overlap the period");
    }

    [Fact]
    public void ActiveOn_ADayBeforeAProgramStarted_LeavesItOut()
    {
        var ids = Data.ProgramsActiveOn(new LocalDate(1996, 2, 29)).Select(m => m.Record.Id).ToList();

        ids.Should().Contain("program/epic").And.NotContain("program/high-level-contact-group").And.NotContain("program/dea-siu");
    }

    [Fact]
    public void ActiveOn_TheMonthAProgramStarted_IsUncertainBecauseOnlyTheMonthIsKnown()
    {
        var contactGroup = Data.ProgramsActiveOn(new LocalDate(1996, 3, 1)).Single(m => m.Record.Id == "program/high-level-contact-group");

        contactGroup.Certainty.Should().Be(DateCertainty.Uncertain);
    }

    [Fact]
    public void ActiveDuring_NeverReturnsProposedOrPlannedPrograms()
    {
        var neverRan = Data.Programs.Where(p => p.Status is ProgramStatus.Proposed or ProgramStatus.Planned).Select(p => p.Id).ToList();

        neverRan.Should().NotBeEmpty();
        Data.ProgramsActiveDuring(new DateInterval(new LocalDate(1900, 1, 1), new LocalDate(2100, 1, 1)))
            .Select(m => m.Record.Id).Should().NotIntersectWith(neverRan);
    }

    [Fact]
    public void ActiveDuring_MatchesAPlainScanOfEveryProgram()
    {
        foreach (var year in Enumerable.Range(1970, 45))
        {
            var expected = Data.Programs
                .Where(p => p.Status is not (ProgramStatus.Proposed or ProgramStatus.Planned))
                .Where(p => p.Period is null || (p.Period.Start?.EarliestDay ?? LocalDate.MinIsoValue) <= Year(year).End && (p.Period.End?.LatestDay ?? LocalDate.MaxIsoValue) >= Year(year).Start)
                .Select(p => p.Id);

            Data.ProgramsActiveDuring(Year(year)).Select(m => m.Record.Id).Should().BeEquivalentTo(expected, $"in {year}");
        }
    }

    [Fact]
    public void LedBy_TheDea_ListsTheSixProgramsItLeads()
    {
        Data.ProgramsLedBy("agency/us-dea").Select(p => p.Id).Should().Equal(
            "program/dea-mexico-office",
            "program/dea-siu",
            "program/dea-non-siu-vetted-units",
            "program/mexican-federal-police-academy-us-training",
            "program/camp-pendleton-staging-operations",
            "program/dea-intelligence-outpost-mexican-military-base");
    }

    [Fact]
    public void Involving_TheDea_AddsTheProgramsItTakesPartIn()
    {
        var involving = Data.ProgramsInvolving("agency/us-dea").Select(p => p.Id).ToList();

        involving.Should().HaveCount(8).And.Contain(["program/epic", "program/boomerang-operations"]);
        involving.Should().Contain(Data.ProgramsLedBy("agency/us-dea").Select(p => p.Id));
    }

    [Fact]
    public void Involving_AnUnknownAgency_Throws_InsteadOfAnsweringEmpty()
    {
        var involving = () => Data.ProgramsInvolving("agency/nobody");

        involving.Should().Throw<NameResolutionException>().Which.ParamName.Should().Be("agencyId");
    }

    [Theory]
    [InlineData("Ciudad Juarez")]
    [InlineData("ciudad juárez")]
    [InlineData("CIUDAD JUÁREZ")]
    public void In_APlace_IgnoresCaseAndAccents(string place)
    {
        Data.ProgramsIn(place).Select(p => p.Id).Should().Equal("program/us-agents-embedded-juarez-command-center", "program/we-are-all-juarez");
    }

    [Fact]
    public void In_ACountryCode_ListsEveryProgramRunInThatCountry_InAnyCase()
    {
        var mexico = Data.ProgramsIn("MX");

        mexico.Should().HaveCount(18).And.Equal(Data.ProgramsIn("mx"));
        mexico.Should().OnlyContain(p => p.Countries.Contains("MX"));
    }
}
