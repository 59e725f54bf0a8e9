using System.Globalization;
using System.Xml.Linq;
using BorderCoop.Cli.Report;

namespace BorderCoop.Tests.Cli.Report;

public sealed class TimelineChartTests
{
    [Fact]
    public void Write_NumbersEveryMark_InTimelineOrder_AndListsWhatEachNumberIs()
    {
        var data = TestRecords.Data(
            TestRecords.Event("late", "The late one", date: "2001-03-04"),
            TestRecords.Event("early", "The early one", date: "1999"),
            TestRecords.Event("middle", "The middle one", date: "2000-05"));

        var html = Chart(data);

        foreach (var chart in ChartSvg.All(html))
        {
            var marks = chart.Items(TimelineChart.Item).ToDictionary(m => (string)m.Attribute("data-number")!);
            marks.Keys.Should().BeEquivalentTo(["1", "2", "3"]);
            foreach (var (number, title) in new[] { ("1", "1. 1999 · other · The early one"), ("2", "2. 2000-05 · other · The middle one"), ("3", "3. 2001-03-04 · other · The late one") })
            {
                marks[number].Element("title")!.Value.Should().Be(title);
                marks[number].Descendants("text").Single().Value.Should().Be(number, "the number is written beside its mark, readable without hovering");
            }
        }

        html.Should().Contain("<li data-item=\"timeline-entry\" data-number=\"1\"><span class=\"num key-event\">1</span> <span class=\"date\">1999</span> other: <a href=\"#cite-event/early\">The early one</a></li>\n"
            + "<li data-item=\"timeline-entry\" data-number=\"2\"><span class=\"num key-event\">2</span> <span class=\"date\">2000-05</span> other: <a href=\"#cite-event/middle\">The middle one</a></li>\n"
            + "<li data-item=\"timeline-entry\" data-number=\"3\"><span class=\"num key-event\">3</span> <span class=\"date\">2001-03-04</span> other: <a href=\"#cite-event/late\">The late one</a></li>");
    }

    [Fact]
    public void Write_CrowdedMarks_TakeRowsOfTheirOwn_SoNoNumberOverlapsAnotherNumberOrMark()
    {
        // Thirty events in one month, a dozen days in a row, and dates at both ends of a long axis.
        var events = Enumerable.Range(1, 30).Select(i => TestRecords.Event($"may-{i}", $"May {i}", date: "2009-05"))
            .Concat(Enumerable.Range(1, 12).Select(i => TestRecords.Event($"day-{i}", $"Day {i}", date: $"2009-06-{i:00}")))
            .Append(TestRecords.Event("war", "A war", date: "1846"))
            .Append(TestRecords.Event("last", "The last day", date: "2012-12-31"));
        var data = TestRecords.Data([.. events]);

        foreach (var chart in ChartSvg.All(Chart(data)))
        {
            chart.Items(TimelineChart.Item).Should().HaveCount(44);
            chart.OverlappingTexts().Should().BeEmpty($"no number of the {chart.Layout} layout runs into another");
            chart.TextsOutside().Should().BeEmpty($"every number of the {chart.Layout} layout stays inside its picture");
            var marks = chart.Items(TimelineChart.Item).Select(MarkBox).ToList();
            foreach (var (text, box) in chart.Texts())
            {
                marks.Should().NotContain(m => m.Intersects(box), $"the text '{text}' of the {chart.Layout} layout covers no mark");
            }
        }
    }

    [Fact]
    public void Write_WithoutDates_SaysSo()
    {
        Chart(TestRecords.Data(TestRecords.Event("undated", "Undated"))).Should().Be("<p class=\"empty\">No record has a date.</p>\n");
    }

    private static string Chart(BorderCoopData data)
    {
        using var html = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        TimelineChart.Write(html, data, new CitationTargets());
        return html.ToString();
    }

    private static Box MarkBox(XElement mark)
    {
        double Get(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);
        if (mark.Element("circle") is { } circle)
        {
            var r = Get(circle, "r");
            return new Box(Get(circle, "cx") - r, Get(circle, "cy") - r, 2 * r, 2 * r);
        }

        var rect = mark.Element("rect")!;
        return new Box(Get(rect, "x"), Get(rect, "y"), Get(rect, "width"), Get(rect, "height"));
    }
}
