using System.Globalization;
using System.Xml.Linq;
using BorderCoop.Cli.Report;

namespace BorderCoop.Tests.Cli.Report;

public sealed class ExtraditionFigureChartTests
{
    [Fact]
    public void Write_TwoConflictingVersions_AreBothDrawn_AndMarkedWithTheConflictsLetter()
    {
        var total = Figure("total", "1995/2000", 61);
        var average = Figure("average", "1996/2000", 24, measure: ExtraditionMeasure.AnnualAverage);
        var untouched = Figure("untouched", "2009", 107);
        var conflict = new Conflict(
            "conflict/total-vs-average",
            "61 in total vs 24 a year",
            "24 a year over five years is about 120, not 61.",
            [],
            [new ConflictVersion("61 in total.", total.Id, TestRecords.Quotes("a total of sixty one")), new ConflictVersion("24 a year.", average.Id, TestRecords.Quotes("twenty four a year"))]);
        var data = TestRecords.Data(total, average, untouched, conflict);

        var html = Chart(data);

        foreach (var chart in ChartSvg.Layouts(html))
        {
            var rows = chart.Items(ExtraditionFigureChart.Item).ToDictionary(r => (string)r.Attribute("data-figure")!);
            rows.Should().HaveCount(3, $"every figure is a row of the {chart.Layout} layout");
            foreach (var id in new[] { total.Id, average.Id })
            {
                ((string?)rows[id].Attribute("data-conflicts")).Should().Be("A");
                rows[id].Descendants("text").Should().Contain(t => (string?)t.Attribute("class") == "badge-text" && t.Value == "A");
                rows[id].Descendants("rect").Should().Contain(r => (string?)r.Attribute("class") == "row conflicted");
            }

            rows[untouched.Id].Attribute("data-conflicts").Should().BeNull();
            rows[untouched.Id].Descendants("rect").Should().NotContain(r => (string?)r.Attribute("class") == "row conflicted");
        }

        var disagreement = Disagreements(data);
        disagreement.Should().Contain("<article class=\"disagreement\" data-item=\"extradition-conflict\" data-conflict=\"A\">");
        disagreement.Should().Contain("<h4><span class=\"badge\">A</span> <a href=\"#cite-conflict/total-vs-average\">61 in total vs 24 a year</a></h4>");
        var versions = disagreement[disagreement.IndexOf("<div class=\"versions\">", StringComparison.Ordinal)..];
        versions.Should().Contain("Figure: <a href=\"#cite-extradition-figure/total\">61 persons · Mexico → U.S. · all persons · 1995 – 2000</a>")
            .And.Contain("Figure: <a href=\"#cite-extradition-figure/average\">24 persons a year · Mexico → U.S. · all persons · 1996 – 2000</a>")
            .And.Contain("<blockquote>a total of sixty one</blockquote>").And.Contain("<blockquote>twenty four a year</blockquote>");
        disagreement.Should().Contain("<strong>Why they disagree:</strong> 24 a year over five years is about 120, not 61.");
    }

    [Fact]
    public void Disagreements_ShowEachQuoteAsItReads_WithoutTheSourcesMarkdownEscapes()
    {
        var figure = Figure("total", "1995/2000", 61);
        var conflict = new Conflict(
            "conflict/money", "How much?", "They differ.", [figure.Id],
            [new ConflictVersion("Twenty.", figure.Id, TestRecords.Quotes(@"about \$20 million")), new ConflictVersion("Thirty.", null, TestRecords.Quotes("thirty"))]);

        var html = Disagreements(TestRecords.Data(figure, conflict));

        html.Should().Contain("<blockquote>about $20 million</blockquote>").And.NotContain(@"\$");
    }

    [Fact]
    public void Write_AConflictNamingAFigureOnlyInItsRecords_StillMarksIt()
    {
        var figure = Figure("denied", null, 17, measure: ExtraditionMeasure.Denied);
        var data = TestRecords.Data(figure, TestRecords.Conflict("penalty", "Which penalties bar extradition?", figure.Id));

        var rows = ChartSvg.All(Chart(data)).SelectMany(c => c.Items(ExtraditionFigureChart.Item)).ToList();

        rows.Should().HaveCount(2).And.OnlyContain(r => (string?)r.Attribute("data-conflicts") == "A");
        Disagreements(data).Should().Contain("data-conflict=\"A\"");
    }

    [Theory]
    [InlineData(QuantityQualifier.Exact, "136 persons", "qcap", "qarrow-head")]
    [InlineData(QuantityQualifier.AtLeast, "at least 136 persons", "qarrow-head", "qcap")]
    [InlineData(QuantityQualifier.MoreThan, "more than 136 persons", "qarrow-head more", "qcap")]
    [InlineData(QuantityQualifier.About, "about 136 persons", "fade-4", "qcap")]
    [InlineData(QuantityQualifier.UpTo, "up to 136 persons", "hollow", "qarrow-head")]
    public void Write_AValue_IsLabelledWithItsQualifier_AndDrawnWithItsMark(QuantityQualifier qualifier, string label, string mark, string notMark)
    {
        var data = TestRecords.Data(Figure("pgr", null, 136, qualifier: qualifier));

        foreach (var chart in ChartSvg.Layouts(Chart(data)))
        {
            var row = chart.Items(ExtraditionFigureChart.Item).Single();
            ((string?)row.Attribute("data-qualifier")).Should().Be(qualifier switch
            {
                QuantityQualifier.AtLeast => "at-least",
                QuantityQualifier.MoreThan => "more-than",
                QuantityQualifier.UpTo => "up-to",
                _ => qualifier.ToString().ToLowerInvariant(),
            });
            row.Descendants("text").Should().Contain(t => (string?)t.Attribute("class") == "value-label" && t.Value == label, "the qualifier is written, not only drawn");
            Classes(row).Should().Contain(c => c.Contains(mark, StringComparison.Ordinal));
            Classes(row).Should().NotContain(c => c.Contains(notMark, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Write_AnAnnualAverage_IsInAPanelOfItsOwn_NotOnTheTotalsScale()
    {
        // On one scale the average would be a bar 30/100 as long as the total; on scales of their own both fill theirs.
        var data = TestRecords.Data(Figure("total", "1995/2000", 100), Figure("average", "2000/2003", 30, measure: ExtraditionMeasure.AnnualAverage));

        var html = Chart(data);

        foreach (var chart in ChartSvg.Layouts(html))
        {
            var titles = chart.Root.Descendants("text").Where(t => (string?)t.Attribute("class") == "panel-title").Select(t => t.Value).ToList();
            string.Concat(titles).Should().Contain("Totals").And.Contain("Annual averages");
            var rows = chart.Items(ExtraditionFigureChart.Item).ToDictionary(r => (string)r.Attribute("data-measure")!);
            var totalBar = BarLength(rows["total"]);
            var averageBar = BarLength(rows["annual-average"]);
            averageBar.Should().BeApproximately(totalBar, 0.01, $"in the {chart.Layout} layout each measure has its own scale");
            Classes(rows["annual-average"]).Should().Contain("qbar m-annual-average", "an average is drawn in a colour of its own");
            rows["annual-average"].Descendants("text").Should().Contain(t => t.Value == "30 persons a year");
            rows["annual-average"].Parent.Should().NotBeSameAs(rows["total"].Parent, "the averages' panel is a picture apart from the totals'");
            chart.Texts().Should().NotContain(t => t.Text.Contains("130", StringComparison.Ordinal), "figures are never added up");
        }
    }

    [Fact]
    public void Write_APeriod_IsASpanOverItsYears_AndAnOpenEndRunsToTheEdgeWithAnArrow()
    {
        var six = Figure("six-years", "1995/2000", 61);
        var one = Figure("one-year", "2009", 107);
        var open = Figure("open", "2002/", 30, measure: ExtraditionMeasure.AnnualAverage);
        var data = TestRecords.Data(six, one, open);

        foreach (var chart in ChartSvg.Layouts(Chart(data)))
        {
            var rows = chart.Items(ExtraditionFigureChart.Item).ToDictionary(r => (string)r.Attribute("data-figure")!);
            var sixYears = Span(rows[six.Id]);
            var oneYear = Span(rows[one.Id]);
            (sixYears.Width / oneYear.Width).Should().BeApproximately(6, 0.01, $"1995 – 2000 spans six whole years of the {chart.Layout} axis");
            rows[six.Id].Descendants("text").Should().Contain(t => (string?)t.Attribute("class") == "when" && t.Value == "1995 – 2000");
            rows[one.Id].Descendants("text").Should().Contain(t => t.Value == "2009");

            var openRow = rows[open.Id];
            Classes(openRow).Should().Contain("span open-end").And.Contain("span-arrow");
            openRow.Descendants("text").Should().Contain(t => t.Value == "2002 – ?");
        }
    }

    [Fact]
    public void Write_EachRow_SaysWhomItCounts_AndWhoReportedIt()
    {
        var pgr = TestRecords.Agency("mx-pgr", "Attorney General's Office of Mexico", country: "MX");
        var nationals = new ExtraditionFigure("extradition-figure/nationals", TestRecords.Period("2009"), null, "MX", "US", ExtraditionPopulation.Nationals, "MX", ExtraditionMeasure.Total, new Quantity(107, QuantityQualifier.Exact, "persons"), pgr.Id, TestRecords.Quote);
        var unstated = new ExtraditionFigure("extradition-figure/unstated", null, null, "US", "MX", ExtraditionPopulation.Unspecified, null, ExtraditionMeasure.Pending, new Quantity(70, QuantityQualifier.About, "persons"), null, TestRecords.Quote);
        var data = TestRecords.Data(pgr, nationals, unstated);

        foreach (var chart in ChartSvg.Layouts(Chart(data)))
        {
            var rows = chart.Items(ExtraditionFigureChart.Item).ToDictionary(r => (string)r.Attribute("data-figure")!);
            Words(rows[nationals.Id]).Should().Contain("Mexico → U.S. · MX nationals").And.Contain("reported by Attorney General's Office of Mexico");
            Words(rows[unstated.Id]).Should().Contain("U.S. → Mexico · population not stated").And.Contain("no period given");
        }
    }

    [Fact]
    public void Write_LongLabels_AreWrapped_NeverOverlapping_NorOutsideTheChart()
    {
        var reporter = TestRecords.Agency("long", "An agency whose name is long enough to need more than one line in any column of the chart", country: "MX");
        var figures = Enumerable.Range(0, 6).Select(i => new ExtraditionFigure(
            $"extradition-figure/f{i}", TestRecords.Period(i % 2 == 0 ? $"{1990 + i}/{2000 + i}" : $"../{1995 + i}"), null, "MX", "US", ExtraditionPopulation.Nationals, "MX",
            (ExtraditionMeasure)(i % 4), new Quantity(1000 + (i * 1234), (QuantityQualifier)(i % 5), "persons extradited to the United States"), reporter.Id, TestRecords.Quote)).ToList();
        var conflicts = Enumerable.Range(0, 3).Select(i => TestRecords.Conflict($"c{i}", $"Conflict {i}", figures[0].Id));
        var data = TestRecords.Data([reporter, .. figures, .. conflicts]);

        foreach (var chart in ChartSvg.All(Chart(data)))
        {
            chart.OverlappingTexts().Should().BeEmpty($"no label of the {chart.Layout} layout runs into another");
            chart.TextsOutside().Should().BeEmpty($"every label of the {chart.Layout} layout stays inside its picture");
            chart.Texts().Should().NotContain(t => t.Text.EndsWith('…'), "labels are wrapped, never cut");
        }
    }

    [Fact]
    public void Write_WithoutFigures_SaysSo()
    {
        Chart(TestRecords.Data()).Should().Be("<p class=\"empty\">No reported extradition figures.</p>\n");
        Disagreements(TestRecords.Data()).Should().BeEmpty();
    }

    private static ExtraditionFigure Figure(string slug, string? period, decimal value, ExtraditionMeasure measure = ExtraditionMeasure.Total, QuantityQualifier qualifier = QuantityQualifier.Exact) =>
        TestRecords.ExtraditionFigure(slug, period, value, measure: measure, qualifier: qualifier);

    private static string Chart(BorderCoopData data)
    {
        using var html = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        ExtraditionFigureChart.Write(html, data, new CitationTargets(), new FigureConflicts(data));
        return html.ToString();
    }

    private static string Disagreements(BorderCoopData data)
    {
        using var html = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        FigureDisagreements.Write(html, data, new CitationTargets(), new FigureConflicts(data));
        return html.ToString();
    }

    private static IEnumerable<string> Classes(XElement element) =>
        element.Descendants().Select(e => (string?)e.Attribute("class")).OfType<string>();

    private static string Words(XElement row) => string.Join(" | ", row.Descendants("text").Select(t => t.Value));

    private static double Number(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    private static double BarLength(XElement row) =>
        row.Descendants("rect").Where(r => ((string?)r.Attribute("class"))?.StartsWith("qbar", StringComparison.Ordinal) == true).Sum(r => Number(r, "width"));

    private static Box Span(XElement row)
    {
        var rect = row.Descendants("rect").Single(r => ((string?)r.Attribute("class"))?.StartsWith("span", StringComparison.Ordinal) == true);
        return new Box(Number(rect, "x"), Number(rect, "y"), Number(rect, "width"), Number(rect, "height"));
    }
}
