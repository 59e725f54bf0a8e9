using NodaTime;
using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary><see cref="BorderCoopData.TimelineFor"/> filters the merged timeline by period, kind and agency, on a dataset built here.</summary>
public sealed class TimelineFilterTests
{
    private static readonly Agency Pgr = Agency("mx-pgr", "Attorney General's Office", acronyms: ["PGR"]);
    private static readonly Agency Dea = Agency("us-dea", "Drug Enforcement Administration", acronyms: ["DEA"]);
    private static readonly Agency Presidency = Agency("mx-presidency", "Presidency of Mexico");
    private static readonly Person Abrego = Person("abrego", "Juan García Ábrego");
    private static readonly Person Reader = new("person/reader", "A reader", null, [new PersonRole("Reader who commented", null, null, Period("2010-03-28/"), Quote)], Quote);
    private static readonly Person Fox = new("person/fox", "Fox", null, [new PersonRole("President of Mexico", Presidency.Id, null, Period("2000/2006-11"), Quote)], Quote);
    private static readonly Person Calderon = new("person/calderon", "Calderón", null, [new PersonRole("President of Mexico", Presidency.Id, null, Period("2006-12/"), Quote)], Quote);
    private static readonly ExtraditionCase Expulsion = Case("abrego", Abrego.Id, arrested: "1996-01-14", surrendered: "1996-01~", outcome: ExtraditionOutcome.Surrendered, agencies: [Pgr.Id]);
    private static readonly Agreement Mou = DatedAgreement("mou-1987", signed: "1987-12", inForce: "1991");
    private static readonly Agreement SignedIn1989 = DatedAgreement("drugs-1989", signed: "1989");
    private static readonly Agreement AboutIn2010 = DatedAgreement("areas-2010", signed: "2010~");
    private static readonly Agreement Issued = DatedAgreement("norms-1992", issued: "1992-07");
    private static readonly Agreement Undated = DatedAgreement("undated");
    private static readonly CooperationProgram Outpost = Program("outpost", "An outpost", period: "2011~/..");
    private static readonly Event Ruling = Event("ruling", "A ruling", date: "[2001-05-22..]", kind: EventKind.CourtRuling);
    private static readonly Event Talks = Event("talks", "Talks begin", date: "2009~");
    private static readonly Event Meeting = Event("meeting", "A meeting", date: "2010~", kind: EventKind.Meeting);
    private static readonly Event Killing = Event("killing", "A killing", date: "2010-03", kind: EventKind.Killing);
    private static readonly Event Storm = Event("storm", "A storm", date: "2011~");
    private static readonly Event Later = Event("later", "Later that year", date: "2010-05");
    private static readonly Event Arrest = Event("arrest", "An arrest", date: "1996-01-14", kind: EventKind.Arrest, agencies: [Dea.Id]);
    private static readonly Event Raid = Event("raid", "A raid", date: "2006", kind: EventKind.Operation, agencies: [Dea.Id, Pgr.Id]);

    private static readonly BorderCoopData Data = TestRecords.Data(
        Pgr, Dea, Presidency, Abrego, Reader, Fox, Calderon, Expulsion, AboutIn2010, SignedIn1989, Mou, Issued, Undated, Outpost,
        Ruling, Talks, Meeting, Killing, Storm, Later, Arrest, Raid);

    private static DateInterval Days(LocalDate first, LocalDate last) => new(first, last);

    [Fact]
    public void ForAMonth_KeepsDatesThatMayFallInIt_WiderOnesFirst_AndApproximateYearsNextToIt()
    {
        Data.TimelineFor(Days(new LocalDate(2010, 3, 1), new LocalDate(2010, 3, 31))).Select(e => e.ToString()).Should().Equal(
            "[2001-05-22..] court-ruling event/ruling",
            "2009~ other event/talks",
            "2010~ signed agreement/areas-2010",
            "2010~ meeting event/meeting",
            "2010-03 killing event/killing",
            "2010-03-28 took office: Reader who commented person/reader",
            "2011~ other event/storm",
            "2011~ started program/outpost");
    }

    [Fact]
    public void ForAnAgencyInAYear_ShowsTheStepsOfTheCasesItTookPartIn()
    {
        Data.TimelineFor(Days(new LocalDate(1996, 1, 1), new LocalDate(1996, 12, 31)), agencyId: Pgr.Id)
            .Select(e => e.ToString()).Should().Equal(
                "1996-01-14 arrested extradition-case/abrego",
                "1996-01~ surrendered extradition-case/abrego");
    }

    [Fact]
    public void ForKindSigned_ListsTheDatedSignings_InTimeOrder()
    {
        Data.TimelineFor(kind: DateKind.Signed).Select(e => e.ToString()).Should().Equal(
            "1987-12 signed agreement/mou-1987",
            "1989 signed agreement/drugs-1989",
            "2010~ signed agreement/areas-2010");
    }

    [Fact]
    public void WithNoFilter_IsTheWholeTimeline()
    {
        Data.TimelineFor().Should().Equal(Data.Timeline);
    }

    [Fact]
    public void ForAnyPeriod_MatchesAPlainScanOfTheTimeline_OfTheCuratedData()
    {
        var data = BorderCoopData.Default;
        var periods = Enumerable.Range(1970, 45).SelectMany(year => new[]
        {
            Days(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)),
            Days(new LocalDate(year, 6, 15), new LocalDate(year + 1, 2, 3)),
            Days(new LocalDate(year, 3, 1), new LocalDate(year, 3, 1)),
        });

        foreach (var period in periods)
        {
            var expected = data.Timeline.Where(e => e.Date.EarliestDay <= period.End && e.Date.LatestDay >= period.Start).ToList();
            data.TimelineFor(period).Should().Equal(expected, $"for {period}");
            foreach (var kind in Enum.GetValues<DateKind>())
            {
                data.TimelineFor(period, kind).Should().Equal(expected.Where(e => e.Kind == kind), $"for {kind} in {period}");
            }
        }
    }

    [Fact]
    public void ForTheWidestPeriod_DoesNotOverflowTheCalendar()
    {
        Data.TimelineFor(Days(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)).Should().Equal(Data.Timeline);
    }

    [Fact]
    public void ForAnAgencyAndKind_KeepsOnlyRecordsNamingThatAgency()
    {
        Data.TimelineFor(kind: DateKind.Event, agencyId: Dea.Id).Select(e => e.Record).Should().Equal(Arrest, Raid);
        Data.TimelineFor(kind: DateKind.Event, agencyId: Pgr.Id).Select(e => e.Record).Should().Equal(Raid);
    }

    [Fact]
    public void ForAnAgency_IncludesTheRolesHeldInIt()
    {
        Data.TimelineFor(agencyId: Presidency.Id).Select(e => e.ToString()).Should().Equal(
            "2000 took office: President of Mexico person/fox",
            "2006-11 left office: President of Mexico person/fox",
            "2006-12 took office: President of Mexico person/calderon");
    }

    [Fact]
    public void ForAnAgencyName_ResolvesIt_AndANameOfNothingIsAnError()
    {
        Data.TimelineFor(agencyId: "PGR").Should().Equal(Data.TimelineFor(agencyId: Pgr.Id)).And.NotBeEmpty();
        FluentActions.Invoking(() => Data.TimelineFor(agencyId: "no such agency")).Should().Throw<NameResolutionException>();
    }
}
