using System.Globalization;
using BorderCoop.Cli.Report;

namespace BorderCoop.Tests.Cli.Report;

public sealed class BudgetChartTests
{
    [Fact]
    public void Write_LabelsOfNeighbouringBars_MoveOutOfEachOthersWay()
    {
        // Four fiscal years in a row, two stages a year with amounts alike, over a long axis: names and amounts crowd.
        var lines = Enumerable.Range(2008, 4).SelectMany(year => new[]
        {
            TestRecords.BudgetLine($"request-{year}", fiscalYear: $"FY{year}", amount: 10_800_000, stage: BudgetStage.Request),
            TestRecords.BudgetLine($"appropriation-{year}", fiscalYear: $"FY{year}", amount: 10_500_000, stage: BudgetStage.Appropriation),
        }).Append(TestRecords.BudgetLine("early", fiscalYear: "FY1990", amount: 1_000_000));
        var data = TestRecords.Data([.. lines]);

        foreach (var chart in ChartSvg.All(Chart(data)))
        {
            chart.Items(BudgetChart.BarItem).Should().HaveCount(9);
            chart.OverlappingTexts().Should().BeEmpty($"no label of the {chart.Layout} layout runs into another");
            chart.TextsOutside().Should().BeEmpty($"every label of the {chart.Layout} layout stays inside its picture");
        }
    }

    [Fact]
    public void Write_ASpan_IsLabelledWithItsWholeDescription_AboveItsBar()
    {
        const string description = "Anti-narcotics assistance reported by Mexico's National Intelligence Director for 2008–2010, up from U.S.$37.3 million in 2000–2007.";
        var data = TestRecords.Data(
            TestRecords.BudgetLine("fy", fiscalYear: "FY2009", amount: 5_000_000),
            TestRecords.BudgetLine("span", description: description, fiscalYear: null, period: "2008/2010", amount: 443_300_000, stage: BudgetStage.AssistanceTotal));

        foreach (var chart in ChartSvg.All(Chart(data)))
        {
            var span = chart.Items(BudgetChart.SpanItem).Single();
            var texts = span.Descendants("text").Select(t => t.Value).ToList();
            texts[0].Should().Be("443.3M USD · assistance total · 2008 – 2010");
            string.Join(" ", texts.Skip(1)).Should().Be(description, $"the {chart.Layout} layout writes the description whole, on as many lines as it needs");
            var lastBaseline = span.Descendants("text").Max(t => double.Parse((string)t.Attribute("y")!, CultureInfo.InvariantCulture));
            double.Parse((string)span.Element("rect")!.Attribute("y")!, CultureInfo.InvariantCulture).Should().BeGreaterThan(lastBaseline, "the bar is under its words, not over them");
            chart.OverlappingTexts().Should().BeEmpty();
            chart.TextsOutside().Should().BeEmpty();
        }
    }

    private static string Chart(BorderCoopData data)
    {
        using var html = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        BudgetChart.Write(html, data, new CitationTargets());
        return html.ToString();
    }
}
