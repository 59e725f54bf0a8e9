using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>Every claim's citations, from the record side and from the source side, on a dataset built here.</summary>
public sealed class CitationQueryTests
{
    private static readonly Source Other = new("source/other", "Another paper", "d", [], null, null, SourceKind.NewsReport, null, "other.txt", null);
    private static readonly Agency Pgr = Agency("mx-pgr", "Attorney General's Office", acronyms: ["PGR"]);
    private static readonly Person Abrego = new(
        "person/abrego", "Juan García Ábrego", null,
        [new PersonRole("Leader", null, "Gulf Cartel", null, Quotes("led the cartel")), new PersonRole("Fugitive", null, null, null, Quotes("on the list", "most wanted"))],
        Quotes("Juan Garcia Abrego"));
    private static readonly ExtraditionCase Expulsion = new(
        "extradition-case/abrego", Abrego.Id, "MX", "US", ExtraditionMechanism.Expulsion, null, null, null, null, null, ExtraditionOutcome.Unknown, null, null, [Pgr.Id],
        [new Citation(TestRecords.Source.Id, "first"), new Citation(Other.Id, "second"), new Citation(TestRecords.Source.Id, "third")]);
    private static readonly Conflict Mechanism = new(
        "conflict/abrego-mechanism", "Expelled or extradited?", "e", [Expulsion.Id],
        [new ConflictVersion("expelled", null, Quotes("expelled")), new ConflictVersion("extradited", null, [new Citation(Other.Id, "extradited"), new Citation(TestRecords.Source.Id, "sent")])]);
    private static readonly BorderCoopData Data = TestRecords.Data(Other, Pgr, Abrego, Expulsion, Mechanism);

    [Fact]
    public void Of_ARecord_ListsItsQuotes_InJsonOrder_WithTheirSource()
    {
        var citations = Data.CitationsOf(Expulsion.Id);

        citations.Select(c => (c.Path, c.Quote, c.Source.Id)).Should().Equal(
            ("citations[0]", "first", TestRecords.Source.Id), ("citations[1]", "second", Other.Id), ("citations[2]", "third", TestRecords.Source.Id));
        citations.Should().OnlyContain(c => c.Record.Id == Expulsion.Id);
    }

    [Fact]
    public void Of_APerson_IncludesTheCitationsOfTheirRoles()
    {
        Data.CitationsOf(Abrego.Id).Select(c => (c.Path, c.Quote)).Should().BeEquivalentTo(
        [
            ("citations[0]", "Juan Garcia Abrego"),
            ("roles[0].citations[0]", "led the cartel"),
            ("roles[1].citations[0]", "on the list"),
            ("roles[1].citations[1]", "most wanted"),
        ]);
    }

    [Fact]
    public void Of_AConflict_ListsEachVersionsCitations()
    {
        Data.CitationsOf(Mechanism.Id).Select(c => (c.Path, c.Source.Id)).Should().Equal(
            ("versions[0].citations[0]", TestRecords.Source.Id), ("versions[1].citations[0]", Other.Id), ("versions[1].citations[1]", TestRecords.Source.Id));
    }

    [Fact]
    public void Of_AnAgency_IsEmpty_BecauseAgenciesAreReferenceData()
    {
        Data.CitationsOf(Pgr.Id).Should().BeEmpty();
    }

    [Fact]
    public void From_EachSource_AreItsCitations_AndTogetherEveryCitationInTheDataset()
    {
        var all = Data.Records.SelectMany(r => Data.CitationsOf(r.Id)).ToList();

        Data.CitationsFrom(Other.Id).Select(c => $"{c.Record.Id} {c.Path}").Should().BeEquivalentTo(
            $"{Expulsion.Id} citations[1]", $"{Mechanism.Id} versions[1].citations[0]");
        Data.CitationsFrom(TestRecords.Source.Id).Should().OnlyContain(c => c.Citation.SourceId == TestRecords.Source.Id).And.HaveCount(all.Count - 2);
        Data.Sources.SelectMany(s => Data.CitationsFrom(s.Id)).Should().BeEquivalentTo(all);
    }
}
