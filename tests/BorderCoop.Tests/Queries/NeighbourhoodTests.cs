using NodaTime;

namespace BorderCoop.Tests.Queries;

/// <summary>A record's neighbourhood and who held a role when, on records built here.</summary>
public sealed class NeighbourhoodTests
{
    private static Citation Quote => new("source/s", "a quote");

    private static readonly Source Source = new("source/s", "A source", "d", [], null, null, SourceKind.Analysis, null, "s.txt", [Quote]);

    private static readonly Agency Agency = new("agency/a", "MX", "An agency", null, ["AA"], null, null, AgencyKind.LawEnforcement, null);

    private static Person Person(string id, params (string Title, string? Period)[] roles) =>
        new(id, id, null, [.. roles.Select(r => new PersonRole(r.Title, Agency.Id, null, r.Period is null ? null : DateRange.Parse(r.Period), [Quote]))], [Quote]);

    [Fact]
    public void NeighbourhoodOf_APerson_ListsWhatTheySigned_WithTheFieldThatSaysSo()
    {
        var signer = Person("person/signer");
        var agreement = new Agreement("agreement/x", "X", null, AgreementKind.Agreement, ["MX"], [Agency.Id], [signer.Id], null, null, null, null, null, "d", [Quote]);
        var data = BorderCoopData.Create([Source, Agency, signer, agreement]);

        var around = data.NeighbourhoodOf(signer.Id);

        around.ReferencedBy.Select(l => l.ToString()).Should().Equal("<- signatories agreement/x");
        around.ReferencedByOf<Agreement>("signatories").Should().Equal(agreement);
        around.ReferencedByOf<Agreement>("partyAgencies").Should().BeEmpty();
        around.References.Should().BeEmpty("the person has no role that names an agency");
        data.NeighbourhoodOf(agreement.Id).References.Select(l => (l.Path, l.Record.Id))
            .Should().Equal(("partyAgencies[0]", Agency.Id), ("signatories[0]", signer.Id));
    }

    [Fact]
    public void NeighbourhoodOf_AnUnknownId_SaysSo()
    {
        FluentActions.Invoking(() => BorderCoopData.Create([Source]).NeighbourhoodOf("agency/none"))
            .Should().Throw<KeyNotFoundException>().WithMessage("*agency/none*");
    }

    [Fact]
    public void RolesHeld_FollowTheDateRules_AndKeepUndatedRolesAsUncertain()
    {
        var president = Person("person/p", ("President", "2000/2005"));
        var minister = Person("person/m", ("Minister", null));
        var other = new Agency("agency/other", "US", "Another agency", null, null, null, null, AgencyKind.Ministry, null);
        var data = BorderCoopData.Create([Source, Agency, other, president, minister]);

        var in2003 = data.RolesHeldOn(new LocalDate(2003, 6, 1));
        in2003.Select(m => $"{m.Record.Person.Id} {m.Record.Role.Title} {m.Certainty} {m.Reason}").Should().Equal(
            "person/p President Certain held 2000 – 2005, throughout the period",
            "person/m Minister Uncertain the sources give no period");
        data.RolesHeldDuring(new DateInterval(new LocalDate(2007, 1, 1), new LocalDate(2007, 12, 31))).Select(m => m.Record.Person.Id)
            .Should().Equal("person/m");
        data.RolesHeldOn(new LocalDate(2003, 6, 1), agencyId: "Another agency").Should().BeEmpty();
        data.RolesHeldOn(new LocalDate(2003, 6, 1), agencyId: "AA").Should().HaveCount(2, "the agency is named by its acronym");
        FluentActions.Invoking(() => data.RolesHeldOn(new LocalDate(2003, 6, 1), agencyId: "no such agency")).Should().Throw<NameResolutionException>();
    }
}
