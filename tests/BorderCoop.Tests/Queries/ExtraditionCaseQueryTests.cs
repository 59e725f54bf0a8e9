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
    public void During1996_FindsGarciaAbregoCertainlyByHisArrestDay_AndTheUndatedCasesAsUncertain()
    {
        var matches = Data.ExtraditionCasesDuring(Years(1996, 1996));

        matches.Select(m => $"{m.Record.Id} {m.Certainty} {m.Reason}").Should().Equal(
            "extradition-case/juan-garcia-abrego Certain arrested 1996-01-14",
            "extradition-case/osiel-cardenas Uncertain the sources give no date",
            "extradition-case/gilberto-higuera-guerrero Uncertain the sources give no date",
            "extradition-case/hector-palma-salazar Uncertain the sources give no date");
    }

    [Fact]
    public void DuringJanuary1996_ReadsTheApproximateSurrenderAsUncertain_ButTheExactArrestAsCertain()
    {
        var match = Data.ExtraditionCasesDuring(new DateInterval(new LocalDate(1996, 1, 1), new LocalDate(1996, 1, 13)))
            .Single(m => m.Record.Id == "extradition-case/juan-garcia-abrego");

        match.Certainty.Should().Be(DateCertainty.Uncertain);
        match.Reason.Should().Be("surrendered 1996-01~, which may fall in the period");
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
