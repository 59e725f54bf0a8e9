using System.Text.Json;
using BorderCoop.Serialization;

namespace BorderCoop.Tests.Cli;

public sealed class ShowCommandTests
{
    [Fact]
    public void Show_PrintsTheRecordWithItsQuotesAndConflicts()
    {
        var (exitCode, output, error) = CliRunner.Run("show", "extradition-case/juan-garcia-abrego");

        exitCode.Should().Be(0);
        error.Should().BeEmpty();
        output.Should().StartWith("ExtraditionCase extradition-case/juan-garcia-abrego");
        output.Should().Contain("mechanism: expulsion");
        output.Should().Contain("“Garcia Abrego was arrested on January 14, 1996 at a ranch near Monterrey, Nuevo León.”");
        output.Should().Contain("conflict/garcia-abrego-removal-mechanism");
    }

    [Fact]
    public void Show_WithJsonFormat_PrintsTheRecordAsInTheDataFiles()
    {
        var (exitCode, output, _) = CliRunner.Run("show", "budget-line/dea-siu-mexico-fy2011-request", "--format", "json");

        exitCode.Should().Be(0);
        JsonSerializer.Deserialize<BudgetLine>(output, BorderCoopJson.Options)
            .Should().Be(BorderCoopData.Default.Get<BudgetLine>("budget-line/dea-siu-mexico-fy2011-request"));
    }

    [Fact]
    public void Show_UnknownId_ExitsWithOneAndSuggestsCloseIds()
    {
        var (exitCode, output, error) = CliRunner.Run("show", "agreement/merida");

        exitCode.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("no record has the id or name 'agreement/merida'").And.Contain("agreement/merida-initiative");
    }

    [Fact]
    public void Show_WithoutAnId_IsAUsageError()
    {
        var (exitCode, _, error) = CliRunner.Run("show");

        exitCode.Should().Be(2);
        error.Should().StartWith("bordercoop: ");
    }

    [Fact]
    public void UnknownCommandOrOption_IsAUsageError()
    {
        CliRunner.Run("frobnicate").ExitCode.Should().Be(2);
        CliRunner.Run("show", "agency/mx-pgr", "--colour").ExitCode.Should().Be(2);
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
