using BorderCoop.Cli.Report;

namespace BorderCoop.Tests.Cli.Report;

public sealed class FigureConflictsTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(52, "BA")]
    public void Letter_CountsLikeSpreadsheetColumns(int index, string letter) => FigureConflicts.Letter(index).Should().Be(letter);

    [Fact]
    public void Of_GivesEachFigureTheLettersOfItsConflicts_InDatasetOrder_AndLeavesOthersOut()
    {
        var first = TestRecords.ExtraditionFigure("first", "1995/2000", 61);
        var second = TestRecords.ExtraditionFigure("second", "1996/2000", 24, measure: ExtraditionMeasure.AnnualAverage);
        var data = TestRecords.Data(
            first,
            second,
            TestRecords.Conflict("about-a-case", "Not about a figure", "extradition-figure/first"),
            TestRecords.Conflict("about-both", "About both", "extradition-figure/second"),
            TestRecords.Event("event", "An event"),
            TestRecords.Conflict("about-the-event", "About an event", "event/event"));

        var conflicts = new FigureConflicts(data);

        conflicts.All.Select(c => (c.Conflict.Id, c.Letter)).Should().Equal(("conflict/about-a-case", "A"), ("conflict/about-both", "B"));
        conflicts.Of(first.Id).Select(c => c.Letter).Should().Equal("A");
        conflicts.Of(second.Id).Select(c => c.Letter).Should().Equal("B");
        conflicts.Of("extradition-figure/none").Should().BeEmpty();
    }
}
