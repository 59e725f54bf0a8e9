namespace BorderCoop.Cli.Export;

/// <summary>
/// Describes an <see cref="ExportTable"/> column by column, each column with the function that reads its cell from a
/// row, so the header, the Table Schema and the cells can never disagree.
/// </summary>
/// <remarks>
/// <para>The typed helpers apply the export's conventions in one place:</para>
/// <list type="bullet">
/// <item><see cref="Date"/>: a date becomes <c>{name}_first_day</c> and <c>{name}_last_day</c> (the first and last day
/// it can be, ISO, so that a range filter can be written either way round without reading the precision),
/// <c>{name}_precision</c> (<c>day</c>, <c>month</c>, <c>year</c>) and <c>{name}_edtf</c> (the exact EDTF, <c>~</c>
/// included).</item>
/// <item><see cref="Period"/>: the same four for <c>{name}_start</c> and <c>{name}_end</c>, each with a <c>_kind</c>
/// column (<c>known</c>, <c>unknown</c>, <c>open</c>).</item>
/// <item><see cref="Money"/>: <c>amount</c> and <c>currency</c>; <see cref="Quantity"/>: <c>{name}</c>,
/// <c>{name}_qualifier</c> and <c>{name}_unit</c>.</item>
/// <item><see cref="Reference"/>: a column with a foreign key to the referenced table's id.</item>
/// <item><see cref="Text"/> and <see cref="TextList"/>: the description ends with how to undo the spreadsheet
/// neutralisation (<see cref="CsvWriter.RestoreRule"/>).</item>
/// </list>
/// <para>Each column's type is set here, by what it holds, never by the values of one table: a <c>_first_day</c> or
/// <c>_last_day</c> is a <see cref="FieldType.Date"/> and an <c>_edtf</c> a <see cref="FieldType.String"/> in every table,
/// a fiscal year an <see cref="FieldType.Integer"/>, so a loader that follows the schema gets the same types
/// everywhere (one that guesses from the values does not).</para>
/// <para>When a date, period, amount or quantity is absent, all its columns are empty.</para>
/// </remarks>
/// <typeparam name="TRow">What one row is made from: a record, or an item of a record's list.</typeparam>
internal sealed class TableBuilder<TRow>
{
    private readonly string name;
    private readonly string description;
    private readonly List<TableField> fields = [];
    private readonly List<Func<TRow, object?>> cells = [];
    private readonly List<TableForeignKey> foreignKeys = [];
    private string[] primaryKey = [];

    /// <summary>Starts a table.</summary>
    /// <param name="name">The table name, kebab-case.</param>
    /// <param name="description">What one row is.</param>
    public TableBuilder(string name, string description)
    {
        this.name = name;
        this.description = description;
    }

    /// <summary>Adds the <c>id</c> column, required, and makes it the primary key.</summary>
    public TableBuilder<TRow> Id(string description, Func<TRow, string> id)
    {
        primaryKey = ["id"];
        return Add(new TableField("id", FieldType.String, description, Required: true), id);
    }

    /// <summary>Adds a text column; its description says how to undo the spreadsheet neutralisation (<see cref="CsvWriter.RestoreRule"/>).</summary>
    public TableBuilder<TRow> Text(string name, string description, Func<TRow, string?> cell, bool required = false) =>
        Add(new TableField(name, FieldType.String, $"{description} {CsvWriter.RestoreRule}", required), cell);

    /// <summary>Adds a column of plain-text items joined with <see cref="CellText.ListSeparator"/>; empty for an empty list.</summary>
    public TableBuilder<TRow> TextList(string name, string description, Func<TRow, IReadOnlyList<string>> cell) =>
        Add(new TableField(name, FieldType.TextList, $"{description} Items are separated by '{CellText.ListSeparator}'. {CsvWriter.RestoreRule}", Required: false), row => cell(row));

    /// <summary>Adds a whole-number column.</summary>
    public TableBuilder<TRow> Integer(string name, string description, Func<TRow, int?> cell, bool required = false) =>
        Add(new TableField(name, FieldType.Integer, description, required), row => cell(row));

    /// <summary>Adds a required column of an enumeration, written in kebab-case as in the JSON, its values listed in the schema.</summary>
    public TableBuilder<TRow> Choice<TEnum>(string name, string description, Func<TRow, TEnum> cell)
        where TEnum : struct, Enum =>
        Add(new TableField(name, FieldType.String, description, Required: true, KebabNames<TEnum>.All), row => KebabNames<TEnum>.Of(cell(row)));

    /// <summary>Adds an optional column holding one value of <typeparamref name="TEnum"/>, empty when the record has none.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="description">What the value says.</param>
    /// <param name="cell">The value, or null.</param>
    public TableBuilder<TRow> OptionalChoice<TEnum>(string name, string description, Func<TRow, TEnum?> cell)
        where TEnum : struct, Enum =>
        Add(new TableField(name, FieldType.String, description, Required: false, KebabNames<TEnum>.All), row => cell(row) is { } value ? KebabNames<TEnum>.Of(value) : null);

    /// <summary>Adds a column holding the id of a row of <paramref name="resource"/>, with a foreign key to its <c>id</c>.</summary>
    /// <param name="name">The column name, ending in <c>_id</c>.</param>
    /// <param name="description">What is referred to.</param>
    /// <param name="cell">The id, or null when there is no reference.</param>
    /// <param name="resource">The referenced table; <c>records</c> when the id may be of any family.</param>
    /// <param name="required">Whether every row refers to something.</param>
    public TableBuilder<TRow> Reference(string name, string description, Func<TRow, string?> cell, string resource, bool required = false)
    {
        foreignKeys.Add(new TableForeignKey(name, resource, "id"));
        return Add(new TableField(name, FieldType.String, description, required), cell);
    }

    /// <summary>Adds the four columns of a partial date (see the remarks on <see cref="TableBuilder{TRow}"/>).</summary>
    /// <param name="name">The column prefix, such as <c>signed</c>.</param>
    /// <param name="what">What the date is, for the descriptions ("When it was signed").</param>
    /// <param name="cell">The date, or null when the sources give none.</param>
    public TableBuilder<TRow> Date(string name, string what, Func<TRow, PartialDate?> cell)
    {
        Add(new TableField($"{name}_first_day", FieldType.Date, $"{what}: the first day it can be (1 January or the 1st of the month when only the year or month is known); read it with {name}_precision; empty for a bound with no earliest day ([..2007-01]).", Required: false),
            row => cell(row) is { } date && date.Qualifier != DateQualifier.OnOrBefore ? date.Start : null);
        Add(new TableField($"{name}_last_day", FieldType.Date, $"{what}: the last day it can be (31 December or the end of the month when only the year or month is known); equal to {name}_first_day when the day is known; empty for a bound with no latest day ([2003..]).", Required: false),
            row => cell(row) is { } date && date.Qualifier != DateQualifier.OnOrAfter ? date.End : null);
        Add(new TableField($"{name}_precision", FieldType.String, $"{what}: how much the sources state (day, month or year).", Required: false, KebabNames<DatePrecision>.All),
            row => cell(row) is { } date ? KebabNames<DatePrecision>.Of(date.Precision) : null);
        return Add(new TableField($"{name}_edtf", FieldType.String, $"{what}, in EDTF exactly as in the JSON data (1996, 1996-03, 1996-01-14; a trailing ~ marks it approximate; [..2007-01] on or before, [2003..] on or after). Text in every table, never a date: a column of it may hold only full days, but its values are EDTF of any precision; filter and sort on {name}_first_day and {name}_last_day.", Required: false),
            row => cell(row)?.ToString());
    }

    /// <summary>Adds the ten columns of a period: the date columns and the bound kind of its start and of its end.</summary>
    /// <param name="name">The column prefix, such as <c>period</c>.</param>
    /// <param name="what">What the period is, for the descriptions ("The program's period").</param>
    /// <param name="cell">The period, or null when the sources give none.</param>
    public TableBuilder<TRow> Period(string name, string what, Func<TRow, DateRange?> cell)
    {
        Bound($"{name}_start", $"{what}, start", row => cell(row) is { } range ? (range.Start, range.StartKind) : null);
        return Bound($"{name}_end", $"{what}, end", row => cell(row) is { } range ? (range.End, range.EndKind) : null);
    }

    /// <summary>Adds the required <c>amount</c> (number) and <c>currency</c> (ISO 4217) columns of an amount of money.</summary>
    public TableBuilder<TRow> Money(string what, Func<TRow, Money> cell)
    {
        Add(new TableField("amount", FieldType.Number, $"{what}, in whole units of the currency.", Required: true), row => cell(row).Amount);
        return Add(new TableField("currency", FieldType.String, "The ISO 4217 currency code of the amount.", Required: true), row => cell(row).Currency);
    }

    /// <summary>Adds the required <c>{name}</c> (number) and <c>{name}_qualifier</c> columns and the optional <c>{name}_unit</c> of a quantity.</summary>
    public TableBuilder<TRow> Quantity(string name, string what, Func<TRow, Quantity> cell)
    {
        Add(new TableField(name, FieldType.Number, $"{what}: the number as stated.", Required: true), row => cell(row).Value);
        Add(new TableField($"{name}_qualifier", FieldType.String, $"How the source bounds {name}.", Required: true, KebabNames<QuantityQualifier>.All),
            row => KebabNames<QuantityQualifier>.Of(cell(row).Qualifier));
        return Add(new TableField($"{name}_unit", FieldType.String, $"What {name} counts or measures, when the source says.", Required: false), row => cell(row).Unit);
    }

    /// <summary>Makes <paramref name="fields"/> together the primary key.</summary>
    public TableBuilder<TRow> Key(params string[] fields)
    {
        primaryKey = fields;
        return this;
    }

    /// <summary>The table over <paramref name="rows"/>.</summary>
    /// <exception cref="InvalidOperationException">Two columns share a name, or a key names a column that does not exist (a defect in a table definition).</exception>
    public ExportTable Build(IEnumerable<TRow> rows)
    {
        var names = fields.Select(f => f.Name).ToList();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new InvalidOperationException($"The table '{name}' has two columns with the same name.");
        }

        if (primaryKey.Length == 0 || primaryKey.Concat(foreignKeys.Select(k => k.Field)).Any(k => !names.Contains(k)))
        {
            throw new InvalidOperationException($"The table '{name}' has no primary key, or a key names a column it does not have.");
        }

        var readers = cells.ToArray();
        return new ExportTable(name, description, [.. fields], primaryKey, [.. foreignKeys], Cells(rows, readers));

        static IEnumerable<IReadOnlyList<object?>> Cells(IEnumerable<TRow> rows, Func<TRow, object?>[] readers)
        {
            foreach (var row in rows)
            {
                var cells = new object?[readers.Length];
                for (var i = 0; i < readers.Length; i++)
                {
                    cells[i] = readers[i](row);
                }

                yield return cells;
            }
        }
    }

    private TableBuilder<TRow> Bound(string name, string what, Func<TRow, (PartialDate? Date, DateBoundKind Kind)?> cell)
    {
        Date(name, what, row => cell(row)?.Date);
        return Add(new TableField($"{name}_kind", FieldType.String, $"{what}: known (dated), unknown (the sources do not say) or open (still running, or reaching back indefinitely).", Required: false, KebabNames<DateBoundKind>.All),
            row => cell(row) is { } bound ? KebabNames<DateBoundKind>.Of(bound.Kind) : null);
    }

    private TableBuilder<TRow> Add(TableField field, Func<TRow, object?> cell)
    {
        fields.Add(field);
        cells.Add(cell);
        return this;
    }
}
