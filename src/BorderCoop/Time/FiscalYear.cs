using System.Text.Json.Serialization;
using BorderCoop.Serialization;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace BorderCoop;

/// <summary>
/// A U.S. federal fiscal year, named for the calendar year in which it ends: FY1997 runs from
/// 1996-10-01 to 1997-09-30.
/// </summary>
/// <remarks>Two fiscal years are equal when their numbers are equal; they order by number.</remarks>
[JsonConverter(typeof(TextFormJsonConverter<FiscalYear>))]
public sealed record FiscalYear : IComparable<FiscalYear>
{
    /// <summary>Creates the fiscal year that ends on 30 September of <paramref name="year"/>.</summary>
    /// <param name="year">The fiscal year's number, 2 to 9999 (it starts in the previous calendar year).</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 2 to 9999.</exception>
    public FiscalYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, PartialDate.MaximumYear);
        Year = year;
    }

    /// <summary>The fiscal year's number: the calendar year in which it ends.</summary>
    public int Year { get; }

    /// <summary>The first day, 1 October of the previous calendar year.</summary>
    public LocalDate Start => new(Year - 1, 10, 1);

    /// <summary>The last day, 30 September of <see cref="Year"/>.</summary>
    public LocalDate End => new(Year, 9, 30);

    /// <summary>The fiscal year that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any ISO date.</param>
    /// <returns>FY(year + 1) for dates from 1 October on, FY(year) before.</returns>
    public static FiscalYear Containing(LocalDate date) => new(date.Month >= 10 ? date.Year + 1 : date.Year);

    /// <summary>Parses <c>FY1997</c> (case-insensitive prefix, four digits).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The fiscal year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not of the form <c>FY</c> followed by four digits.</exception>
    public static FiscalYear Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result) ? result : throw new FormatException($"'{text}' is not a fiscal year: expected FY followed by four digits, as in FY1997.");
    }

    /// <summary>Tries to parse <c>FY1997</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The fiscal year, when parsing succeeds.</param>
    /// <returns>Whether the text was a valid fiscal year.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out FiscalYear? result)
    {
        result = null;
        if (text is null || !Serialization.TextPatterns.IsFiscalYear(text))
        {
            return false;
        }

        var year = int.Parse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture);
        result = new FiscalYear(year);
        return true;
    }

    /// <summary>The days of the fiscal year, 1 October to 30 September inclusive.</summary>
    /// <returns>The closed interval.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Whether <paramref name="date"/> falls within this fiscal year.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns><see langword="true"/> from 1 October of the previous year to 30 September inclusive.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Orders by fiscal-year number; null sorts first.</summary>
    /// <param name="other">The fiscal year to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(FiscalYear? other) => other is null ? 1 : Year.CompareTo(other.Year);

    /// <summary>Whether <paramref name="left"/> is an earlier fiscal year than <paramref name="right"/>.</summary>
    /// <param name="left">The first fiscal year.</param>
    /// <param name="right">The second fiscal year.</param>
    /// <returns>The comparison result; null sorts first.</returns>
    public static bool operator <(FiscalYear? left, FiscalYear? right) => NullableOrder.Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> is a later fiscal year than <paramref name="right"/>.</summary>
    /// <param name="left">The first fiscal year.</param>
    /// <param name="right">The second fiscal year.</param>
    /// <returns>The comparison result; null sorts first.</returns>
    public static bool operator >(FiscalYear? left, FiscalYear? right) => NullableOrder.Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> is the same as or earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first fiscal year.</param>
    /// <param name="right">The second fiscal year.</param>
    /// <returns>The comparison result; null sorts first.</returns>
    public static bool operator <=(FiscalYear? left, FiscalYear? right) => NullableOrder.Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> is the same as or later than <paramref name="right"/>.</summary>
    /// <param name="left">The first fiscal year.</param>
    /// <param name="right">The second fiscal year.</param>
    /// <returns>The comparison result; null sorts first.</returns>
    public static bool operator >=(FiscalYear? left, FiscalYear? right) => NullableOrder.Compare(left, right) >= 0;

    /// <summary>The form <c>FY1997</c>.</summary>
    /// <returns>The text form, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"FY{Year:D4}");
}
