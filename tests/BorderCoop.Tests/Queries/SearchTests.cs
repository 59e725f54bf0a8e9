using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>Full-text search over names, descriptions, notes and quotes: accent-insensitive and ranked, on a dataset built here.</summary>
public sealed class SearchTests
{
    private static readonly Agency Pgr = new(
        "agency/mx-pgr", "MX", "Attorney General's Office of Mexico", "Procuraduría General de la República", null, ["PGR"], null, AgencyKind.LawEnforcement, null);
    private static readonly Agency Dea = Agency("us-dea", "Drug Enforcement Administration", acronyms: ["DEA"]);
    private static readonly Person Abrego = Person("juan-garcia-abrego", "Juan García Ábrego", "Garcia Abrego");
    private static readonly Person Luna = Person("genaro-garcia-luna", "Genaro García Luna");
    private static readonly ExtraditionCase Expulsion = new(
        "extradition-case/juan-garcia-abrego", Abrego.Id, "MX", "US", ExtraditionMechanism.Expulsion, null, null, null, null, null, ExtraditionOutcome.Unknown, null, null, [Dea.Id],
        Quotes("The DEA was instrumental in the arrest of Garcia Abrego in Mexico."));
    private static readonly Agreement Merida = Agreement("merida-initiative", "Merida Initiative", "Iniciativa Mérida");
    private static readonly Agreement Treaty = Agreement("extradition-treaty", "Extradition Treaty");
    private static readonly Event MeridaMeeting = Event("merida-meeting", "High-level meeting on the Mérida Initiative", "Officials of Mexico and the U.S. met.");
    private static readonly Event OtherMeeting = Event("contact-group-meeting", "A meeting of the contact group", "Officials of Mexico met the DEA.");
    private static readonly CooperationProgram MeridaTraining = Program("merida-training", "Training paid by Merida", description: "Police of Mexico trained.");
    private static readonly BorderCoopData Data = TestRecords.Data(Pgr, Dea, Abrego, Luna, Expulsion, Merida, Treaty, MeridaMeeting, OtherMeeting, MeridaTraining);

    [Theory]
    [InlineData("procuraduria")]
    [InlineData("Procuraduría")]
    [InlineData("PROCURADURIA GENERAL")]
    public void AWordOfASpanishName_FindsTheAgency_WithoutRegardToAccentsOrCase(string text)
    {
        Data.Search(text)[0].Record.Should().Be(Pgr);
    }

    [Fact]
    public void AnAcronym_RanksTheAgencyNamedByItFirst()
    {
        var hits = Data.Search("DEA");

        hits[0].Record.Should().Be(Dea);
        hits[0].Fields.Should().Be(SearchField.Name);
        hits.Should().HaveCountGreaterThan(1);
        hits[0].Score.Should().BeGreaterThan(hits[1].Score);
    }

    [Fact]
    public void AFullName_RanksThePersonAndTheirCaseFirst()
    {
        var hits = Data.Search("Juan García Ábrego", 5);

        hits.Take(2).Select(h => h.Record).Should().Equal(Abrego, Expulsion);
        hits.Should().BeInDescendingOrder(h => h.Score);
    }

    [Fact]
    public void RecordsWithEveryWord_RankBeforeRecordsWithSome()
    {
        var hits = Data.Search("merida meeting", 1000).Where(h => h.Via is null).ToList();

        hits.Select(h => h.Record).Should().StartWith(MeridaMeeting).And.BeEquivalentTo(new IRecord[] { MeridaMeeting, Merida, MeridaTraining, OtherMeeting });
        hits[0].MatchedWords.Should().Equal("merida", "meeting");
        hits.Skip(1).Should().OnlyContain(h => h.MatchedWords.Count == 1);
        Data.Search("merida zzzz").Should().NotBeEmpty().And.OnlyContain(h => h.MatchedWords.SequenceEqual(new[] { "merida" }));
        Data.Search("zzzz").Should().BeEmpty();
    }

    [Fact]
    public void AWordStart_MatchesLongerWords_ButRanksBelowWholeWords()
    {
        var prefix = Data.Search("extradit", 100).Single(h => h.Record.Equals(Treaty));
        var whole = Data.Search("extradition", 100).Single(h => h.Record.Equals(Treaty));

        whole.Score.Should().BeGreaterThan(prefix.Score);
    }

    [Fact]
    public void ShortWords_MatchOnlyWhole()
    {
        Data.Search("pg").Should().BeEmpty("two letters match only a whole word, and 'pgr' is not 'pg'");
        Data.Search("pgr")[0].Record.Should().Be(Pgr);
        Data.Search("procu")[0].Record.Should().Be(Pgr);
    }

    [Fact]
    public void QuotesAreSearched()
    {
        Data.Search("instrumental in the arrest").Should().Contain(h => h.Record.Equals(Expulsion) && h.Fields.HasFlag(SearchField.Quote));
    }

    [Fact]
    public void MaxResults_LimitsTheHits_AndZeroOrBlankTextFindNothing()
    {
        Data.Search("mexico", 1000).Should().HaveCountGreaterThan(3);
        Data.Search("mexico", 3).Should().HaveCount(3);
        Data.Search("mexico", 0).Should().BeEmpty();
        Data.Search("  ...  ").Should().BeEmpty();
        var negative = () => Data.Search("mexico", -1);
        negative.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Hits_AreDistinctRecords()
    {
        Data.Search("mexico garcia dea", 1000).Select(h => h.Record.Id).Should().HaveCountGreaterThan(3).And.OnlyHaveUniqueItems();
    }
}
