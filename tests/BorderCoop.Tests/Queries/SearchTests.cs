namespace BorderCoop.Tests.Queries;

/// <summary>Full-text search over names, descriptions, notes and quotes: accent-insensitive and ranked.</summary>
public sealed class SearchTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    [Theory]
    [InlineData("procuraduria")]
    [InlineData("Procuraduría")]
    [InlineData("PROCURADURIA GENERAL")]
    public void AWordOfASpanishName_FindsTheAgency_WithoutRegardToAccentsOrCase(string text)
    {
        Data.Search(text)[0].Record.Id.Should().Be("agency/mx-pgr");
    }

    [Fact]
    public void AnAcronym_RanksTheAgencyNamedByItFirst()
    {
        var hits = Data.Search("DEA");

        hits[0].Record.Id.Should().Be("agency/us-dea");
        hits[0].Fields.Should().Be(SearchField.Name);
        hits[0].Score.Should().BeGreaterThan(hits[1].Score);
    }

    [Fact]
    public void AFullName_RanksThePersonAndTheirCaseFirst()
    {
        var hits = Data.Search("Juan García Ábrego", 5);

        hits.Take(2).Select(h => h.Record.Id).Should().Equal("person/juan-garcia-abrego", "extradition-case/juan-garcia-abrego");
        hits.Should().BeInDescendingOrder(h => h.Score);
    }

    [Fact]
    public void RecordsWithEveryWord_RankBeforeRecordsWithSome()
    {
        var hits = Data.Search("merida meeting", 1000);
        var direct = hits.Where(h => h.Via is null).ToList();
        var merida = Data.Search("merida", 1000).Where(h => h.Via is null).Select(h => h.Record.Id);
        var meeting = Data.Search("meeting", 1000).Where(h => h.Via is null).Select(h => h.Record.Id);

        var both = direct.TakeWhile(h => h.MatchedWords.Count == 2).Select(h => h.Record.Id).ToList();
        both.Should().Contain("event/merida-high-level-meeting-2010");
        both.Should().BeEquivalentTo(merida.Intersect(meeting));
        direct.Skip(both.Count).Should().NotBeEmpty().And.OnlyContain(h => h.MatchedWords.Count == 1);
        Data.Search("merida zzzz").Should().NotBeEmpty().And.OnlyContain(h => h.MatchedWords.SequenceEqual(new[] { "merida" }));
        Data.Search("zzzz").Should().BeEmpty();
    }

    [Fact]
    public void AWordStart_MatchesLongerWords_ButRanksBelowWholeWords()
    {
        var prefix = Data.Search("extradit", 100);

        prefix.Select(h => h.Record.Id).Should().Contain("agreement/extradition-treaty");
        var whole = Data.Search("extradition", 100).Single(h => h.Record.Id == "agreement/extradition-treaty");
        whole.Score.Should().BeGreaterThan(prefix.Single(h => h.Record.Id == "agreement/extradition-treaty").Score);
    }

    [Fact]
    public void ShortWords_MatchOnlyWhole()
    {
        Data.Search("pg").Should().BeEmpty("two letters match only a whole word, and 'pgr' is not 'pg'");
        Data.Search("pgr")[0].Record.Id.Should().Be("agency/mx-pgr");
        Data.Search("procu")[0].Record.Id.Should().Be("agency/mx-pgr");
    }

    [Fact]
    public void QuotesAreSearched()
    {
        var hits = Data.Search("instrumental in the arrest", 20);

        hits.Should().Contain(h => h.Record.Id == "extradition-case/juan-garcia-abrego" && h.Fields.HasFlag(SearchField.Quote));
    }

    [Fact]
    public void MaxResults_LimitsTheHits_AndZeroOrBlankTextFindNothing()
    {
        Data.Search("mexico", 3).Should().HaveCount(3);
        Data.Search("mexico", 0).Should().BeEmpty();
        Data.Search("  ...  ").Should().BeEmpty();
        var negative = () => Data.Search("mexico", -1);
        negative.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Hits_AreDistinctRecords()
    {
        Data.Search("mexico", 1000).Select(h => h.Record.Id).Should().OnlyHaveUniqueItems();
    }
}
