namespace BorderCoop.Cli.Export;

/// <summary>The Table Schema type of an exported column, which decides how its cells are written and read.</summary>
/// <remarks>
/// Only <see cref="String"/> cells are neutralised against formula injection (<see cref="CsvWriter.Neutralise"/>);
/// cells of the other types are canonical invariant text that never starts with a formula character.
/// </remarks>
internal enum FieldType
{
    /// <summary>Text, verbatim (Table Schema <c>string</c>).</summary>
    String = 0,

    /// <summary>A whole number in invariant digits, such as a position in a list or a fiscal year (<c>integer</c>).</summary>
    Integer = 1,

    /// <summary>A decimal number with <c>.</c> as the decimal point, no exponent and no grouping (<c>number</c>).</summary>
    Number = 2,

    /// <summary>An ISO calendar date, <c>yyyy-MM-dd</c> (<c>date</c>).</summary>
    Date = 3,
}
