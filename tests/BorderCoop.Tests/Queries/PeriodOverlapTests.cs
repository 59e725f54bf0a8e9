using NodaTime;

namespace BorderCoop.Tests.Queries;

public sealed class PeriodOverlapTests
{
    private static readonly DateInterval Year2000 = new(new LocalDate(2000, 1, 1), new LocalDate(2000, 12, 31));

    [Theory]
    [InlineData("1995/2000", DateCertainty.Certain)]
    [InlineData("2000-06", DateCertainty.Certain)]
    [InlineData("../2000", DateCertainty.Certain)]
    [InlineData("/2000", DateCertainty.Uncertain)]
    [InlineData("1999/", DateCertainty.Uncertain)]
    [InlineData("1999/..", DateCertainty.Uncertain)]
    [InlineData("2000~", DateCertainty.Uncertain)]
    [InlineData("1999/2000-06~", DateCertainty.Uncertain)]
    public void Of_SaysHowSurelyAPeriodOverlapsTheYear2000(string period, DateCertainty expected)
    {
        PeriodOverlap.Of(DateRange.Parse(period), Year2000).Should().Be(expected);
    }

    [Theory]
    [InlineData("1995/1999")]
    [InlineData("../1999-12")]
    [InlineData("2001/")]
    [InlineData("2001-01-01/..")]
    public void Of_IsNullWhenThePeriodSurelyMissesTheYear2000(string period)
    {
        PeriodOverlap.Of(DateRange.Parse(period), Year2000).Should().BeNull();
    }
}
