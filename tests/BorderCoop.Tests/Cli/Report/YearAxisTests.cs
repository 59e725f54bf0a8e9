using BorderCoop.Cli.Report;
using NodaTime;

namespace BorderCoop.Tests.Cli.Report;

public sealed class YearAxisTests
{
    [Fact]
    public void X_PlacesEachYearAtItsShare_AndADayWithinItsYear()
    {
        var axis = new YearAxis(2000, 2009, left: 100, width: 1000);

        axis.YearWidth.Should().Be(100);
        axis.X(new LocalDate(2000, 1, 1)).Should().Be(100);
        axis.XAfter(new LocalDate(2009, 12, 31)).Should().BeApproximately(1100, 1e-9);
        axis.X(new LocalDate(2004, 7, 1)).Should().BeApproximately(100 + 400 + (182.0 / 366 * 100), 1e-9, "2004 is a leap year and still one year wide");
    }

    [Fact]
    public void Covering_CollapsesLongEmptyStretches_IntoOneBreak()
    {
        var dates = new[] { new LocalDate(1846, 5, 1), new LocalDate(1990, 1, 1), new LocalDate(1999, 12, 31) };

        var axis = YearAxis.Covering(dates, left: 0, width: 11 * 10 + YearAxis.BreakWidth, collapseGapsOver: 15)!;

        axis.Breaks.Should().Be(1);
        axis.YearWidth.Should().BeApproximately(10, 1e-9, "1846 and 1990–1999 are the eleven years shown");
        axis.XOfYear(1846).Should().Be(0);
        axis.XOfYear(1990).Should().BeApproximately(10 + YearAxis.BreakWidth, 1e-9);
        axis.XOfYear(1900).Should().BeInRange(10, 10 + YearAxis.BreakWidth, "an empty year inside the break is squeezed into it");
    }

    [Fact]
    public void Covering_KeepsShortStretches_AndIsNullWithoutDates()
    {
        YearAxis.Covering([new LocalDate(1980, 1, 1), new LocalDate(1995, 1, 1)], 0, 160, collapseGapsOver: 15)!.Breaks.Should().Be(0);
        YearAxis.Covering([new LocalDate(1846, 1, 1), new LocalDate(1995, 1, 1)], 0, 160)!.Breaks.Should().Be(0, "nothing is collapsed unless asked");
        YearAxis.Covering([], 0, 100).Should().BeNull();
    }

    [Fact]
    public void X_NeverGoesBackwards_AcrossABreak()
    {
        var axis = YearAxis.Covering([new LocalDate(1846, 1, 1), new LocalDate(1974, 1, 1), new LocalDate(2012, 1, 1)], 150, 1010, collapseGapsOver: 15)!;

        var xs = Enumerable.Range(1846, 2012 - 1846 + 2).Select(year => axis.XOfYear(year)).ToList();

        xs.Should().BeInAscendingOrder();
        xs[^1].Should().BeApproximately(axis.Right, 1e-9);
    }

    [Fact]
    public void Split_CutsTheYearsIntoStrips_EachDrawnOverTheWholeWidth()
    {
        var dates = Enumerable.Range(1974, 2012 - 1974 + 1).Select(year => new LocalDate(year, 6, 1)).Prepend(new LocalDate(1846, 5, 1));
        var axis = YearAxis.Covering(dates, left: 10, width: 300, collapseGapsOver: 15)!;

        var strips = axis.Split(12);

        strips.Select(s => (s.FirstYear, s.LastYear)).Should().Equal((1846, 1983), (1984, 1995), (1996, 2007), (2008, 2012));
        strips[0].Breaks.Should().Be(1, "1846 and 1974 stay apart, the break counting as a year");
        strips.Should().OnlyContain(s => s.Left == 10 && s.Right == 310);
        strips[1].XOfYear(1984).Should().Be(10);
        strips[1].YearWidth.Should().BeApproximately(25, 1e-9);
        strips.Sum(s => Enumerable.Range(s.FirstYear, s.LastYear - s.FirstYear + 1).Count(s.Shows)).Should().Be(1 + (2012 - 1974 + 1), "every shown year is in exactly one strip");
    }

    [Fact]
    public void Split_OfAShortAxis_IsTheAxisAgain()
    {
        var axis = new YearAxis(2000, 2005, 0, 100);

        axis.Split(12).Should().ContainSingle().Which.YearWidth.Should().Be(axis.YearWidth);
        FluentActions.Invoking(() => axis.Split(0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
