namespace BorderCoop.Cli.Export;

/// <summary>The type of an exported column, which decides how its cells are written and read.</summary>
/// <remarks>
/// <para>Only <see cref="String"/> and <see cref="TextList"/> cells are neutralised against formula injection
/// (<see cref="CsvWriter.Neutralise"/>); cells of the other types are canonical invariant text that never starts with a
/// formula character.</para>
/// <para>Each type names the CLR type of the values in <see cref="ExportTable.Values"/> and the Parquet type of the
/// column (<see cref="ParquetExport"/>).</para>
/// </remarks>
internal enum FieldType
{
    /// <summary>Text, verbatim (Table Schema <c>string</c>): a <see cref="string"/>; Parquet <c>STRING</c>.</summary>
    String = 0,

    /// <summary>A whole number in invariant digits, such as a position in a list or a fiscal year (<c>integer</c>): an <see cref="int"/>; Parquet <c>INT32</c>.</summary>
    Integer = 1,

    /// <summary>A decimal number with <c>.</c> as the decimal point, no exponent and no grouping (<c>number</c>): a <see cref="decimal"/>; Parquet <c>DECIMAL</c> (see <see cref="ParquetExport.Precision"/>).</summary>
    Number = 2,

    /// <summary>An ISO calendar date, <c>yyyy-MM-dd</c> (<c>date</c>): a <see cref="NodaTime.LocalDate"/>; Parquet <c>DATE</c>.</summary>
    Date = 3,

    /// <summary>
    /// Items of plain text: an <see cref="IReadOnlyList{T}"/> of <see cref="string"/>, never null (empty when there are
    /// none). In CSV one cell, the items joined with <see cref="CellText.ListSeparator"/> and empty for no items (Table
    /// Schema <c>string</c>); in Parquet <c>LIST&lt;STRING&gt;</c>.
    /// </summary>
    TextList = 4,
}
