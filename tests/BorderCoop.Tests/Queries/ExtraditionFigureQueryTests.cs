using NodaTime;
using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Queries;

/// <summary>Aggregate extradition figures for a period and direction: every version side by side, on a dataset built here.</summary>
public sealed class ExtraditionFigureQueryTests
{
    private static readonly ExtraditionFigure Total = ExtraditionFigure("total-1995-2000", "1995/2000", 61);
    private static readonly ExtraditionFigure Average = ExtraditionFigure("annual-average-1996-2000", "1996/2000", 24, measure: ExtraditionMeasure.AnnualAverage);
    private static readonly ExtraditionFigure LaterAverage = ExtraditionFigure("annual-average-2000-2003", "2000/2003", 20, measure: ExtraditionMeasure.AnnualAverage);
    private static readonly ExtraditionFigure Before1994 = ExtraditionFigure("before-1994", "../1993", 0);
    private static readonly ExtraditionFigure After2001 = ExtraditionFigure("annual-average-after-2001", "2002/", 30, measure: ExtraditionMeasure.AnnualAverage);
    private static readonly ExtraditionFigure Undated = ExtraditionFigure("at-least-136", null, 136, qualifier: QuantityQualifier.AtLeast);
    private static readonly ExtraditionFigure Year2009 = ExtraditionFigure("2009", "2009", 107);
    private static readonly ExtraditionFigure Southward = ExtraditionFigure("us-to-mx-1995-2000", "1995/2000", 10, from: "US", to: "MX");
    private static readonly Conflict TotalVersusAverage = new(
        "conflict/total-vs-average", "61 in five years or 24 a year?", "They cannot both be right.", [Total.Id, Average.Id],
        [new ConflictVersion("61 in total", Total.Id, Quote), new ConflictVersion("24 a year", Average.Id, Quote)]);
    private static readonly BorderCoopData Data = TestRecords.Data(Total, Average, LaterAverage, Before1994, After2001, Undated, Year2009, Southward, TotalVersusAverage);

    private static readonly DateInterval From1996To2000 = new(new LocalDate(1996, 1, 1), new LocalDate(2000, 12, 31));

    [Fact]
    public void For_APeriod_ReturnsEveryVersionThatMayOverlapIt_WithTheUndatedOnesAsUncertain()
    {
        var matches = Data.ExtraditionFiguresFor(From1996To2000, "MX", "US").ToDictionary(m => m.Record, m => m.Certainty);

        matches.Should().BeEquivalentTo(new Dictionary<ExtraditionFigure, DateCertainty>
        {
            [Total] = DateCertainty.Certain,
            [Average] = DateCertainty.Certain,
            [LaterAverage] = DateCertainty.Certain,
            [Undated] = DateCertainty.Uncertain,
        });
    }

    [Fact]
    public void For_APeriod_IncludesBothSidesOfARecordedConflict()
    {
        Data.ExtraditionFiguresFor(From1996To2000, "MX", "US").Select(m => m.Record.Id).Should().Contain(TotalVersusAverage.RecordIds);
    }

    [Fact]
    public void For_TheOtherDirection_AreOnlyTheFiguresGoingThatWay()
    {
        Data.ExtraditionFiguresFor(From1996To2000, "US", "MX").Select(m => m.Record).Should().Equal(Southward);
    }

    [Fact]
    public void For_AYear_FindsTheCountOfThatYearAndNotTheEarlierPeriods_AndAnOpenEndedOneAsUncertain()
    {
        var year2009 = new DateInterval(new LocalDate(2009, 1, 1), new LocalDate(2009, 12, 31));
        var matches = Data.ExtraditionFiguresFor(year2009, "MX", "US");

        matches.Single(m => m.Certainty == DateCertainty.Certain).Record.Should().Be(Year2009);
        matches.Select(m => m.Record).Should().NotContain(Total);
        matches.Single(m => m.Record == After2001).Certainty.Should().Be(DateCertainty.Uncertain, "its period starts in 2002 and its end is not given");
    }
}
