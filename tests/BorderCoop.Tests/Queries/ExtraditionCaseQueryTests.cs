using NodaTime;
using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>Extradition cases by person, period, direction and mechanism, on a dataset built here.</summary>
public sealed class ExtraditionCaseQueryTests
{
    private static readonly Person Abrego = Person("juan-garcia-abrego", "Juan García Ábrego", "Garcia Abrego");
    private static readonly Person Bystander = Person("janet-napolitano", "Janet Napolitano");
    private static readonly Person Requested = Person("luis-amezcua", "Luis Amezcua");
    private static readonly Person Fugitive = Person("fugitive", "A Fugitive");
    private static readonly Person Cardenas = Person("osiel-cardenas", "Osiel Cardenas");
    private static readonly Person Higuera = Person("gilberto-higuera", "Gilberto Higuera");
    private static readonly Person Palma = Person("hector-palma", "Hector Palma");
    private static readonly Person Villanueva = Person("mario-villanueva", "Mario Villanueva");
    private static readonly ExtraditionCase Expulsion = Case(
        "juan-garcia-abrego", Abrego.Id, arrested: "1996-01-14", surrendered: "1996-01~", outcome: ExtraditionOutcome.Surrendered, mechanism: ExtraditionMechanism.Expulsion);
    private static readonly ExtraditionCase ByJanuary2007C = Case("osiel-cardenas", Cardenas.Id, surrendered: "[..2007-01]", outcome: ExtraditionOutcome.Surrendered);
    private static readonly ExtraditionCase ByJanuary2007A = Case("gilberto-higuera", Higuera.Id, surrendered: "[..2007-01]", outcome: ExtraditionOutcome.Surrendered);
    private static readonly ExtraditionCase ByJanuary2007B = Case("hector-palma", Palma.Id, surrendered: "[..2007-01]", outcome: ExtraditionOutcome.Surrendered);
    private static readonly ExtraditionCase NeverSent = Case("luis-amezcua", Requested.Id, arrested: "1998-06-01", outcome: ExtraditionOutcome.Requested);
    private static readonly ExtraditionCase In2010 = Case("mario-villanueva", Villanueva.Id, surrendered: "2010-05", outcome: ExtraditionOutcome.Surrendered);
    private static readonly ExtraditionCase Southward = Case(
        "fugitive", Fugitive.Id, surrendered: "2005", outcome: ExtraditionOutcome.Surrendered, mechanism: ExtraditionMechanism.Deportation, from: "US", to: "MX");
    private static readonly Conflict Mechanism = Conflict("garcia-abrego-removal-mechanism", "Deported, expelled or extradited?", Expulsion.Id);
    private static readonly BorderCoopData Data = TestRecords.Data(
        Abrego, Bystander, Requested, Fugitive, Cardenas, Higuera, Palma, Villanueva, Expulsion, ByJanuary2007C, ByJanuary2007A, ByJanuary2007B, NeverSent, In2010, Southward, Mechanism);

    private static DateInterval Years(int first, int last) => new(new LocalDate(first, 1, 1), new LocalDate(last, 12, 31));

    [Fact]
    public void Of_APersonResolvedByName_FindsTheirCase()
    {
        var person = Data.FindPeople("García Ábrego").Single();

        Data.ExtraditionCasesOf(person.Id).Should().Equal(Expulsion);
    }

    [Fact]
    public void Of_APersonWithNoCase_IsEmpty()
    {
        Data.ExtraditionCasesOf(Bystander.Id).Should().BeEmpty();
    }

    [Fact]
    public void During_AsksAboutSurrenders_FindingADateInsideCertainly_AndBoundsThatMayFallOutsideAsUncertain()
    {
        var matches = Data.ExtraditionCasesDuring(Years(1996, 1996));

        matches.Select(m => $"{m.Record.Id} {m.DateKind} {m.Certainty} {m.Reason}").Should().Equal(
            $"{Expulsion.Id} Surrendered Certain surrendered c. 1996-01",
            $"{ByJanuary2007A.Id} Surrendered Uncertain surrendered by 2007-01, which may fall outside the period",
            $"{ByJanuary2007B.Id} Surrendered Uncertain surrendered by 2007-01, which may fall outside the period",
            $"{ByJanuary2007C.Id} Surrendered Uncertain surrendered by 2007-01, which may fall outside the period");
    }

    [Fact]
    public void During_LeavesOutPeopleArrestedThenButNeverSurrendered_UnlessAskedAboutTheArrest()
    {
        Data.ExtraditionCasesDuring(Years(1995, 2000)).Select(m => m.Record).Should().NotContain(NeverSent);
        Data.ExtraditionCasesDuring(Years(1995, 2000), step: DateKind.Arrested).Single(m => m.Record == NeverSent)
            .Reason.Should().Be("arrested 1998-06-01");
    }

    [Fact]
    public void During_AYearAfterABound_LeavesOutTheCasesSurrenderedByThen()
    {
        Data.ExtraditionCasesDuring(Years(2009, 2009), "MX", "US").Should().BeEmpty();
    }

    [Fact]
    public void During_TheDaysBeforeTheArrest_LeavesOutTheSurrender_WhichCameAfterIt()
    {
        var firstDays = new DateInterval(new LocalDate(1996, 1, 1), new LocalDate(1996, 1, 13));

        Data.ExtraditionCasesDuring(firstDays).Select(m => m.Record).Should().NotContain(Expulsion).And.Equal(ByJanuary2007A, ByJanuary2007B, ByJanuary2007C);
    }

    [Fact]
    public void During_FromMexicoToTheUnitedStatesByExpulsion_KeepsOnlyThatMechanism()
    {
        var matches = Data.ExtraditionCasesDuring(Years(1990, 2011), "MX", "US", ExtraditionMechanism.Expulsion);

        matches.Select(m => m.Record).Should().Equal(Expulsion);
    }

    [Fact]
    public void Find_ByDirection_ListsTheCasesGoingThatWay_InDatasetOrder()
    {
        Data.FindExtraditionCases(from: "MX", to: "US").Should().Equal(Expulsion, ByJanuary2007C, ByJanuary2007A, ByJanuary2007B, NeverSent, In2010);
        Data.FindExtraditionCases(from: "US").Should().Equal(Southward);
        Data.FindExtraditionCases(to: "MX").Should().Equal(Southward);
        Data.FindExtraditionCases().Should().Equal(Data.ExtraditionCases);
    }

    [Fact]
    public void Find_ByMechanism_ReturnsTheSettledMechanism_AndTheConflictShowsTheOtherReadings()
    {
        var expelled = Data.FindExtraditionCases(mechanism: ExtraditionMechanism.Expulsion).Single();

        expelled.Should().Be(Expulsion);
        Data.ConflictsAbout(expelled.Id).Should().Equal(Mechanism);
    }

    [Fact]
    public void Find_ExtraditionsProper_ExcludesTheExpulsion()
    {
        Data.FindExtraditionCases(mechanism: ExtraditionMechanism.Extradition).Should().Equal(ByJanuary2007C, ByJanuary2007A, ByJanuary2007B, NeverSent, In2010);
    }
}
