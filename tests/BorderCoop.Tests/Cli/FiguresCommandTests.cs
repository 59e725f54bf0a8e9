using System.Text.Json;

namespace BorderCoop.Tests.Cli;

/// <summary><c>bordercoop figures</c>: every statistic in time order, on a dataset built here.</summary>
public sealed class FiguresCommandTests
{
    private static BorderCoopData Data()
    {
        var program = TestRecords.Program("siu", "Vetted Units");
        Figure Figure(string slug, string measure, string? period, string? asOf, string? programId) =>
            new($"figure/{slug}", measure, null, new Quantity(10, QuantityQualifier.AtLeast, "labs"), period is null ? null : DateRange.Parse(period),
                asOf is null ? null : PartialDate.Parse(asOf), null, programId, null, null, TestRecords.Quote);
        var extraditions = new ExtraditionFigure("extradition-figure/nationals-2009", DateRange.Parse("2009"), null, "MX", "US", ExtraditionPopulation.Nationals, "MX",
            ExtraditionMeasure.Total, new Quantity(107, QuantityQualifier.Exact, "persons"), null, TestRecords.Quote);
        return TestRecords.Data(
            program,
            Figure("labs-2010", "labs seized", null, "2010-08-05", program.Id),
            Figure("undated", "tons seized", null, null, null),
            Figure("labs-2006", "labs seized", "2006/2007", null, program.Id),
            extraditions);
    }

    [Fact]
    public void Figures_ListEveryStatistic_InTimeOrder_WithExtraditionCountsAndTheirPopulation()
    {
        var (exitCode, output, _) = CliRunner.RunOneLine(Data(), "figures");

        exitCode.Should().Be(0);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        rows.Select(r => r.Split("  ", StringSplitOptions.RemoveEmptyEntries)[^1].Trim()).Should().Equal(
            "figure/labs-2006", "extradition-figure/nationals-2009", "figure/labs-2010", "figure/undated");
        rows[1].Should().Contain("extraditions MX→US, total, MX nationals").And.Contain("107 persons");
        rows[2].Should().StartWith("as of 2010-08-05");
        rows[3].Should().StartWith("undated");
    }

    [Fact]
    public void Figures_ForAPeriod_SayHowEachPeriodLiesAgainstIt_AndKeepUndatedOnesAsUncertain()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data(), "figures", "--from", "2007", "--to", "2009", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(m => (m.GetProperty("record").GetProperty("id").GetString(), m.GetProperty("overlap").GetString(), m.GetProperty("certainty").GetString()))
            .Should().Equal(
                ("figure/labs-2006", "partly-overlaps", "certain"),
                ("extradition-figure/nationals-2009", "within", "certain"),
                ("figure/undated", "unknown", "uncertain"));
    }

    [Fact]
    public void Figures_OfAProgram_AreFoundByItsName()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data(), "figures", "--program", "vetted units", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(f => f.GetProperty("id").GetString()).Should().Equal("figure/labs-2006", "figure/labs-2010");
    }
}
