namespace BorderCoop.Cli.Export;

/// <summary>
/// One table of the CSV export: its name (the file is <c>{name}.csv</c>), its columns with their types and keys, and
/// its rows as cell text ready to write.
/// </summary>
/// <remarks>
/// The rows are produced on demand, in dataset order, each time <see cref="Rows"/> is enumerated, so the same dataset
/// always gives the same rows in the same order. Each row has exactly one cell per field; null is a missing value.
/// </remarks>
internal sealed class ExportTable
{
    /// <summary>A table with these columns, keys and rows.</summary>
    /// <param name="name">The table and file name, kebab-case (<c>extradition-cases</c>).</param>
    /// <param name="description">What one row is.</param>
    /// <param name="fields">The columns, in order.</param>
    /// <param name="primaryKey">The columns whose values together are unique in every row.</param>
    /// <param name="foreignKeys">The columns that refer to other tables.</param>
    /// <param name="rows">The rows, one cell per field.</param>
    public ExportTable(
        string name,
        string description,
        IReadOnlyList<TableField> fields,
        IReadOnlyList<string> primaryKey,
        IReadOnlyList<TableForeignKey> foreignKeys,
        IEnumerable<IReadOnlyList<string?>> rows)
    {
        Name = name;
        Description = description;
        Fields = fields;
        PrimaryKey = primaryKey;
        ForeignKeys = foreignKeys;
        Rows = rows;
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

    /// <summary>The rows, in dataset order; each enumeration produces them again.</summary>
    public IEnumerable<IReadOnlyList<string?>> Rows { get; }

    /// <summary>The name.</summary>
    /// <returns>The table name.</returns>
    public override string ToString() => Name;
}
