namespace BorderCoop.Tests.Quantities;

public sealed class QuantityTests
{
    [Theory]
    [InlineData(QuantityQualifier.Exact, 61, true)]
    [InlineData(QuantityQualifier.Exact, 62, false)]
    [InlineData(QuantityQualifier.AtLeast, 61, true)]
    [InlineData(QuantityQualifier.AtLeast, 60, false)]
    [InlineData(QuantityQualifier.MoreThan, 61, false)]
    [InlineData(QuantityQualifier.MoreThan, 62, true)]
    [InlineData(QuantityQualifier.UpTo, 61, true)]
    [InlineData(QuantityQualifier.UpTo, 0, true)]
    [InlineData(QuantityQualifier.UpTo, 62, false)]
    public void Admits_FollowsTheQualifier(QuantityQualifier qualifier, int candidate, bool expected)
    {
        new Quantity(61, qualifier).Admits(candidate).Should().Be(expected);
    }

    [Fact]
    public void Admits_IsUnknownForAboutExceptAtTheStatedValue()
    {
        var around70 = new Quantity(70, QuantityQualifier.About);

        around70.Admits(70).Should().BeTrue();
        around70.Admits(65).Should().BeNull("'around 70' states no bound that rules 65 in or out");
    }

    [Fact]
    public void Constructor_RejectsNegativeValues_NamingTheParameter()
    {
        var create = () => new Quantity(-1, QuantityQualifier.Exact);

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }

    [Fact]
    public void Constructor_RejectsUndefinedQualifiersAndBlankUnits()
    {
        ((Action)(() => _ = new Quantity(1, (QuantityQualifier)42))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("qualifier");
        ((Action)(() => _ = new Quantity(1, QuantityQualifier.Exact, " "))).Should().Throw<ArgumentException>().WithParameterName("unit");
    }

    [Fact]
    public void ToString_SaysTheQualifierInWords()
    {
        new Quantity(136, QuantityQualifier.AtLeast, "persons").ToString().Should().Be("at least 136 persons");
        new Quantity(2600, QuantityQualifier.MoreThan, "persons").ToString().Should().Be("more than 2,600 persons");
        new Quantity(70, QuantityQualifier.About).ToString().Should().Be("about 70");
    }
}
