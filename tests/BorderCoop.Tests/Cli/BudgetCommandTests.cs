using System.Text.Json;
using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Cli;

/// <summary><c>bordercoop budget</c>, on a dataset built here.</summary>
public sealed class BudgetCommandTests
{
    private static readonly Agency Congress = Agency("us-congress", "United States Congress");
    private static readonly CooperationProgram Siu = Program("dea-siu", "Sensitive Investigative Unit Program", aliases: ["SIU"]);
    private static readonly BudgetLine Appropriation = BudgetLine("siu-fy1997", Siu.Id, Congress.Id, ["MX"], fiscalYear: "FY1997", amount: 20_000_000, stage: BudgetStage.Appropriation);
    private static readonly BudgetLine Request = BudgetLine("siu-fy2011", Siu.Id, recipientCountries: ["MX"], fiscalYear: "FY2011", amount: 10_800_000, stage: BudgetStage.Request);
    private static readonly BudgetLine Assistance = BudgetLine("assistance-2000-2007", recipientCountries: ["MX"], fiscalYear: null, period: "2000/2007", amount: 37_300_000, stage: BudgetStage.AssistanceTotal);
    private static readonly BorderCoopData Data = TestRecords.Data(Congress, Siu, Appropriation, Request, Assistance);

    [Fact]
    public void Budget_ByFiscalYear_TotalsLikeWithLikeAndSaysWhatWasLeftOut()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "budget", "--by", "fiscal-year");

        exitCode.Should().Be(0);
        output.Should().MatchRegex(@"FY1997\s+appropriation\s+USD 20,000,000\s+budget-line/siu-fy1997");
        output.Should().MatchRegex(@"FY2011\s+request\s+USD 10,800,000\s+budget-line/siu-fy2011");
        output.Should().Contain("Left out of the totals:");
        output.Should().Contain("budget-line/assistance-2000-2007: covers the calendar span 2000/2007");
    }

    [Fact]
    public void Budget_ByFiscalYear_Json_HasTotalsAndLeftOutLines()
    {
        var (_, output, _) = CliRunner.RunOn(Data, "budget", "--by", "fiscal-year", "--format", "json");

        using var json = JsonDocument.Parse(output);
        var totals = json.RootElement.GetProperty("totals").EnumerateArray().ToList();
        totals.Select(t => (t.GetProperty("fiscalYear").GetString(), t.GetProperty("amount").GetDecimal())).Should().Equal(("FY1997", 20_000_000m), ("FY2011", 10_800_000m));
        json.RootElement.GetProperty("leftOut").EnumerateArray().Select(e => e.GetProperty("lineId").GetString()).Should().Equal(Assistance.Id);
    }

    [Theory]
    [InlineData("2011")]
    [InlineData("FY2011")]
    public void Budget_ForAFiscalYear_ListsItsLines(string year)
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "budget", "--fiscal-year", year);

        exitCode.Should().Be(0);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        rows.Should().ContainSingle().Which.Should().MatchRegex(@"^FY2011\s+request\s").And.Contain("USD 10,800,000");
    }

    [Fact]
    public void Budget_ByStageAndFunder_FiltersTogether()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "budget", "--stage", "appropriation", "--funder", Congress.Id, "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(b => b.GetProperty("id").GetString()).Should().Equal(Appropriation.Id);
    }

    [Theory]
    [InlineData(2, "budget", "--fiscal-year", "twenty")]
    [InlineData(2, "budget", "--by", "month")]
    [InlineData(2, "budget", "--by", "fiscal-year", "--stage", "request")]
    [InlineData(1, "budget", "--program", "program/no-such-program")]
    [InlineData(1, "budget", "--fiscal-year", "1950")]
    public void Budget_WithBadOrUnanswerableInput_ExitsWithItsCode(int expected, params string[] args)
    {
        var (exitCode, _, error) = CliRunner.RunOn(Data, args);

        exitCode.Should().Be(expected);
        error.Should().StartWith("bordercoop: ");
    }
}
