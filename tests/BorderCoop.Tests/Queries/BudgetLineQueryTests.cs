using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>Budget lines by program, funder, recipient, fiscal year and stage, on a dataset built here.</summary>
public sealed class BudgetLineQueryTests
{
    private static readonly Agency Congress = Agency("us-congress", "United States Congress");
    private static readonly CooperationProgram Siu = Program("dea-siu", "Sensitive Investigative Unit Program");
    private static readonly BudgetLine Appropriation = BudgetLine("siu-fy1997", Siu.Id, Congress.Id, ["MX", "CO"], fiscalYear: "FY1997", stage: BudgetStage.Appropriation);
    private static readonly BudgetLine Budget = BudgetLine("siu-fy2006", Siu.Id, fiscalYear: "FY2006", stage: BudgetStage.Budget);
    private static readonly BudgetLine Request = BudgetLine("siu-fy2011", Siu.Id, recipientCountries: ["MX"], fiscalYear: "FY2011", stage: BudgetStage.Request);
    private static readonly BudgetLine Assistance = BudgetLine("assistance-2000-2007", recipientCountries: ["MX"], fiscalYear: null, period: "2000/2007", stage: BudgetStage.AssistanceTotal);
    private static readonly BudgetLine LaterAssistance = BudgetLine("assistance-2008-2010", recipientCountries: ["MX"], fiscalYear: null, period: "2008/2010", stage: BudgetStage.AssistanceTotal);
    private static readonly BorderCoopData Data = TestRecords.Data(Congress, Siu, Appropriation, Budget, Request, Assistance, LaterAssistance);

    [Fact]
    public void ByProgram_ListsItsLines_InDatasetOrder()
    {
        Data.FindBudgetLines(programId: Siu.Id).Should().Equal(Appropriation, Budget, Request);
    }

    [Fact]
    public void ByFunder_FindsOnlyTheLinesItFunds()
    {
        Data.FindBudgetLines(funderId: Congress.Id).Should().Equal(Appropriation);
    }

    [Fact]
    public void ByRecipientCountry_IgnoresCase()
    {
        Data.FindBudgetLines(recipient: "mx").Should().Equal(Appropriation, Request, Assistance, LaterAssistance);
        Data.FindBudgetLines(recipient: "CO").Should().Equal(Appropriation);
    }

    [Fact]
    public void ByFiscalYearAndStage_CombinesFilters()
    {
        Data.FindBudgetLines(fiscalYear: FiscalYear.Parse("FY2011")).Should().Equal(Request);
        Data.FindBudgetLines(fiscalYear: FiscalYear.Parse("FY2011"), stage: BudgetStage.Appropriation).Should().BeEmpty();
        Data.FindBudgetLines(stage: BudgetStage.AssistanceTotal).Should().Equal(Assistance, LaterAssistance);
    }

    [Fact]
    public void ByEveryFilterAtOnce_NeedsAllOfThemToMatch()
    {
        Data.FindBudgetLines(Siu.Id, null, "MX", FiscalYear.Parse("FY1997"), BudgetStage.Appropriation).Should().Equal(Appropriation);
        Data.FindBudgetLines(Siu.Id, Congress.Id, "MX", FiscalYear.Parse("FY2011")).Should().BeEmpty();
    }

    [Fact]
    public void WithNoFilter_ListsEveryLine()
    {
        Data.FindBudgetLines().Should().Equal(Appropriation, Budget, Request, Assistance, LaterAssistance);
    }

    [Fact]
    public void AnUnknownProgram_Throws_InsteadOfFindingNothing()
    {
        var find = () => Data.FindBudgetLines(programId: "program/nothing");

        find.Should().Throw<NameResolutionException>().Which.ParamName.Should().Be("programId");
    }
}
