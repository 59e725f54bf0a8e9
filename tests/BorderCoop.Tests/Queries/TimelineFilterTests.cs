using NodaTime;

namespace BorderCoop.Tests.Queries;

/// <summary><see cref="BorderCoopData.TimelineFor"/> filters the merged timeline by period, kind and agency.</summary>
public sealed class TimelineFilterTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    private static DateInterval Days(LocalDate first, LocalDate last) => new(first, last);

    [Fact]
    public void ForMarch2010_KeepsDatesThatMayFallInIt_WiderOnesFirst_AndApproximateYearsNextToIt()
    {
        Data.TimelineFor(Days(new LocalDate(2010, 3, 1), new LocalDate(2010, 3, 31))).Select(e => e.ToString()).Should().Equal(
            "[2001-05-22..] court-ruling event/scjn-nullifies-jesus-amezcua-extradition",
            "2009~ other event/boomerang-discussions-begin",
            "2010~ signed agreement/merida-four-strategic-areas-2010",
            "2010~ meeting event/merida-high-level-meeting-2010",
            "2010~ announcement event/valdes-dialogos-por-la-seguridad",
            "2010-03 killing event/consulate-killings-ciudad-juarez-2010-03",
            "2010-03-28 took office: Reader who commented on the blog post person/gerardo-carrillo",
            "2011~ other event/disclosures-of-us-role-stir-political-storm",
            "2011~ started program/dea-intelligence-outpost-mexican-military-base");
    }

    [Fact]
    public void ForThePgrIn1996_ShowsGarciaAbregosArrestAndSurrender()
    {
        Data.TimelineFor(Days(new LocalDate(1996, 1, 1), new LocalDate(1996, 12, 31)), agencyId: "agency/mx-pgr")
            .Select(e => e.ToString()).Should().Equal(
                "1996-01-14 arrested extradition-case/juan-garcia-abrego",
                "1996-01~ surrendered extradition-case/juan-garcia-abrego");
    }

    [Fact]
    public void ForKindSigned_ListsTheFourDatedSignings_InOrder()
    {
        Data.TimelineFor(kind: DateKind.Signed).Select(e => e.ToString()).Should().Equal(
            "1987-12 signed agreement/mou-information-exchange-1987",
            "1989 signed agreement/agreement-against-drug-trafficking-1989",
            "1997-05 signed agreement/declaration-alliance-against-drugs-1997",
            "2010~ signed agreement/merida-four-strategic-areas-2010");
    }

    [Fact]
    public void WithNoFilter_IsTheWholeTimeline()
    {
        Data.TimelineFor().Should().Equal(Data.Timeline);
    }

    [Fact]
    public void ForAnyPeriod_MatchesAPlainScanOfTheTimeline()
    {
        var periods = Enumerable.Range(1970, 45).SelectMany(year => new[]
        {
            Days(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)),
            Days(new LocalDate(year, 6, 15), new LocalDate(year + 1, 2, 3)),
            Days(new LocalDate(year, 3, 1), new LocalDate(year, 3, 1)),
        });

        foreach (var period in periods)
        {
            var expected = Data.Timeline.Where(e => e.Date.EarliestDay <= period.End && e.Date.LatestDay >= period.Start).ToList();
            Data.TimelineFor(period).Should().Equal(expected, $"for {period}");
            foreach (var kind in Enum.GetValues<DateKind>())
            {
                Data.TimelineFor(period, kind).Should().Equal(expected.Where(e => e.Kind == kind), $"for {kind} in {period}");
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
        var dea = Data.TimelineFor(kind: DateKind.Event, agencyId: "agency/us-dea");

        dea.Should().NotBeEmpty().And.OnlyContain(e => e.Record is Event && ((Event)e.Record).AgencyIds.Contains("agency/us-dea"));
        dea.Select(e => e.Record.Id).Should().Contain("event/arrest-juan-garcia-abrego");
    }

    [Fact]
    public void ForAnAgency_IncludesTheRolesHeldInIt()
    {
        var roles = Data.Timeline.Where(e => e.Kind == DateKind.TookOffice
            && ((Person)e.Record).Roles.Any(r => r.AgencyId == "agency/mx-presidency" && e.What == "took office: " + r.Title)).ToList();

        roles.Should().NotBeEmpty();
        roles.Select(e => e.ToString()).Should().Equal(
            "2000 took office: President of Mexico person/fox", "2006-12 took office: President of Mexico person/felipe-calderon");
        Data.TimelineFor(agencyId: "agency/mx-presidency").Should().Contain(roles);
    }

    [Fact]
    public void ForAnAgencyName_ResolvesIt_AndANameOfNothingIsAnError()
    {
        Data.TimelineFor(agencyId: "PGR").Should().Equal(Data.TimelineFor(agencyId: "agency/mx-pgr"));
        FluentActions.Invoking(() => Data.TimelineFor(agencyId: "no such agency")).Should().Throw<NameResolutionException>();
    }
}
