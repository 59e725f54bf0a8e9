namespace BorderCoop.Cli.Export;

/// <summary>
/// One table of the export: its name (the file is <c>{name}.csv</c> or <c>{name}.parquet</c>), its columns with their
/// types and keys, and its rows, as typed values (<see cref="Values"/>) and as cell text ready to write (<see cref="Rows"/>).
/// </summary>
/// <remarks>
/// The rows are produced on demand, in dataset order, each time <see cref="Rows"/> is enumerated, so the same dataset
/// always gives the same rows in the same order. Each row has exactly one cell per field; null is a missing value.
/// A value is of the CLR type its field's <see cref="FieldType"/> names.
/// </remarks>
internal sealed class ExportTable
{
    /// <summary>A table with these columns, keys and rows.</summary>
    /// <param name="name">The table and file name, kebab-case (<c>extradition-cases</c>).</param>
    /// <param name="description">What one row is.</param>
    /// <param name="fields">The columns, in order.</param>
    /// <param name="primaryKey">The columns whose values together are unique in every row.</param>
    /// <param name="foreignKeys">The columns that refer to other tables.</param>
    /// <param name="values">The rows, one typed value per field.</param>
    public ExportTable(
        string name,
        string description,
        IReadOnlyList<TableField> fields,
        IReadOnlyList<string> primaryKey,
        IReadOnlyList<TableForeignKey> foreignKeys,
        IEnumerable<IReadOnlyList<object?>> values)
    {
        Name = name;
        Description = description;
        Fields = fields;
        PrimaryKey = primaryKey;
        ForeignKeys = foreignKeys;
        Values = values;
    }

    /// <summary>The table name, kebab-case, also the data package resource name.</summary>
    public string Name { get; }

    /// <summary>The file name in the export directory: <c>{name}.csv</c>.</summary>
    public string FileName => Name + ".csv";

    /// <summary>What one row is.</summary>
    public string Description { get; }

    /// <summary>The columns, in header order.</summary>
    public IReadOnlyList<TableField> Fields { get; }

    /// <summary>The columns whose values together identify a row.</summary>
    public IReadOnlyList<string> PrimaryKey { get; }

    /// <summary>The columns that refer to rows of other tables.</summary>
    public IReadOnlyList<TableForeignKey> ForeignKeys { get; }

    /// <summary>The rows as typed values, in dataset order; each enumeration produces them again.</summary>
    public IEnumerable<IReadOnlyList<object?>> Values { get; }

    /// <summary>The rows as cell text (<see cref="CellText.Format"/>), in dataset order; each enumeration produces them again.</summary>
    public IEnumerable<IReadOnlyList<string?>> Rows => Values.Select(IReadOnlyList<string?> (row) => [.. row.Select(CellText.Format)]);

    /// <summary>The name.</summary>
    /// <returns>The table name.</returns>
    public override string ToString() => Name;
}
