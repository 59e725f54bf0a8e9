using NodaTime;

namespace BorderCoop.Tests.Queries;

public sealed class ExtraditionFigureQueryTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    private static readonly DateInterval From1996To2000 = new(new LocalDate(1996, 1, 1), new LocalDate(2000, 12, 31));

    [Fact]
    public void FiguresFor1996To2000_ReturnEveryVersionSideBySide_WithTheUndatedOnesAsUncertain()
    {
        var matches = Data.ExtraditionFiguresFor(From1996To2000, "MX", "US")
            .ToDictionary(m => m.Record.Id, m => m.Certainty);

        matches.Should().BeEquivalentTo(new Dictionary<string, DateCertainty>
        {
            ["extradition-figure/mx-to-us-total-1995-2000"] = DateCertainty.Certain,
            ["extradition-figure/mx-to-us-mexican-nationals-1995-2001"] = DateCertainty.Certain,
            ["extradition-figure/mx-to-us-annual-average-1996-2000-pgr"] = DateCertainty.Certain,
            ["extradition-figure/mx-to-us-annual-average-2000-2003-pgr"] = DateCertainty.Certain,
            ["extradition-figure/mx-to-us-total-pgr-at-least-136"] = DateCertainty.Uncertain,
            ["extradition-figure/mx-to-us-denied-death-penalty-pgr"] = DateCertainty.Uncertain,
            ["extradition-figure/mx-to-us-pending-end-of-fox-administration"] = DateCertainty.Uncertain,
        });
    }

    [Fact]
    public void FiguresFor1996To2000_IncludeBothSidesOfTheRecordedConflict()
    {
        var ids = Data.ExtraditionFiguresFor(From1996To2000, "MX", "US").Select(m => m.Record.Id).ToList();
        var conflict = Data.Get<Conflict>("conflict/mx-to-us-extraditions-1995-2000-total-vs-pgr-average");

        ids.Should().Contain(conflict.RecordIds.Where(id => id.StartsWith("extradition-figure/", StringComparison.Ordinal)));
    }

    [Fact]
    public void FiguresInTheOtherDirection_AreOnlyThoseFromTheUnitedStates()
    {
        Data.ExtraditionFiguresFor(From1996To2000, "US", "MX").Select(m => m.Record.Id)
            .Should().Equal("extradition-figure/us-to-mx-total-1995-2000");
    }

    [Fact]
    public void FiguresFor2009_FindTheCountOfThatYearAndNotTheEarlierPeriods()
    {
        var year2009 = new DateInterval(new LocalDate(2009, 1, 1), new LocalDate(2009, 12, 31));
        var matches = Data.ExtraditionFiguresFor(year2009, "MX", "US");

        matches.Single(m => m.Certainty == DateCertainty.Certain).Record.Value.Value.Should().Be(107);
        matches.Select(m => m.Record.Id).Should().NotContain("extradition-figure/mx-to-us-total-1995-2000");
        matches.Single(m => m.Record.Id == "extradition-figure/annual-average-after-2001-labardini").Certainty
            .Should().Be(DateCertainty.Uncertain, "its period starts in 2002 and its end is not given");
    }
}
