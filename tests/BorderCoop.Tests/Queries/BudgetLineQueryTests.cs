namespace BorderCoop.Tests.Queries;

/// <summary>Budget lines by program, funder, recipient, fiscal year and stage, answered from the seed data.</summary>
public sealed class BudgetLineQueryTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    private static IEnumerable<string> Ids(IEnumerable<BudgetLine> lines) => lines.Select(l => l.Id);

    [Fact]
    public void ByProgram_ListsTheThreeDeaSiuLines()
    {
        Ids(Data.FindBudgetLines(programId: "program/dea-siu")).Should().Equal(
            "budget-line/dea-siu-fy1997-appropriation", "budget-line/dea-siu-fy2006-budget", "budget-line/dea-siu-mexico-fy2011-request");
    }

    [Fact]
    public void ByFunder_FindsTheCongressionalAppropriation()
    {
        Ids(Data.FindBudgetLines(funderId: "agency/us-congress")).Should().Equal("budget-line/dea-siu-fy1997-appropriation");
    }

    [Fact]
    public void ByRecipientCountry_IgnoresCase()
    {
        Ids(Data.FindBudgetLines(recipient: "mx")).Should().Equal(
            "budget-line/dea-siu-fy1997-appropriation", "budget-line/dea-siu-mexico-fy2011-request",
            "budget-line/us-antinarcotics-assistance-2000-2007", "budget-line/us-antinarcotics-assistance-2008-2010");
        Ids(Data.FindBudgetLines(recipient: "CO")).Should().Equal("budget-line/dea-siu-fy1997-appropriation");
    }

    [Fact]
    public void ByFiscalYearAndStage_CombinesFilters()
    {
        Ids(Data.FindBudgetLines(fiscalYear: FiscalYear.Parse("FY2011"))).Should().Equal("budget-line/dea-siu-mexico-fy2011-request");
        Data.FindBudgetLines(fiscalYear: FiscalYear.Parse("FY2011"), stage: BudgetStage.Appropriation).Should().BeEmpty();
        Ids(Data.FindBudgetLines(stage: BudgetStage.AssistanceTotal)).Should().Equal(
            "budget-line/us-antinarcotics-assistance-2000-2007", "budget-line/us-antinarcotics-assistance-2008-2010");
    }

    [Fact]
    public void ByEveryFilterAtOnce_NeedsAllOfThemToMatch()
    {
        Ids(Data.FindBudgetLines("program/dea-siu", null, "MX", FiscalYear.Parse("FY1997"), BudgetStage.Appropriation))
            .Should().Equal("budget-line/dea-siu-fy1997-appropriation");
        Data.FindBudgetLines("program/dea-siu", "agency/us-congress", "MX", FiscalYear.Parse("FY2011")).Should().BeEmpty();
    }

    [Fact]
    public void WithNoFilter_ListsEveryLine()
    {
        Data.FindBudgetLines().Should().Equal(Data.BudgetLines);
    }

    [Fact]
    public void AnUnknownProgram_Throws_InsteadOfFindingNothing()
    {
        var find = () => Data.FindBudgetLines(programId: "program/nothing");

        find.Should().Throw<NameResolutionException>().Which.ParamName.Should().Be("programId");
    }
}
