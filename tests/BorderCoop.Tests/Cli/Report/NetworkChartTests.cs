using System.Globalization;
using BorderCoop.Cli.Report;

namespace BorderCoop.Tests.Cli.Report;

public sealed class NetworkChartTests
{
    [Fact]
    public void Write_WritesEveryNameWhole_WrappedWhereItIsLong_InBothLayouts()
    {
        const string longName = "DEA-arranged staging of vetted Mexican police operations from Camp Pendleton against the Tijuana Cartel";
        var dea = TestRecords.Agency("us-dea", "Drug Enforcement Administration", acronyms: ["DEA"]);
        var presidency = TestRecords.Agency("mx-presidency", "Presidency of the Republic of Mexico", country: "MX");
        var data = TestRecords.Data(
            dea,
            presidency,
            TestRecords.Program("staging", longName, leads: [dea.Id], participants: [presidency.Id]),
            TestRecords.Program("short", "Boomerang operations", leads: [presidency.Id]));

        var charts = ChartSvg.All(Chart(data));

        charts.Select(c => c.Layout).Should().Equal("wide", "narrow");
        foreach (var chart in charts)
        {
            chart.Items(NetworkChart.NodeItem).Should().HaveCount(4);
            chart.Items(NetworkChart.EdgeItem).Should().HaveCount(3);
            var program = chart.Items(NetworkChart.NodeItem).Single(n => n.Element("title")!.Value.StartsWith("DEA-arranged", StringComparison.Ordinal));
            string.Join(" ", program.Descendants("text").Select(t => t.Value)).Should().Be(longName);
            program.Descendants("text").Should().HaveCountGreaterThan(1, "the name is wrapped, not cut");
            string.Join(" ", chart.Texts().Select(t => t.Text)).Should().Contain("Presidency of the Republic").And.NotContain("…");
            chart.OverlappingTexts().Should().BeEmpty($"no label of the {chart.Layout} layout runs into another");
            chart.TextsOutside().Should().BeEmpty($"every label of the {chart.Layout} layout stays inside its picture");
        }
    }

    private static string Chart(BorderCoopData data)
    {
        using var html = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        NetworkChart.Write(html, data, new CitationTargets());
        return html.ToString();
    }
}
