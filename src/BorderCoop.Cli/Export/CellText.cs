using System.Globalization;
using NodaTime;

namespace BorderCoop.Cli.Export;

/// <summary>
/// The canonical text of typed cells: culture-invariant, so the export is the same on every machine, and in the forms
/// that spreadsheets, R, pandas, DuckDB and the Table Schema types read without options.
/// </summary>
internal static class CellText
{
    /// <summary>
    /// What joins the items of a list of plain text (aliases, places, charges) in one cell: space, vertical bar, space.
    /// </summary>
    /// <remarks>
    /// Split a cell on this exact string to get the items back. No item of the curated data contains it; an item of
    /// user data that did would be split wrongly, so the JSON export stays the lossless form.
    /// </remarks>
    public const string ListSeparator = " | ";

    /// <summary>An ISO date, <c>yyyy-MM-dd</c> (four-digit year, even before 1000).</summary>
    public static string Of(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    /// <summary>A decimal in plain notation with <c>.</c> as the decimal point: never an exponent, never grouping.</summary>
    /// <remarks>The scale the data gives is kept (<c>20000000</c>, <c>0.5</c>); the value is never rounded.</remarks>
    public static string Of(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A whole number in invariant digits.</summary>
    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The cell text of a value of <see cref="ExportTable.Values"/>: null for null, text as it is, the other types in
    /// their canonical forms above, a list of text joined (<see cref="Join"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The value is of no <see cref="FieldType"/> (a defect in a table definition).</exception>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        int number => Of(number),
        decimal number => Of(number),
        LocalDate date => Of(date),
        IReadOnlyList<string> items => Join(items),
        _ => throw new ArgumentException($"An export cell cannot hold a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>The items joined with <see cref="ListSeparator"/>; null (an empty cell) for an empty list.</summary>
    public static string? Join(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(ListSeparator, items);
}
