using System.Text.Json;
using BorderCoop.Serialization;

namespace BorderCoop.Tests.Cli;

/// <summary><c>bordercoop show</c>, on datasets built here.</summary>
public sealed class ShowCommandTests
{
    private static readonly Person Abrego = TestRecords.Person("juan-garcia-abrego", "Juan García Ábrego");
    private static readonly ExtraditionCase Expulsion = new(
        "extradition-case/juan-garcia-abrego", Abrego.Id, "MX", "US", ExtraditionMechanism.Expulsion, PartialDate.Parse("1996-01-14"), null, null, null, null, ExtraditionOutcome.Unknown,
        null, null, null, TestRecords.Quotes("Garcia Abrego was arrested on January 14, 1996 at a ranch near Monterrey, Nuevo León."));
    private static readonly Conflict Mechanism = TestRecords.Conflict("garcia-abrego-removal-mechanism", "Expelled or extradited?", Expulsion.Id);
    private static readonly BudgetLine Request = TestRecords.BudgetLine("siu-fy2011", recipientCountries: ["MX"], fiscalYear: "FY2011", amount: 10_800_000);
    private static readonly BorderCoopData Data = TestRecords.Data(
        Abrego, Expulsion, Mechanism, Request, TestRecords.Agreement("merida-initiative", "Merida Initiative"), TestRecords.Agency("mx-pgr", "Attorney General's Office"));

    [Fact]
    public void Show_PrintsTheRecordWithItsQuotesAndConflicts()
    {
        var (exitCode, output, error) = CliRunner.RunOn(Data, "show", Expulsion.Id);

        exitCode.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith("ExtraditionCase extradition-case/juan-garcia-abrego");
        output.Should().Contain("mechanism: expulsion");
        output.Should().Contain("“Garcia Abrego was arrested on January 14, 1996 at a ranch near Monterrey, Nuevo León.”");
        output.Should().Contain(Mechanism.Id);
    }

    [Fact]
    public void Show_ListsEachVersionOnOneLine_WithoutASemicolonAfterAStatementThatEndsASentence()
    {
        var conflict = TestRecords.DateConflict("arrest-date", Expulsion.Id, "1996-01-14", "1996-01");
        var (exitCode, output, _) = CliRunner.RunAt(200, TestRecords.Data(Abrego, Expulsion, conflict), "show", conflict.Id);

        exitCode.Should().Be(0);
        output.Should().Contain($"- statement: It was 1996-01-14. record: {Expulsion.Id}; 1 citation(s); date: 1996-01-14")
            .And.NotContain(".;");
    }

    [Fact]
    public void Show_PrintsQuotesAsTheyRead_WithoutMarkdownEscapes_AndJsonKeepsTheExactText()
    {
        var line = new BudgetLine(
            "budget-line/siu-fy2006", null, "The SIU budget.", null, null, null, FiscalYear.Parse("FY2006"), null, new Money(18_300_000m, "USD"),
            BudgetStage.Budget, null, null, TestRecords.Quotes(@"In FY 2006, the budget to support the SIU Program was \$18.3 million."));
        var data = TestRecords.Data(line);

        var text = CliRunner.RunOn(data, "show", line.Id).Output;
        var json = CliRunner.RunOn(data, "show", line.Id, "--format", "json").Output;

        text.Should().Contain("“In FY 2006, the budget to support the SIU Program was $18.3 million.”").And.NotContain(@"\$");
        JsonSerializer.Deserialize<BudgetLine>(json, BorderCoopJson.Options)!.Citations.Single().Quote
            .Should().Be(@"In FY 2006, the budget to support the SIU Program was \$18.3 million.");
    }

    [Fact]
    public void Show_WithJsonFormat_PrintsTheRecordAsInTheDataFiles()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "show", Request.Id, "--format", "json");

        exitCode.Should().Be(0);
        JsonSerializer.Deserialize<BudgetLine>(output, BorderCoopJson.Options).Should().Be(Request);
    }

    [Fact]
    public void Show_UnknownId_ExitsWithOneAndSuggestsCloseIds()
    {
        var (exitCode, output, error) = CliRunner.RunOn(Data, "show", "agreement/merida");

        exitCode.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("no record has the id or name 'agreement/merida'").And.Contain("agreement/merida-initiative");
    }

    [Fact]
    public void Show_WithoutAnId_IsAUsageError()
    {
        var (exitCode, _, error) = CliRunner.RunOn(Data, "show");

        exitCode.Should().Be(2);
        error.Should().StartWith("bordercoop: ");
    }

    [Fact]
    public void UnknownCommandOrOption_IsAUsageError()
    {
        CliRunner.RunOn(Data, "frobnicate").ExitCode.Should().Be(2);
        CliRunner.RunOn(Data, "show", "agency/mx-pgr", "--colour").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Show_PrintsDatesAsTheToolDoes_AndWhatRefersToTheRecord()
    {
        var person = TestRecords.Person("x", "X Person");
        var extradition = new ExtraditionCase("extradition-case/x", person.Id, "MX", "US", ExtraditionMechanism.Extradition, null, null, null, null,
            PartialDate.Parse("[..2007-01]"), ExtraditionOutcome.Surrendered, null, null, null, TestRecords.Quote);

        var (exitCode, output, _) = CliRunner.RunOn(TestRecords.Data(person, extradition), "show", person.Id);
        exitCode.Should().Be(0);
        output.Should().Contain("Referred to by:").And.Contain("  person:").And.Contain("    extradition-case/x");

        CliRunner.RunOn(TestRecords.Data(person, extradition), "show", extradition.Id).Output.Should().Contain("  surrendered: by 2007-01");
    }
}
