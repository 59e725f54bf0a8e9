namespace BorderCoop.Tests.Quantities;

public sealed class MoneyTests
{
    [Fact]
    public void Constructor_RejectsNegativeAmounts_NamingTheParameter()
    {
        var create = () => new Money(-0.01m, "USD");

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount");
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDD")]
    [InlineData("U$D")]
    public void Constructor_RejectsCurrenciesThatAreNotIso4217Codes(string currency)
    {
        var create = () => new Money(1, currency);

        create.Should().Throw<ArgumentException>().WithParameterName("currency");
    }

    [Fact]
    public void Equality_IgnoresTheDecimalScale()
    {
        new Money(20_000_000m, "USD").Should().Be(new Money(20_000_000.00m, "USD"));
        new Money(20_000_000m, "USD").GetHashCode().Should().Be(new Money(20_000_000.00m, "USD").GetHashCode());
        new Money(1, "USD").Should().NotBe(new Money(1, "MXN"));
    }

    [Fact]
    public void ToString_ShowsCurrencyAndGroupedAmount()
    {
        new Money(18_300_000m, "USD").ToString().Should().Be("USD 18,300,000");
    }
}
