using System.Text.Json.Serialization;
using System.Globalization;

namespace BorderCoop;

/// <summary>
/// A non-negative number as a source states it, with its qualifier and unit: "at least 136 persons",
/// "more than 35,000 people", "around 70".
/// </summary>
/// <remarks>
/// Two quantities are equal when value, qualifier and unit are equal (unit compared ordinally).
/// The qualifier is what makes the number honest: see <see cref="Admits"/>.
/// </remarks>
public sealed record Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="value">The stated number; never negative.</param>
    /// <param name="qualifier">How the source bounds the number.</param>
    /// <param name="unit">What is counted or measured ("persons", "firearms", "pounds"), or null when the source gives no unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, or <paramref name="qualifier"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is empty or blank, or holds a control character other than tab and line breaks.</exception>
    [JsonConstructor]
    public Quantity(decimal value, QuantityQualifier qualifier, string? unit = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (!Enum.IsDefined(qualifier))
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown quantity qualifier.");
        }

        Value = value;
        Qualifier = qualifier;
        Unit = Guard.OptionalText(unit, nameof(unit));
    }

    /// <summary>The stated number.</summary>
    public decimal Value { get; }

    /// <summary>How the source bounds the number.</summary>
    public QuantityQualifier Qualifier { get; }

    /// <summary>What is counted or measured, or <see langword="null"/> when the source gives no unit.</summary>
    public string? Unit { get; }

    /// <summary>Whether a true value of <paramref name="candidate"/> is consistent with what the source says.</summary>
    /// <param name="candidate">A possible true value.</param>
    /// <returns>
    /// <see langword="true"/> or <see langword="false"/> for exact, at least, more than and up to (up to admits
    /// zero through the value); <see langword="null"/> for <see cref="QuantityQualifier.About"/> when the candidate
    /// differs from the value, because "around 70" states no bound that would rule 65 in or out.
    /// </returns>
    public bool? Admits(decimal candidate) => Qualifier switch
    {
        QuantityQualifier.Exact => candidate == Value,
        QuantityQualifier.AtLeast => candidate >= Value,
        QuantityQualifier.MoreThan => candidate > Value,
        QuantityQualifier.UpTo => candidate >= 0 && candidate <= Value,
        _ => candidate == Value ? true : null,
    };

    /// <summary>A readable form such as "at least 136 persons" or "about 70".</summary>
    /// <returns>The qualifier, the number with thousands separators, and the unit.</returns>
    public override string ToString()
    {
        var prefix = Qualifier switch
        {
            QuantityQualifier.AtLeast => "at least ",
            QuantityQualifier.MoreThan => "more than ",
            QuantityQualifier.About => "about ",
            QuantityQualifier.UpTo => "up to ",
            _ => string.Empty,
        };
        var number = Value.ToString("#,0.###", CultureInfo.InvariantCulture);
        return Unit is null ? prefix + number : $"{prefix}{number} {Unit}";
    }
}
