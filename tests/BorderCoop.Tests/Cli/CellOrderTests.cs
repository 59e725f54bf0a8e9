using BorderCoop.Cli.Formatting;

namespace BorderCoop.Tests.Cli;

/// <summary><see cref="CellOrder"/>: how <c>--sort</c> orders the cells of each kind of column.</summary>
public sealed class CellOrderTests
{
    [Fact]
    public void Dates_SortByTheirFirstDate_AYearBeforeItsMonths_UndatedLastEitherWay()
    {
        string[] cells = ["undated", "by 2007-01", "1996-01-14", "FY1997", "c. 1996-01", "1996", "2000 – 2007", "earlier – 1993", string.Empty];

        Sorted(cells, CellKind.Date).Should().Equal(
            "earlier – 1993", "1996", "c. 1996-01", "1996-01-14", "FY1997", "2000 – 2007", "by 2007-01", string.Empty, "undated");
        Sorted(cells, CellKind.Date, descending: true).Should().Equal(
            "by 2007-01", "2000 – 2007", "FY1997", "1996-01-14", "c. 1996-01", "1996", "earlier – 1993", "undated", string.Empty);
    }

    [Fact]
    public void Numbers_SortByTheirFirstNumber_ThousandsSeparatorsIgnored()
    {
        string[] cells = ["USD 10,800,000", "at least 136 persons", "about 70 persons", "USD 9,000,000", "0.5", "none stated", "USD 443,300,000"];

        Sorted(cells, CellKind.Number).Should().Equal(
            "0.5", "about 70 persons", "at least 136 persons", "USD 9,000,000", "USD 10,800,000", "USD 443,300,000", "none stated");
    }

    [Fact]
    public void TextAndIds_SortAlphabetically_CaseIgnored_NumbersInThemByValue()
    {
        Sorted(["figure/a-10", "Figure/a-9", "agency/us-dea", "figure/a-9"], CellKind.Id)
            .Should().Equal("agency/us-dea", "Figure/a-9", "figure/a-9", "figure/a-10");
        Sorted(["took office", "arrest", "Arrested"], CellKind.Text).Should().Equal("arrest", "Arrested", "took office");
    }

    private static List<string> Sorted(string[] cells, CellKind kind, bool descending = false) =>
        [.. cells.OrderBy(c => c, new CellOrder(kind, descending))];
}
