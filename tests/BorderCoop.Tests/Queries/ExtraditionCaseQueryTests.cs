using NodaTime;

namespace BorderCoop.Tests.Queries;

/// <summary>Extradition cases by person, period, direction and mechanism, answered from the seed data.</summary>
public sealed class ExtraditionCaseQueryTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    private static DateInterval Years(int first, int last) => new(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31));

    [Fact]
    public void Of_APersonResolvedByName_FindsTheirCase()
    {
        var person = Data.FindPeople("García Ábrego").Single();

        Data.ExtraditionCasesOf(person.Id).Select(c => c.Id).Should().Equal("extradition-case/juan-garcia-abrego");
    }

    [Fact]
    public void Of_APersonWithNoCase_IsEmpty()
    {
        Data.ExtraditionCasesOf("person/janet-napolitano").Should().BeEmpty();
    }

    [Fact]
    public void During1996_AsksAboutSurrenders_FindingGarciaAbregoCertainly_AndTheCasesSurrenderedByJanuary2007AsUncertain()
    {
        var matches = Data.ExtraditionCasesDuring(Years(1996, 1996));

        matches.Select(m => $"{m.Record.Id} {m.DateKind} {m.Certainty} {m.Reason}").Should().Equal(
            "extradition-case/juan-garcia-abrego Surrendered Certain surrendered c. 1996-01",
            "extradition-case/gilberto-higuera-guerrero Surrendered Uncertain surrendered by 2007-01, which may fall outside the period",
            "extradition-case/hector-palma-salazar Surrendered Uncertain surrendered by 2007-01, which may fall outside the period",
            "extradition-case/osiel-cardenas Surrendered Uncertain surrendered by 2007-01, which may fall outside the period");
    }

    [Fact]
    public void During1995To2000_LeavesOutPeopleArrestedThenButNeverSurrendered()
    {
        var ids = Data.ExtraditionCasesDuring(Years(1995, 2000)).Select(m => m.Record.Id).ToList();

        ids.Should().NotContain(["extradition-case/jesus-amezcua-contreras", "extradition-case/luis-amezcua-contreras"]);
        Data.ExtraditionCasesDuring(Years(1995, 2000), step: DateKind.Arrested).Single(m => m.Record.Id == "extradition-case/jesus-amezcua-contreras")
            .Reason.Should().Be("arrested 1998-06-01");
    }

    [Fact]
    public void During2009_LeavesOutTheCasesSurrenderedByJanuary2007()
    {
        Data.ExtraditionCasesDuring(Years(2009, 2009), "MX", "US").Should().BeEmpty();
    }

    [Fact]
    public void DuringJanuary1996BeforeTheArrest_LeavesOutTheSurrender_WhichCameAfterIt()
    {
        var firstDays = new DateInterval(new LocalDate(1996, 1, 1), new LocalDate(1996, 1, 13));

        Data.ExtraditionCasesDuring(firstDays).Select(m => m.Record.Id).Should().NotContain("extradition-case/juan-garcia-abrego");
    }

    [Fact]
    public void During_FromMexicoToTheUnitedStatesByExpulsion_KeepsOnlyThatMechanism()
    {
        var matches = Data.ExtraditionCasesDuring(Years(1990, 2011), "MX", "US", ExtraditionMechanism.Expulsion);

        matches.Select(m => m.Record.Id).Should().Equal("extradition-case/juan-garcia-abrego");
    }

    [Fact]
    public void Find_ByDirection_ListsEveryCaseFromMexicoToTheUnitedStates()
    {
        var cases = Data.FindExtraditionCases(from: "MX", to: "US");

        cases.Should().HaveCount(Data.ExtraditionCases.Count(c => c.From == "MX" && c.To == "US")).And.NotBeEmpty();
        Data.FindExtraditionCases(from: "MX").Should().Equal(Data.ExtraditionCases.Where(c => c.From == "MX"));
        Data.FindExtraditionCases(to: "MX").Should().Equal(Data.ExtraditionCases.Where(c => c.To == "MX"));
        Data.FindExtraditionCases().Should().Equal(Data.ExtraditionCases);
    }

    [Fact]
    public void Find_ByMechanism_ReturnsTheSettledMechanism_AndTheConflictShowsTheOtherReadings()
    {
        var expelled = Data.FindExtraditionCases(mechanism: ExtraditionMechanism.Expulsion).Single();

        expelled.Id.Should().Be("extradition-case/juan-garcia-abrego");
        Data.ConflictsAbout(expelled.Id).Select(c => c.Id).Should().Contain("conflict/garcia-abrego-removal-mechanism");
    }

    [Fact]
    public void Find_ExtraditionsProper_ExcludesTheExpulsion()
    {
        Data.FindExtraditionCases(mechanism: ExtraditionMechanism.Extradition).Select(c => c.Id)
            .Should().NotContain("extradition-case/juan-garcia-abrego")
            .And.Contain("extradition-case/mario-villanueva");
    }
}
