namespace BorderCoop.Tests.Queries;

public sealed class BudgetTotalsTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    [Fact]
    public void Totals_KeepEachFiscalYearAndStageApart()
    {
        var summary = Data.BudgetTotalsByFiscalYear();

        summary.Totals.Select(t => t.ToString()).Should().Equal(
            "FY1997 Appropriation USD 20,000,000 (1 line)",
            "FY2006 Budget USD 18,300,000 (1 line)",
            "FY2011 Request USD 10,800,000 (1 line)");
    }

    [Fact]
    public void Totals_LeaveOutCalendarSpans_AndSayWhy()
    {
        var leftOut = Data.BudgetTotalsByFiscalYear().LeftOut;

        leftOut.Select(e => e.Line.Id).Should().Equal(
            "budget-line/us-antinarcotics-assistance-2000-2007",
            "budget-line/us-antinarcotics-assistance-2008-2010");
        leftOut[0].Reason.Should().Contain("2000/2007");
    }

    [Fact]
    public void Totals_ForOneProgram_OnlyCountItsLines()
    {
        var siu = Data.BudgetTotalsByFiscalYear("program/dea-siu");

        siu.Totals.SelectMany(t => t.LineIds).Should().OnlyContain(id => Data.Get<BudgetLine>(id).ProgramId == "program/dea-siu");
        siu.LeftOut.Should().BeEmpty();
    }

    [Fact]
    public void Totals_NeverAddARequestToAnAppropriation_EvenInTheSameYear()
    {
        var quote = new Citation("source/arzt-security-collaboration", "Sigrid Arzt");
        BudgetLine Line(string id, BudgetStage stage, decimal amount) =>
            new(id, null, "test", null, [], [], new FiscalYear(2011), null, new Money(amount, "USD"), stage, [], null, [quote]);

        var summary = BudgetSummary.Of(
        [
            Line("budget-line/a", BudgetStage.Request, 10),
            Line("budget-line/b", BudgetStage.Appropriation, 7),
            Line("budget-line/c", BudgetStage.Request, 5),
        ]);

        summary.Totals.Select(t => t.ToString()).Should().Equal(
            "FY2011 Request USD 15 (2 lines)",
            "FY2011 Appropriation USD 7 (1 line)");
    }
}
