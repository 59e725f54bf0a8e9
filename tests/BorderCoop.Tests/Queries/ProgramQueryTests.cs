using NodaTime;
using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>Programs by date, agency and place, on a dataset built here (and, for the plain-scan check, the curated data).</summary>
public sealed class ProgramQueryTests
{
    /// <summary>A paper published in September 2010, so the programs it reports running are known to run until then.</summary>
    private static readonly Source Paper = new("source/paper", "A paper", "d", [], null, PartialDate.Parse("2010-09"), SourceKind.AcademicPaper, null, "paper.txt", null);
    private static readonly Agency Dea = Agency("us-dea", "Drug Enforcement Administration", acronyms: ["DEA"]);
    private static readonly CooperationProgram Epic = Reported("epic", "1974/..");
    private static readonly CooperationProgram ContactGroup = Reported("contact-group", "1996-03/", status: ProgramStatus.Unknown);
    private static readonly CooperationProgram Siu = Reported("dea-siu", "1997/..", leads: [Dea.Id], places: ["Mexico City"], countries: ["MX"]);
    private static readonly CooperationProgram Staging = Reported("staging-operations", "/2000", status: ProgramStatus.Ended, leads: [Dea.Id], countries: ["US"]);
    private static readonly CooperationProgram Undated = Reported("embedded-agents", null, participants: [Dea.Id], places: ["Ciudad Juárez"], countries: ["MX"]);
    private static readonly CooperationProgram Planned = Reported("we-are-all-juarez", null, status: ProgramStatus.Planned, places: ["Ciudad Juárez"], countries: ["MX"]);
    private static readonly CooperationProgram Proposed = Reported("proposed", "2011/..", status: ProgramStatus.Proposed, countries: ["US"]);
    private static readonly Conflict StagingEnd = new(
        "conflict/staging-end", "Late 1990s or 2000?", "e", [Staging.Id],
        [
            new ConflictVersion("late 1990s", Staging.Id, Quote, Date("[..1999]"), DateKind.Ended),
            new ConflictVersion("ended in 2000", null, Quote, Date("2000"), DateKind.Ended, Staging.Id),
        ]);

    private static readonly BorderCoopData Data = TestRecords.Data(Paper, Dea, Epic, ContactGroup, Siu, Staging, Undated, Planned, Proposed, StagingEnd);

    private static CooperationProgram Reported(
        string slug, string? period, ProgramStatus status = ProgramStatus.Active, string[]? leads = null, string[]? participants = null, string[]? places = null, string[]? countries = null) =>
        new($"program/{slug}", slug, null, ProgramKind.TaskForce, leads, participants, countries, places, Period(period), status, null, "A program.", [new Citation(Paper.Id, "a quote")]);

    private static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    [Fact]
    public void ActiveDuring_IsCertainForProgramsReportedRunningLater_AndListsUndatedOrDisputedOnesAsUncertain()
    {
        var matches = Data.ProgramsActiveDuring(Year(1998));

        matches.Select(m => $"{m.Record.Id} {m.Certainty}").Should().Equal(
            $"{Epic.Id} Certain",
            $"{ContactGroup.Id} Uncertain",
            $"{Siu.Id} Certain",
            $"{Staging.Id} Uncertain",
            $"{Undated.Id} Uncertain");
        matches.Single(m => m.Record == Siu).Reason.Should().Be("ran 1997 – ongoing, running as of 2010-09, throughout the period");
        matches.Single(m => m.Record == Staging).Reason
            .Should().Be("ran ? – 2000 as recorded; conflicting passages give by 1999 or 2000 (conflict/staging-end), so it may or may not overlap the period");
    }

    [Fact]
    public void ActiveOn_ADayBeforeAProgramStarted_LeavesItOut()
    {
        Data.ProgramsActiveOn(new LocalDate(1996, 2, 29)).Select(m => m.Record).Should().Contain(Epic).And.NotContain(ContactGroup).And.NotContain(Siu);
    }

    [Fact]
    public void ActiveOn_TheMonthAProgramStarted_IsUncertainBecauseOnlyTheMonthIsKnown()
    {
        Data.ProgramsActiveOn(new LocalDate(1996, 3, 1)).Single(m => m.Record == ContactGroup).Certainty.Should().Be(DateCertainty.Uncertain);
    }

    [Fact]
    public void ActiveDuring_NeverReturnsProposedOrPlannedPrograms()
    {
        Data.ProgramsActiveDuring(new DateInterval(new LocalDate(1900, 1, 1), new LocalDate(2100, 1, 1))).Select(m => m.Record)
            .Should().NotContain(Planned).And.NotContain(Proposed).And.Contain(Undated);
    }

    [Fact]
    public void ActiveDuring_MatchesAPlainScanOfEveryProgram_InTheCuratedData()
    {
        var data = BorderCoopData.Default;
        foreach (var year in Enumerable.Range(1970, 45))
        {
            var expected = data.Programs
                .Where(p => p.Status is not (ProgramStatus.Proposed or ProgramStatus.Planned))
                .Where(p => p.Period is null || (p.Period.Start?.EarliestDay ?? LocalDate.MinIsoValue) <= Year(year).End && (p.Period.End?.LatestDay ?? LocalDate.MaxIsoValue) >= Year(year).Start)
                .Select(p => p.Id);

            data.ProgramsActiveDuring(Year(year)).Select(m => m.Record.Id).Should().BeEquivalentTo(expected, $"in {year}");
        }
    }

    [Fact]
    public void LedBy_AnAgency_ListsTheProgramsItLeads()
    {
        Data.ProgramsLedBy(Dea.Id).Should().Equal(Siu, Staging);
    }

    [Fact]
    public void Involving_AnAgency_AddsTheProgramsItTakesPartIn()
    {
        Data.ProgramsInvolving(Dea.Id).Should().Equal(Siu, Staging, Undated);
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
        Data.ProgramsIn(place).Should().Equal(Undated, Planned);
    }

    [Fact]
    public void In_ACountryCode_ListsEveryProgramRunInThatCountry_InAnyCase()
    {
        Data.ProgramsIn("MX").Should().Equal(Siu, Undated, Planned).And.Equal(Data.ProgramsIn("mx"));
    }
}
