using NodaTime;

namespace BorderCoop.Tests.Model;

public sealed class CountryCodeTests
{
    [Theory]
    [InlineData("mx", "MX")]
    [InlineData("Us", "US")]
    [InlineData("MX", "MX")]
    public void Parse_AnyCase_GivesUpperCase(string text, string expected)
    {
        CountryCode.Parse(text).Value.Should().Be(expected);
        ((CountryCode)text).Should().Be(CountryCode.Parse(expected));
    }

    [Theory]
    [InlineData("")]
    [InlineData("M")]
    [InlineData("MEX")]
    [InlineData("M1")]
    [InlineData("ñx")]
    public void Parse_RejectsWhatIsNotTwoLetters_NamingTheText(string text)
    {
        CountryCode.TryParse(text, out _).Should().BeFalse();
        FluentActions.Invoking(() => CountryCode.Parse(text)).Should().Throw<ArgumentException>().WithMessage($"*'{text}'*");
    }

    [Fact]
    public void Queries_TakeCodesInAnyCase()
    {
        var person = TestRecords.Person("x", "X Person");
        var northward = TestRecords.Case("north", person.Id, from: "MX", to: "US");
        var southward = TestRecords.Case("south", person.Id, from: "US", to: "MX");
        var figure = TestRecords.ExtraditionFigure("total-1995-2000", "1995/2000", 61, from: "MX", to: "US");
        var data = TestRecords.Data(person, northward, southward, figure);
        var period = new DateInterval(new LocalDate(1995, 1, 1), new LocalDate(2000, 12, 31));

        data.ExtraditionFiguresFor(period, "mx", "us").Select(m => m.Record).Should().Equal(figure);
        data.FindExtraditionCases("mx", "us").Should().Equal(northward);
        data.FindExtraditionCases(to: "mX").Should().Equal(southward);
    }
}
