using NodaTime;

namespace BorderCoop.Tests.Time;

public sealed class FiscalYearTests
{
    [Fact]
    public void FiscalYear1997_RunsFromOctober1996ToSeptember1997()
    {
        var fy = new FiscalYear(1997);

        fy.Start.Should().Be(new LocalDate(1996, 10, 1));
        fy.End.Should().Be(new LocalDate(1997, 9, 30));
        fy.ToDateInterval().Length.Should().Be(365);
    }

    [Theory]
    [InlineData(1996, 9, 30, 1996)]
    [InlineData(1996, 10, 1, 1997)]
    [InlineData(1997, 9, 30, 1997)]
    [InlineData(1997, 10, 1, 1998)]
    public void Containing_SwitchesYearOnTheFirstOfOctober(int year, int month, int day, int expected)
    {
        var date = new LocalDate(year, month, day);

        FiscalYear.Containing(date).Should().Be(new FiscalYear(expected));
        new FiscalYear(expected).Contains(date).Should().BeTrue();
        new FiscalYear(expected + 1).Contains(date).Should().BeFalse();
    }

    [Theory]
    [InlineData("FY2011", 2011)]
    public void Parse_ReadsTheFyForm(string text, int year)
    {
        FiscalYear.Parse(text).Year.Should().Be(year);
    }

    [Theory]
    [InlineData("2011")]
    [InlineData("FY11")]
    [InlineData("FY 2011")]
    [InlineData("FY0001")]
    [InlineData("fy2011")]
    [InlineData("Fy2011")]
    [InlineData("FY2011 ")]
    [InlineData("FY٢٠١١")]
    public void Parse_RejectsOtherForms(string text)
    {
        var parse = () => FiscalYear.Parse(text);

        parse.Should().Throw<FormatException>();
    }

    [Fact]
    public void Ordering_FollowsTheYear()
    {
        (new FiscalYear(2006) < new FiscalYear(2011)).Should().BeTrue();
        new FiscalYear(2011).ToString().Should().Be("FY2011");
    }
}
