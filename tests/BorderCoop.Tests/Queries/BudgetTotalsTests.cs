using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>Budget totals by fiscal year add like to like only, on datasets built here.</summary>
public sealed class BudgetTotalsTests
{
    private static readonly CooperationProgram Siu = Program("dea-siu", "Sensitive Investigative Unit Program");
    private static readonly BudgetLine Appropriation = BudgetLine("siu-fy1997", Siu.Id, fiscalYear: "FY1997", amount: 20_000_000, stage: BudgetStage.Appropriation);
    private static readonly BudgetLine Budget = BudgetLine("siu-fy2006", Siu.Id, fiscalYear: "FY2006", amount: 18_300_000, stage: BudgetStage.Budget);
    private static readonly BudgetLine Request = BudgetLine("siu-fy2011", Siu.Id, fiscalYear: "FY2011", amount: 10_000_000, stage: BudgetStage.Request);
    private static readonly BudgetLine OtherRequest = BudgetLine("other-fy2011", fiscalYear: "FY2011", amount: 800_000, stage: BudgetStage.Request);
    private static readonly BudgetLine Assistance = BudgetLine("assistance-2000-2007", fiscalYear: null, period: "2000/2007", amount: 37_300_000, stage: BudgetStage.AssistanceTotal);
    private static readonly BudgetLine LaterAssistance = BudgetLine("assistance-2008-2010", fiscalYear: null, period: "2008/2010", amount: 443_300_000, stage: BudgetStage.AssistanceTotal);
    private static readonly BorderCoopData Data = TestRecords.Data(Siu, Appropriation, Budget, Request, OtherRequest, Assistance, LaterAssistance);

    [Fact]
    public void Totals_KeepEachFiscalYearAndStageApart_AndAddTheLinesOfOne()
    {
        var summary = Data.BudgetTotalsByFiscalYear();

        summary.Totals.Select(t => t.ToString()).Should().Equal(
            "FY1997 Appropriation USD 20,000,000 (1 line)",
            "FY2006 Budget USD 18,300,000 (1 line)",
            "FY2011 Request USD 10,800,000 (2 lines)");
    }

    [Fact]
    public void Totals_LeaveOutCalendarSpans_AndSayWhy()
    {
        var leftOut = Data.BudgetTotalsByFiscalYear().LeftOut;

        leftOut.Select(e => e.Line).Should().Equal(Assistance, LaterAssistance);
        leftOut[0].Reason.Should().Contain("2000/2007");
    }

    [Fact]
    public void Totals_ForOneProgram_OnlyCountItsLines()
    {
        var siu = Data.BudgetTotalsByFiscalYear(Siu.Id);

        siu.Totals.SelectMany(t => t.LineIds).Should().Equal(Appropriation.Id, Budget.Id, Request.Id);
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
