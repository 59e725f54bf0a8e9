using BorderCoop.Cli.Formatting;

namespace BorderCoop.Tests.Cli;

/// <summary><see cref="TextTable"/>: a table that fits the terminal, wrapping text and keeping ids whole.</summary>
public sealed class TextTableTests
{
    private static readonly string[] Titles =
    [
        "Mexico reviews its extradition policies",
        "Signing of the Declaration of the United States–Mexico Alliance against Drugs",
        "Cartel leaders kidnap, torture and kill a PGR counternarcotics official and two fellow agents",
        "Procuraduría General de la República",
        "北京で会議 (a meeting in Beijing, in Japanese)",
        "Ca\u0301rdenas is surrendered 🚨",
    ];

    [Fact]
    public void WriteTo_WhenEverythingFits_PadsColumnsToTheirWidestCell_OneLineARow()
    {
        var table = Table(("1995", "event/policy-review", "Mexico reviews its extradition policies"), ("c. 1996-01", "event/expulsion", "An expulsion"));

        Lines(table, 80).Should().Equal(
            "Date        Record               Title",
            "----------  -------------------  ---------------------------------------",
            "1995        event/policy-review  Mexico reviews its extradition policies",
            "c. 1996-01  event/expulsion      An expulsion");
    }

    [Fact]
    public void WriteTo_WhenTooWide_WrapsTheFreeText_AndKeepsIdsAndDatesWhole()
    {
        var table = Table(("1997-05", "agreement/d-1997", Titles[1]), ("c. 1996-01", "event/expulsion", "An expulsion"));

        Lines(table, 60).Should().Equal(
            "Date        Record            Title",
            "----------  ----------------  " + new string('-', 30),
            "1997-05     agreement/d-1997  Signing of the Declaration of",
            "                              the United States–Mexico",
            "                              Alliance against Drugs",
            "c. 1996-01  event/expulsion   An expulsion");
    }

    [Fact]
    public void WriteTo_WhenTheIdsCannotFitBesideTheText_MovesThemBelowTheRow_Whole()
    {
        var table = Table(("1995", "event/mx-extradition-policy-review-1995", Titles[0]), ("2000", "event/killing-of-pgr-counternarcotics-official-2000", Titles[2]));

        Lines(table, 50).Should().Equal(
            "Date  Title",
            "----  " + new string('-', 44),
            "1995  Mexico reviews its extradition policies",
            "  Record: event/mx-extradition-policy-review-1995",
            "2000  Cartel leaders kidnap, torture and kill a",
            "      PGR counternarcotics official and two fellow",
            "      agents",
            "  Record:",
            "event/killing-of-pgr-counternarcotics-official-2000");
    }

    [Fact]
    public void WriteTo_AlignsColumnsByDisplayWidth_WideCharactersAndCombiningMarksIncluded()
    {
        var table = new TextTable(TextColumn.Text("Name"), TextColumn.Id("Id"));
        table.Add("北京", "event/a");
        table.Add("Ca\u0301rdenas", "event/b");
        table.Add("🚨", "event/c");

        var lines = Lines(table, 80);

        lines.Skip(2).Select(l => DisplayWidth.Of(l[..l.IndexOf("event/", StringComparison.Ordinal)])).Should().AllBeEquivalentTo(10, "Cárdenas is eight columns, then two spaces");
    }

    [Fact]
    public void WriteTo_CutsAHeaderWordTooLongForItsColumn_WithAVisibleMark()
    {
        var table = new TextTable(TextColumn.Text("Description"));
        table.Add("a b c d");

        Lines(table, 5).Should().Equal("Desc…", "-----", "a b c", "d");
    }

    [Fact]
    public void WriteTo_AtAnyWidth_NoLineIsWiderThanTheWidth_UnlessItIsASingleId()
    {
        var table = new TextTable(TextColumn.Date("Date"), TextColumn.Text("What"), TextColumn.Number("Value"), TextColumn.Id("Id"), TextColumn.Text("Title"));
        for (var i = 0; i < Titles.Length; i++)
        {
            table.Add($"{1990 + i}-0{i + 1}", i % 2 == 0 ? "left office: Governor of Quintana Roo" : "arrest", $"at least {i * 1000:N0} persons", $"event/a-long-record-id-number-{i}", Titles[i]);
        }

        foreach (var width in new[] { 8, 20, 30, 40, 60, 80, 100, 120, 200 })
        {
            var lines = Lines(table, width);

            lines.Where(l => DisplayWidth.Of(l) > width && !TextWrap.IsRecordId(l.Trim())).Should().BeEmpty($"at width {width}");
            string.Join(' ', lines).Should().ContainAll(Enumerable.Range(0, Titles.Length).Select(i => $"event/a-long-record-id-number-{i}"));
        }
    }

    [Fact]
    public void Add_WithTheWrongNumberOfCells_Throws()
    {
        var table = new TextTable(TextColumn.Text("A"), TextColumn.Text("B"));

        table.Invoking(t => t.Add("only one")).Should().Throw<ArgumentException>();
    }

    private static TextTable Table(params (string Date, string Id, string Title)[] rows)
    {
        var table = new TextTable(TextColumn.Date("Date"), TextColumn.Id("Record"), TextColumn.Text("Title"));
        foreach (var (date, id, title) in rows)
        {
            table.Add(date, id, title);
        }

        return table;
    }

    private static string[] Lines(TextTable table, int width)
    {
        using var output = new StringWriter();
        table.WriteTo(output, width);
        return output.ToString().Split(Environment.NewLine)[..^1];
    }
}
