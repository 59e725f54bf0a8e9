namespace BorderCoop.Tests.Checking;

/// <summary><see cref="BorderCoopData.Create"/> builds a dataset from records in code, validated like loaded data.</summary>
public sealed class DatasetCreationTests
{
    [Fact]
    public void Create_FromTheDefaultRecords_GivesAnEqualDataset()
    {
        var copy = BorderCoopData.Create(BorderCoopData.Default.Records);

        copy.Records.Should().Equal(BorderCoopData.Default.Records);
        copy.Agreements.Should().Equal(BorderCoopData.Default.Agreements);
        copy.Find("agency/mx-pgr").Should().Be(BorderCoopData.Default.Find("agency/mx-pgr"));
    }

    [Fact]
    public void Create_KeepsEachFamilyInTheOrderGiven()
    {
        var agencies = BorderCoopData.Default.Agencies.Reverse().ToList();

        BorderCoopData.Create(agencies).Agencies.Should().Equal(agencies);
    }

    [Fact]
    public void Create_WithADuplicateId_ListsTheProblem()
    {
        var pgr = BorderCoopData.Default.Get<Agency>("agency/mx-pgr");

        var create = () => BorderCoopData.Create([pgr, pgr]);

        create.Should().Throw<DatasetValidationException>()
            .Which.Problems.Should().ContainSingle()
            .Which.Should().Be(new DatasetProblem("agency/mx-pgr", "the id is used by more than one record"));
    }

    [Fact]
    public void Create_WithADanglingReference_ListsEveryUnresolvedId()
    {
        var program = BorderCoopData.Default.Programs.First(p => p.LeadAgencyIds.Count > 0);

        var create = () => BorderCoopData.Create([program]);

        var problems = create.Should().Throw<DatasetValidationException>().Which.Problems;
        problems.Should().Contain(p => p.Location.StartsWith(program.Id + ": ", StringComparison.Ordinal)
            && p.Message == $"'{program.LeadAgencyIds[0]}' does not resolve to any record");
    }

    [Fact]
    public void Create_WithAgencyParentsInCycles_ReportsEachCycleOnce_AtItsFirstAgency()
    {
        static Agency Agency(string slug, string parent) =>
            new($"agency/{slug}", "MX", slug, null, null, null, null, AgencyKind.Ministry, $"agency/{parent}");

        // b → c → d → b is one cycle, reached from a; e ⇄ f is another; g leads into it.
        var create = () => BorderCoopData.Create(
            [Agency("a", "b"), Agency("c", "d"), Agency("b", "c"), Agency("d", "b"), Agency("g", "f"), Agency("f", "e"), Agency("e", "f")]);

        create.Should().Throw<DatasetValidationException>().Which.Problems.Should().Equal(
            new DatasetProblem("agency/c: parent", "the agency parents form a cycle, agency/c → agency/d → agency/b → agency/c: an agency cannot be its own ancestor"),
            new DatasetProblem("agency/f: parent", "the agency parents form a cycle, agency/f → agency/e → agency/f: an agency cannot be its own ancestor"));
    }

    [Fact]
    public void Create_WithAgencyParentsThatEnd_HasNoProblem()
    {
        static Agency Agency(string slug, string? parent) =>
            new($"agency/{slug}", "MX", slug, null, null, null, null, AgencyKind.Ministry, parent is null ? null : $"agency/{parent}");

        var data = BorderCoopData.Create([Agency("a", "b"), Agency("c", "b"), Agency("b", "d"), Agency("d", null)]);

        data.Agencies.Should().HaveCount(4);
    }

    [Fact]
    public void Create_WithANullRecord_Throws()
    {
        var create = () => BorderCoopData.Create([BorderCoopData.Default.Sources[0], null!]);

        create.Should().Throw<ArgumentNullException>().WithParameterName("records");
    }
}
