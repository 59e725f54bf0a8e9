using System.Text.Json;

namespace BorderCoop.Tests.Cli;

public sealed class BudgetCommandTests
{
    [Fact]
    public void Budget_ByFiscalYear_TotalsLikeWithLikeAndSaysWhatWasLeftOut()
    {
        var (exitCode, output, _) = CliRunner.Run("budget", "--by", "fiscal-year");

        exitCode.Should().Be(0);
        output.Should().MatchRegex(@"FY1997\s+appropriation\s+USD 20,000,000\s+budget-line/dea-siu-fy1997-appropriation");
        output.Should().MatchRegex(@"FY2011\s+request\s+USD 10,800,000\s+budget-line/dea-siu-mexico-fy2011-request");
        output.Should().Contain("Left out of the totals:");
        output.Should().Contain("budget-line/us-antinarcotics-assistance-2000-2007: covers the calendar span 2000/2007");
    }

    [Fact]
    public void Budget_ByFiscalYear_Json_HasTotalsAndLeftOutLines()
    {
        var (_, output, _) = CliRunner.Run("budget", "--by", "fiscal-year", "--format", "json");

        using var json = JsonDocument.Parse(output);
        var summary = BorderCoopData.Default.BudgetTotalsByFiscalYear();
        var totals = json.RootElement.GetProperty("totals").EnumerateArray().ToList();
        totals.Should().HaveCount(summary.Totals.Count);
        totals[0].GetProperty("fiscalYear").GetString().Should().Be("FY1997");
        totals[0].GetProperty("amount").GetDecimal().Should().Be(20_000_000m);
        json.RootElement.GetProperty("leftOut").EnumerateArray().Select(e => e.GetProperty("lineId").GetString())
            .Should().Equal(summary.LeftOut.Select(e => e.Line.Id));
    }

    [Theory]
    [InlineData("2011")]
    [InlineData("FY2011")]
    public void Budget_ForAFiscalYear_ListsItsLines(string year)
    {
        var (exitCode, output, _) = CliRunner.Run("budget", "--fiscal-year", year);

        exitCode.Should().Be(0);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        rows.Should().ContainSingle().Which.Should().MatchRegex(@"^FY2011\s+request\s").And.Contain("USD 10,800,000");
    }

    [Fact]
    public void Budget_ByStageAndFunder_FiltersTogether()
    {
        var (exitCode, output, _) = CliRunner.Run("budget", "--stage", "appropriation", "--funder", "agency/us-congress", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(b => b.GetProperty("id").GetString()).Should().Equal("budget-line/dea-siu-fy1997-appropriation");
    }

    [Theory]
    [InlineData(2, "budget", "--fiscal-year", "twenty")]
    [InlineData(2, "budget", "--by", "month")]
    [InlineData(2, "budget", "--by", "fiscal-year", "--stage", "request")]
    [InlineData(1, "budget", "--program", "program/no-such-program")]
    [InlineData(1, "budget", "--fiscal-year", "1950")]
    public void Budget_WithBadOrUnanswerableInput_ExitsWithItsCode(int expected, params string[] args)
    {
        var (exitCode, _, error) = CliRunner.Run(args);

        exitCode.Should().Be(expected);
        error.Should().StartWith("bordercoop: ");
    }
}
