using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>
/// <see cref="BorderCoopData.FindByName{TRecord}"/>, <see cref="BorderCoopData.ResolveName{TRecord}"/> and
/// <see cref="BorderCoopData.Resolve{TRecord}"/>: one resolver for every family, ranked, saying how each record matched.
/// </summary>
public sealed class NameResolverTests
{
    private static readonly Agency Pgr = Agency("mx-pgr", "Attorney General's Office", "Procuraduría General de la República", ["PGR"], ["Procuraduría"]);
    private static readonly Agency Dea = Agency("us-dea", "Drug Enforcement Administration", acronyms: ["DEA"]);
    private static readonly Agency DeaTraining = Agency("us-dea-training", "DEA Training Academy");
    private static readonly Agency FederalPolice = Agency("mx-federal-police", "Federal Police", "Policía Federal", ["PF"]);
    private static readonly Agency CityPolice = Agency("mx-juarez-police", "Ciudad Juárez Municipal Police", "Policía Municipal de Ciudad Juárez");
    private static readonly Person GarciaLuna = Person("genaro-garcia-luna", "Genaro García Luna", "García Luna");
    private static readonly Person GarciaAbrego = Person("juan-garcia-abrego", "Juan García Ábrego", "Garcia Abrego");
    private static readonly Person Calderon = Person("felipe-calderon", "Felipe Calderón");
    private static readonly CooperationProgram Siu = Program("dea-siu", "Sensitive Investigative Unit Program", aliases: ["SIU"]);
    private static readonly Event Meeting = Event("merida-meeting-2010", "High-level meeting in Mérida");
    private static readonly Agreement Treaty = Agreement("extradition-treaty", "Extradition Treaty", "Tratado de Extradición");
    private static readonly BorderCoopData Data = TestRecords.Data(Pgr, Dea, DeaTraining, FederalPolice, CityPolice, GarciaLuna, GarciaAbrego, Calderon, Siu, Meeting, Treaty);

    [Theory]
    [InlineData("agency/mx-pgr", NameMatchKind.Id, "agency/mx-pgr")]
    [InlineData("AGENCY/MX-PGR", NameMatchKind.Id, "agency/mx-pgr")]
    [InlineData("pgr", NameMatchKind.ExactName, "PGR")]
    [InlineData("procuraduria general de la republica", NameMatchKind.ExactName, "Procuraduría General de la República")]
    [InlineData("Attorney Generals Office", NameMatchKind.ExactName, "Attorney General's Office")]
    [InlineData("Procuraduria Gen", NameMatchKind.NameStart, "Procuraduría General de la República")]
    [InlineData("general de la", NameMatchKind.WholeWord, "Procuraduría General de la República")]
    [InlineData("uraduria", NameMatchKind.WordPart, "Procuraduría General de la República")]
    public void FindByName_SaysHowTheTextMatched(string text, NameMatchKind kind, string matchedName)
    {
        var match = Data.FindByName<Agency>(text).Should().ContainSingle().Subject;

        match.Record.Should().BeSameAs(Pgr);
        match.Kind.Should().Be(kind);
        match.MatchedName.Should().Be(matchedName);
    }

    [Fact]
    public void FindByName_RanksIdThenExactNameThenNameStartThenWholeWordThenWordPart()
    {
        var agencies = TestRecords.Data(
            Agency("part", "Xinterpolx Office"),
            Agency("word", "Office of Interpol"),
            Agency("start", "Interpol Liaison"),
            Agency("exact", "Interpol"),
            Agency("interpol", "Something Else"));

        var matches = agencies.FindByName<Agency>("agency/interpol").Concat(agencies.FindByName<Agency>("interpol")).ToList();

        matches.Select(m => (m.Record.Id, m.Kind)).Should().Equal(
            ("agency/interpol", NameMatchKind.Id),
            ("agency/exact", NameMatchKind.ExactName),
            ("agency/start", NameMatchKind.NameStart),
            ("agency/word", NameMatchKind.WholeWord),
            ("agency/part", NameMatchKind.WordPart));
    }

    [Fact]
    public void FindByName_GivesEachRecordOnce_WithItsBestMatch_ThenDatasetOrderAmongEquals()
    {
        var matches = Data.FindByName<Person>("garcia");

        matches.Select(m => m.Record).Should().Equal(GarciaLuna, GarciaAbrego);
        matches.Select(m => m.Kind).Should().Equal(NameMatchKind.NameStart, NameMatchKind.NameStart);
        matches.Select(m => m.MatchedName).Should().Equal("García Luna", "Garcia Abrego");
    }

    [Theory]
    [InlineData("calderon")]
    [InlineData("CALDERÓN")]
    [InlineData("felipe calderon")]
    public void FindByName_IgnoresCaseAndAccents(string text)
    {
        Data.FindByName<Person>(text).Select(m => m.Record).Should().Equal(Calderon);
    }

    [Fact]
    public void ShortTexts_MatchOnlyWholeNamesAndWords()
    {
        Data.FindByName<Agency>("pf").Select(m => m.Record).Should().Equal(FederalPolice);
        Data.FindByName<Agency>("pg").Should().BeEmpty("two letters never match the start or part of a word");
        Data.FindByName<Agency>("de").Select(m => (m.Record, m.Kind)).Should().Equal(
            (Pgr, NameMatchKind.WholeWord), (CityPolice, NameMatchKind.WholeWord));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData("KGB")]
    public void FindByName_WithNoMatchOrNoWords_IsEmpty(string text)
    {
        Data.FindByName<Agency>(text).Should().BeEmpty();
        Data.ResolveName<Agency>(text).Status.Should().Be(NameResolutionStatus.NotFound);
    }

    [Fact]
    public void FindByName_FindsOnlyTheTypeAskedFor_OrEveryFamilyForIRecord()
    {
        Data.FindByName<Person>("DEA").Should().BeEmpty();
        Data.FindByName<CooperationProgram>("siu").Select(m => m.Record).Should().Equal(Siu);
        Data.FindByName<Event>("merida").Select(m => m.Record).Should().Equal(Meeting);
        Data.FindByName<Agreement>("tratado de extradicion").Should().ContainSingle()
            .Which.Should().Be(new NameMatch<Agreement>(Treaty, NameMatchKind.ExactName, "Tratado de Extradición"));
        Data.FindByName<Source>("test paper").Select(m => m.Record).Should().Equal(TestRecords.Source);
        Data.FindByName<IRecord>("police").Select(m => m.Record).Should().Equal(FederalPolice, CityPolice);
    }

    [Fact]
    public void FamiliesWithoutNames_AreFoundByIdOnly()
    {
        var data = TestRecords.Data(GarciaAbrego, Case("juan-garcia-abrego", GarciaAbrego.Id));

        data.FindByName<ExtraditionCase>("extradition-case/juan-garcia-abrego").Should().ContainSingle().Which.Kind.Should().Be(NameMatchKind.Id);
        data.FindByName<ExtraditionCase>("garcia").Should().BeEmpty();
    }

    [Fact]
    public void ResolveName_OneBestMatch_Resolves_EvenWhenOthersMatchLessWell()
    {
        var resolution = Data.ResolveName<Agency>("DEA");

        resolution.Status.Should().Be(NameResolutionStatus.Resolved);
        resolution.Record.Should().BeSameAs(Dea);
        resolution.Best.Select(m => m.Record).Should().Equal(Dea);
        resolution.Candidates.Select(m => (m.Record, m.Kind)).Should().Equal((Dea, NameMatchKind.ExactName), (DeaTraining, NameMatchKind.NameStart));
    }

    [Fact]
    public void ResolveName_SeveralEqualBestMatches_IsAmbiguous_WithTheCandidatesRanked()
    {
        var resolution = Data.ResolveName<Agency>("police");

        resolution.Status.Should().Be(NameResolutionStatus.Ambiguous);
        resolution.Record.Should().BeNull();
        resolution.Best.Select(m => m.Record).Should().Equal(FederalPolice, CityPolice);
        resolution.ToString().Should().Be("Ambiguous: agency/mx-federal-police, agency/mx-juarez-police");
    }

    [Fact]
    public void Resolve_ReturnsTheRecord_ByIdOrName()
    {
        Data.Resolve<Agency>("agency/us-dea").Should().BeSameAs(Dea);
        Data.Resolve<Agency>("d.e.a.").Should().BeSameAs(Dea);
        Data.Resolve<Person>("calderon").Should().BeSameAs(Calderon);
        Data.Resolve<IRecord>("Sensitive Investigative").Should().BeSameAs(Siu);
    }

    [Fact]
    public void Resolve_AnAmbiguousName_ThrowsListingTheCandidatesWithIdsAndNames()
    {
        var resolve = () => Data.Resolve<Person>("garcia");

        var exception = resolve.Should().Throw<NameResolutionException>().Which;
        exception.Status.Should().Be(NameResolutionStatus.Ambiguous);
        exception.Text.Should().Be("garcia");
        exception.ParamName.Should().Be("text");
        exception.Candidates.Select(m => m.Record.Id).Should().Equal(GarciaLuna.Id, GarciaAbrego.Id);
        exception.Message.Should().Be(
            "'garcia' could be any of 2 person records: person/genaro-garcia-luna (Genaro García Luna), "
            + "person/juan-garcia-abrego (Juan García Ábrego); give the id or more of the name.");
    }

    [Fact]
    public void Resolve_ANameOfNothing_ThrowsNotFound()
    {
        var resolve = () => Data.Resolve<CooperationProgram>("Plan Colombia");

        var exception = resolve.Should().Throw<NameResolutionException>().Which;
        exception.Status.Should().Be(NameResolutionStatus.NotFound);
        exception.Candidates.Should().BeEmpty();
        exception.Message.Should().Be("No cooperation program is called 'Plan Colombia': no id, name, acronym or alias matches it, whole or in part.");
    }

    [Fact]
    public void Resolve_AnIdOfAnotherFamily_IsNotFound()
    {
        var resolve = () => Data.Resolve<Person>("agency/us-dea");

        resolve.Should().Throw<NameResolutionException>().Which.Status.Should().Be(NameResolutionStatus.NotFound);
    }

    [Fact]
    public void ManyCandidates_AreListedUpToTen()
    {
        var data = TestRecords.Data([.. Enumerable.Range(1, 12).Select(i => Agency($"unit-{i}", $"Unit {i}"))]);

        var resolve = () => data.Resolve<Agency>("unit");

        resolve.Should().Throw<NameResolutionException>().Which.Message
            .Should().Contain("agency/unit-10 (Unit 10) and 2 more;").And.NotContain("agency/unit-11");
    }

    [Fact]
    public void FindAgenciesAndFindPeople_StillMatchWholeNamesOnly()
    {
        Data.FindAgencies("Procuraduria").Should().Equal(Pgr);
        Data.FindAgencies("Procuraduria Gen").Should().BeEmpty();
        Data.FindPeople("garcia").Should().BeEmpty();
        Data.FindPeople("garcia abrego").Should().Equal(GarciaAbrego);
    }

    [Fact]
    public void NullText_Throws()
    {
        ((Action)(() => Data.FindByName<Agency>(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Data.ResolveName<Agency>(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Data.Resolve<Agency>(null!))).Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void NameMatch_HasValueEquality_AndAReadableForm()
    {
        var first = Data.FindByName<Agency>("pgr")[0];
        var again = Data.FindByName<Agency>("PGR")[0];

        first.Should().Be(again);
        first.ToString().Should().Be("agency/mx-pgr (ExactName: PGR)");
    }
}
