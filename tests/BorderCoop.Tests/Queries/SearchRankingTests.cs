using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>
/// <see cref="BorderCoopData.Search"/> on a hand-made dataset: all words before some, singular and plural alike, and
/// records reached through the record they point to.
/// </summary>
public sealed class SearchRankingTests
{
    private static readonly Agency Dea = Agency("us-dea", "Drug Enforcement Administration", acronyms: ["DEA"]);
    private static readonly CooperationProgram Siu = Program("dea-siu", "Sensitive Investigative Unit Program", aliases: ["SIU"], leads: [Dea.Id], description: "Vetted units of police.");
    private static readonly CooperationProgram Patrols = Program("border-patrols", "Border patrols", description: "Joint patrols along the border.");
    private static readonly BudgetLine SiuLine = BudgetLine("siu-fy2011", Siu.Id, description: "Non-personnel funding.");
    private static readonly Figure SiuFigure = Figure("siu-labs", "laboratories seized", Siu.Id);
    private static readonly Event Extradition = Event("first-extradition", "First extradition of a national", "An extradition.");
    private static readonly Event Extraditions = Event("extraditions-review", "Mexico reviews its extraditions", "A review.");
    private static readonly Event Agencies = Event("agencies-meet", "Agencies meet", "Several agencies met.");
    private static readonly BorderCoopData Data = TestRecords.Data(Dea, Siu, Patrols, SiuLine, SiuFigure, Extradition, Extraditions, Agencies);

    [Fact]
    public void RecordsWithSomeWords_AreFound_BelowThoseWithAll_AndSayWhichWordsMatched()
    {
        var hits = Data.Search("border review");

        hits.Select(h => h.Record).Should().Equal(Patrols, Extraditions);
        hits.Select(h => string.Join(" ", h.MatchedWords)).Should().Equal("border", "review");

        var both = Data.Search("joint extradition patrols");
        both[0].Record.Should().Be(Patrols);
        both[0].MatchedWords.Should().Equal("joint", "patrols");
        both.Skip(1).Should().OnlyContain(h => h.MatchedWords.SequenceEqual(new[] { "extradition" }));
    }

    [Fact]
    public void ALinkedRecordWithTheOtherWords_HasThemAll_AndRanksFirst()
    {
        var hits = Data.Search("sensitive laboratories");

        hits[0].Record.Should().Be(SiuFigure, "the figure has 'laboratories' itself and 'sensitive' through its program");
        hits[0].MatchedWords.Should().Equal("sensitive", "laboratories");
        hits[0].Via.Should().Be(Siu);
        hits[1].Record.Should().Be(Siu);
        hits[1].MatchedWords.Should().Equal("sensitive");
    }

    [Theory]
    [InlineData("extradition")]
    [InlineData("extraditions")]
    [InlineData("EXTRADICIONES")]
    public void SingularAndPlural_FindTheSameRecords(string text)
    {
        var expected = text == "EXTRADICIONES" ? [] : new IRecord[] { Extradition, Extraditions };

        Data.Search(text).Select(h => h.Record).Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void PluralFolding_WorksInEveryField()
    {
        Data.Search("agency").Select(h => h.Record).Should().Equal(Agencies);
        Data.Search("unit").Select(h => h.Record).Should().Contain(Siu);
        Data.Search("patrol")[0].Record.Should().Be(Patrols);
    }

    [Fact]
    public void AWholeNameInThePlural_EarnsTheWholeNameBonus()
    {
        var singular = Data.Search("border patrol");
        var plural = Data.Search("Border Patrols");

        singular[0].Record.Should().Be(Patrols);
        singular[0].Score.Should().Be(plural[0].Score);
        plural[0].Score.Should().BeGreaterThan(20);
    }

    [Fact]
    public void ARecordFoundByName_BringsTheRecordsThatPointToIt_RankedBelowIt_AndSaysSo()
    {
        var hits = Data.Search("SIU");

        hits.Select(h => h.Record).Should().Equal(Siu, SiuLine, SiuFigure);
        hits[0].Via.Should().BeNull();
        hits.Skip(1).Should().OnlyContain(h => ReferenceEquals(h.Via, Siu) && h.Score == hits[0].Score / 2 && h.MatchedWords.SequenceEqual(new[] { "siu" }));
        hits[1].ToString().Should().EndWith(": Name via program/dea-siu)");
    }

    [Fact]
    public void Links_GoOneStep_AndOnlyFromRecordsFoundByName()
    {
        var dea = Data.Search("drug enforcement");

        dea.Select(h => h.Record).Should().Equal(Dea, Siu);
        dea[1].Via.Should().Be(Dea, "the program is led by the agency; its budget line is two steps away");

        Data.Search("vetted").Select(h => h.Record).Should().Equal([Siu], "a match in a description brings no linked records");
    }

    [Fact]
    public void ASourceFoundByName_DoesNotBringEveryRecordThatQuotesIt()
    {
        Data.Search("test paper").Select(h => h.Record).Should().Equal(TestRecords.Source);
    }

    [Fact]
    public void ARecordBothFoundAndReached_IsListedOnce_WithTheWordsOfBoth()
    {
        var hits = Data.Search("SIU funding", 100);

        hits.Select(h => h.Record.Id).Should().OnlyHaveUniqueItems();
        var line = hits.Single(h => ReferenceEquals(h.Record, SiuLine));
        line.MatchedWords.Should().Equal("siu", "funding");
        line.Via.Should().Be(Siu, "'funding' is in its own description, 'SIU' in the name of its program");
        hits[0].Should().BeSameAs(line, "it is the one record with both words");
    }

    [Fact]
    public void ARecordWithTheWordsItself_IsNotReachedThroughALink_ButGainsItsScore()
    {
        var program = Program("dea-siu", "Sensitive Investigative Unit Program", aliases: ["SIU"]);
        var line = BudgetLine("siu-fy2012", program.Id, description: "SIU funding for 2012.");
        var mention = Event("siu-arrest", "An arrest", "The SIU arrested someone.");
        var data = TestRecords.Data(program, line, mention);

        var hits = data.Search("SIU");

        hits.Select(h => h.Record).Should().Equal(program, line, mention);
        hits[1].Via.Should().BeNull();
        hits[1].Fields.Should().Be(SearchField.Description);
        hits[1].Score.Should().Be(hits[2].Score + (hits[0].Score / 2), "the line mentions SIU as the event does, and belongs to the program");
    }

    [Fact]
    public void ARecordThatMatchesAsWellAsTheRecordItPointsTo_IsNotLiftedAboveIt()
    {
        var person = Person("juan-perez", "Juan Pérez");
        var extradition = Case("juan-perez", person.Id);
        var data = TestRecords.Data(person, extradition);

        var hits = data.Search("juan perez");

        hits.Select(h => h.Record).Should().Equal(person, extradition);
        hits[1].Score.Should().Be(hits[0].Score, "the case bears the person's name, and gains nothing that would pass the person");
    }
}
