using System.Text.Json.Serialization;
using System.Globalization;

namespace BorderCoop;

/// <summary>A non-negative amount of money in an ISO 4217 currency ("USD 20,000,000").</summary>
/// <remarks>Two amounts are equal when amount and currency code are equal; 20000000 and 20000000.00 are equal.</remarks>
public sealed record Money
{
    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount in whole currency units; never negative.</param>
    /// <param name="currency">The ISO 4217 code: three upper-case letters such as <c>USD</c> or <c>MXN</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three upper-case ASCII letters.</exception>
    [JsonConstructor]
    public Money(decimal amount, string currency)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        ArgumentNullException.ThrowIfNull(currency);
        if (!Serialization.TextPatterns.IsCurrency(currency))
        {
            throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code (three upper-case letters).", nameof(currency));
        }

        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount in whole currency units (20 million dollars is 20000000).</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 currency code.</summary>
    public string Currency { get; }

    /// <summary>A readable form such as "USD 20,000,000".</summary>
    /// <returns>The currency code and the amount with thousands separators.</returns>
    public override string ToString() => $"{Currency} {Amount.ToString("#,0.##", CultureInfo.InvariantCulture)}";
}
