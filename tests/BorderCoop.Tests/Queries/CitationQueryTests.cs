namespace BorderCoop.Tests.Queries;

/// <summary>Every claim's citations, from the record side and from the source side.</summary>
public sealed class CitationQueryTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    [Fact]
    public void Of_ACase_ListsItsNineQuotes_InJsonOrder_WithTheirSource()
    {
        var citations = Data.CitationsOf("extradition-case/juan-garcia-abrego");

        citations.Should().HaveCount(9);
        citations.Select(c => c.Path).Should().Equal(Enumerable.Range(0, 9).Select(i => $"citations[{i}]"));
        citations[1].Quote.Should().StartWith("Garcia Abrego was arrested on January 14, 1996");
        citations.Should().OnlyContain(c => c.Source.Id == "source/arzt-security-collaboration");
    }

    [Fact]
    public void Of_APerson_IncludesTheCitationsOfTheirRoles()
    {
        var person = Data.People.First(p => p.Roles.Any(r => r.Citations.Count > 0));

        var paths = Data.CitationsOf(person.Id).Select(c => c.Path).ToList();

        paths.Should().Contain(p => p.StartsWith("roles[", StringComparison.Ordinal));
        paths.Should().HaveCount(person.Citations.Count + person.Roles.Sum(r => r.Citations.Count));
    }

    [Fact]
    public void Of_AConflict_ListsEachVersionsCitations()
    {
        var conflict = Data.Get<Conflict>("conflict/garcia-abrego-removal-mechanism");

        Data.CitationsOf(conflict.Id).Select(c => c.Path).Should().OnlyContain(p => p.StartsWith("versions[", StringComparison.Ordinal))
            .And.HaveCount(conflict.Versions.Sum(v => v.Citations.Count));
    }

    [Fact]
    public void Of_AnAgency_IsEmpty_BecauseAgenciesAreReferenceData()
    {
        Data.CitationsOf("agency/mx-pgr").Should().BeEmpty();
    }

    [Fact]
    public void From_EachSource_AddUpToEveryCitationInTheDataset()
    {
        var perSource = Data.Sources.ToDictionary(s => s.Id, s => Data.CitationsFrom(s.Id).Count);

        perSource.Values.Sum().Should().Be(573);
        perSource["source/arzt-security-collaboration"].Should().Be(414);
        Data.CitationsFrom("source/nyt-widens-role-2011").Should().OnlyContain(c => c.Citation.SourceId == "source/nyt-widens-role-2011");
    }

    [Fact]
    public void EveryQuote_IsFoundVerbatimInItsSourcesSeedFile()
    {
        foreach (var source in Data.Sources)
        {
            var text = System.Text.Encoding.UTF8.GetString(Repository.ReadSeed(source.FileName));
            Data.CitationsFrom(source.Id).Should().OnlyContain(c => text.Contains(c.Quote, StringComparison.Ordinal));
        }
    }
}
