namespace BorderCoop.Tests.Time;

public sealed class DateRangeTests
{
    [Theory]
    [InlineData("1995/2000", DateBoundKind.Known, DateBoundKind.Known)]
    [InlineData("2006-01/", DateBoundKind.Known, DateBoundKind.Unknown)]
    [InlineData("2006-01/..", DateBoundKind.Known, DateBoundKind.Open)]
    [InlineData("../1993", DateBoundKind.Open, DateBoundKind.Known)]
    [InlineData("/2000", DateBoundKind.Unknown, DateBoundKind.Known)]
    [InlineData("2004~/..", DateBoundKind.Known, DateBoundKind.Open)]
    public void Parse_ReadsEachKindOfBoundAndRoundTrips(string text, DateBoundKind start, DateBoundKind end)
    {
        var range = DateRange.Parse(text);

        range.StartKind.Should().Be(start);
        range.EndKind.Should().Be(end);
        range.ToString().Should().Be(text);
    }

    [Fact]
    public void Parse_ReadsASingleDateAsARangeThatStartsAndEndsWithIt()
    {
        var range = DateRange.Parse("2009");

        range.IsSingleDate.Should().BeTrue();
        range.Start.Should().Be(PartialDate.FromYear(2009));
        range.End.Should().Be(PartialDate.FromYear(2009));
        range.ToString().Should().Be("2009");
    }

    [Theory]
    [InlineData("2000/1995")]
    [InlineData("/")]
    [InlineData("1995/2000/2005")]
    [InlineData("1995/20x0")]
    [InlineData("1996-13/1997")]
    public void Parse_RejectsMalformedOrBackwardsRanges(string text)
    {
        var parse = () => DateRange.Parse(text);

        parse.Should().Throw<FormatException>();
    }

    [Fact]
    public void Constructor_RejectsAnEndBeforeTheStart_NamingTheParameter()
    {
        var create = () => new DateRange(PartialDate.FromYear(2000), PartialDate.FromYear(1995));

        create.Should().Throw<ArgumentException>().WithParameterName("end");
    }

    [Fact]
    public void Constructor_AcceptsAnEndThatOverlapsTheStartAtCoarserPrecision()
    {
        var range = new DateRange(PartialDate.FromYearMonth(1996, 3), PartialDate.FromYear(1996));

        range.ToString().Should().Be("1996-03/1996");
    }

    [Fact]
    public void Constructor_RejectsAnOpenEndThatAlsoHasADate()
    {
        var create = () => new DateRange(null, PartialDate.FromYear(2000), isEndOpen: true);

        create.Should().Throw<ArgumentException>().WithParameterName("isEndOpen");
    }
}
