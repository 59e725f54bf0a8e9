using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>
/// Queries that take a record's id also take its name, resolved by the one resolver, and never answer a text that names
/// nothing with a silent empty list: they throw <see cref="NameResolutionException"/> naming the parameter.
/// </summary>
public sealed class IdQueryResolutionTests
{
    private static readonly Agency Dea = Agency("us-dea", "Drug Enforcement Administration", acronyms: ["DEA"]);
    private static readonly Agency Fbi = Agency("us-fbi", "Federal Bureau of Investigation", acronyms: ["FBI"]);
    private static readonly Agency Navy = Agency("mx-semar", "Secretariat of the Navy", "Secretaría de Marina", ["SEMAR"]);
    private static readonly Agency NavyAcademy = Agency("mx-naval-academy", "Naval Academy of the Navy");
    private static readonly Person Abrego = Person("juan-garcia-abrego", "Juan García Ábrego", "Garcia Abrego");
    private static readonly CooperationProgram Siu = Program(
        "dea-siu", "Sensitive Investigative Unit Program", aliases: ["SIU"], leads: [Dea.Id], participants: [Navy.Id], places: ["Ciudad Juárez", "Mexico City"], countries: ["MX"]);
    private static readonly CooperationProgram Patrols = Program("joint-patrols", "Joint patrols", leads: [Fbi.Id], places: ["Nogales"], countries: ["US"]);
    private static readonly BudgetLine SiuLine = BudgetLine("siu-fy2011", Siu.Id, Dea.Id, ["MX"], [Navy.Id]);
    private static readonly BudgetLine OtherLine = BudgetLine("patrols-fy2011", Patrols.Id, Fbi.Id, ["US"]);
    private static readonly ExtraditionCase AbregoCase = Case("juan-garcia-abrego", Abrego.Id);
    private static readonly Conflict SiuName = Conflict("siu-name", "The SIU is named two ways", Siu.Id);
    private static readonly BorderCoopData Data = TestRecords.Data(Dea, Fbi, Navy, NavyAcademy, Abrego, Siu, Patrols, SiuLine, OtherLine, AbregoCase, SiuName);

    [Fact]
    public void ProgramQueries_TakeAnAgencyName()
    {
        Data.ProgramsLedBy("DEA").Should().Equal(Siu);
        Data.ProgramsLedBy("agency/us-dea").Should().Equal(Siu);
        Data.ProgramsInvolving("Secretaria de Marina").Should().Equal(Siu);
        Data.ProgramsLedBy("SEMAR").Should().BeEmpty("the navy takes part but leads nothing: an honest empty answer");
    }

    [Fact]
    public void ExtraditionCasesOf_TakesAPersonsName()
    {
        Data.ExtraditionCasesOf("garcia abrego").Should().Equal(AbregoCase);
        Data.ExtraditionCasesOf("person/juan-garcia-abrego").Should().Equal(AbregoCase);
    }

    [Fact]
    public void FindBudgetLines_TakesProgramFunderAndRecipientNames_OrACountryCodeForTheRecipient()
    {
        Data.FindBudgetLines(programId: "SIU").Should().Equal(SiuLine);
        Data.FindBudgetLines(funderId: "FBI").Should().Equal(OtherLine);
        Data.FindBudgetLines(recipient: "Secretaria de Marina").Should().Equal(SiuLine);
        Data.FindBudgetLines(recipient: "us").Should().Equal(OtherLine);
        Data.FindBudgetLines(recipient: "CA").Should().BeEmpty("a country code names a country, even one that receives nothing");
        Data.BudgetTotalsByFiscalYear("Sensitive Investigative Unit").Totals.Should().ContainSingle().Which.LineIds.Should().Equal(SiuLine.Id);
    }

    [Fact]
    public void NavigationQueries_TakeTheNameOfARecordOfAnyFamily()
    {
        Data.ConflictsAbout("SIU").Should().Equal(SiuName);
        Data.RecordsReferencing("SIU").Should().Equal(SiuLine, SiuName);
        Data.RecordsReferencedBy("SIU").Should().Contain([Dea, Navy]);
        Data.CitationsOf("SIU").Should().ContainSingle().Which.Record.Should().Be(Siu);
        Data.CitationsFrom("A test paper").Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("juarez")]
    [InlineData("Ciudad Juárez")]
    [InlineData("CIUDAD")]
    [InlineData("mexico")]
    [InlineData("mx")]
    public void ProgramsIn_MatchesCountryCodesAndPlaceNamesWholeOrInPart(string text)
    {
        Data.ProgramsIn(text).Should().Equal(Siu);
    }

    [Fact]
    public void ProgramsIn_GivesTheProgramsOfEveryMatchingPlace_InDatasetOrder()
    {
        Data.ProgramsIn("co").Should().BeEmpty("two letters are a country code, and no program is in Colombia");
        Data.ProgramsIn("ale").Should().Equal(Patrols);
        Data.ProgramsIn("US").Should().Equal(Patrols);
    }

    [Fact]
    public void ProgramsIn_APlaceThatMatchesNothing_Throws()
    {
        var programsIn = () => Data.ProgramsIn("Tijuana");

        var exception = programsIn.Should().Throw<NameResolutionException>().Which;
        exception.Status.Should().Be(NameResolutionStatus.NotFound);
        exception.ParamName.Should().Be("countryOrPlace");
        exception.Message.Should().Contain("'Tijuana'");
    }

    public static TheoryData<string, Func<BorderCoopData, object>> TextsThatNameNothing => new()
    {
        { "agencyId", d => d.ProgramsLedBy("Interpol") },
        { "agencyId", d => d.ProgramsInvolving("agency/nobody") },
        { "personId", d => d.ExtraditionCasesOf("DEA") },
        { "programId", d => d.FindBudgetLines(programId: "Plan Colombia") },
        { "funderId", d => d.FindBudgetLines(funderId: "program/dea-siu") },
        { "recipient", d => d.FindBudgetLines(recipient: "Canada") },
        { "recordId", d => d.ConflictsAbout("nothing at all") },
        { "recordId", d => d.RecordsReferencing("event/none") },
        { "recordId", d => d.RecordsReferencedBy("event/none") },
        { "recordId", d => d.CitationsOf("nothing at all") },
        { "sourceId", d => d.CitationsFrom("agency/us-dea") },
    };

    [Theory]
    [MemberData(nameof(TextsThatNameNothing))]
    public void ATextThatNamesNothing_Throws_NamingTheParameter(string parameter, Func<BorderCoopData, object> query)
    {
        var run = () => query(Data);

        var exception = run.Should().Throw<NameResolutionException>().Which;
        exception.Status.Should().Be(NameResolutionStatus.NotFound);
        exception.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void AnAmbiguousName_Throws_WithTheCandidates()
    {
        var led = () => Data.ProgramsLedBy("navy");

        var exception = led.Should().Throw<NameResolutionException>().Which;
        exception.Status.Should().Be(NameResolutionStatus.Ambiguous);
        exception.Candidates.Select(c => c.Record).Should().Equal(Navy, NavyAcademy);
    }
}
