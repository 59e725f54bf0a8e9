using System.Globalization;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace BorderCoop.Cli.Export;

/// <summary>
/// Writes <see cref="ExportTable"/>s as Parquet files, one per table, each column of the Parquet type its
/// <see cref="FieldType"/> names: text <c>STRING</c>, whole numbers <c>INT32</c>, numbers
/// <c>DECIMAL(<see cref="Precision"/>, <see cref="Scale"/>)</c>, dates <c>DATE</c>, lists of text
/// <c>LIST&lt;STRING&gt;</c>.
/// </summary>
/// <remarks>
/// <para>A column is nullable unless its field is <see cref="TableField.Required"/>; a list column is never null (an empty
/// list when there are no items), and its items are never null. Text is written verbatim: no spreadsheet
/// neutralisation, which only CSV needs.</para>
/// <para>Each file holds one row group with every row, Snappy-compressed. Only the low-level schema and column writer of
/// Parquet.Net is used (its class serializer needs reflection that NativeAOT cannot keep). Nothing depends on the clock,
/// the culture or the platform: the file's <c>created_by</c> is Parquet.Net's fixed name and version, so the same dataset
/// gives byte-identical files on every run.</para>
/// </remarks>
internal static class ParquetExport
{
    /// <summary>
    /// The total digits of every <see cref="FieldType.Number"/> column: 38, the most Parquet readers (Spark, DuckDB,
    /// Arrow) take as a 128-bit decimal.
    /// </summary>
    /// <remarks>
    /// With <see cref="Scale"/> 9 it leaves 29 digits before the point, as many as a <see cref="decimal"/> can have, so
    /// every amount and count the data can hold fits whole; a value with more than 9 decimals is refused (an
    /// <see cref="IOException"/>, exit code 3) rather than rounded.
    /// </remarks>
    public const int Precision = 38;

    /// <summary>The digits after the point of every <see cref="FieldType.Number"/> column: 9 (fractions such as 0.5 or 2.75 kept exactly).</summary>
    public const int Scale = 9;

    /// <summary>The file name of <paramref name="table"/>: <c>{name}.parquet</c>.</summary>
    public static string FileName(ExportTable table) => table.Name + ".parquet";

    /// <summary>Writes every table to <c>{directory}/{name}.parquet</c>, replacing files of the same name.</summary>
    /// <param name="tables">The tables.</param>
    /// <param name="directory">An existing directory.</param>
    /// <exception cref="IOException">A file could not be written, or a number has more than <see cref="Scale"/> decimals.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory or a file is not writable.</exception>
    public static void WriteAll(IEnumerable<ExportTable> tables, DirectoryInfo directory)
    {
        foreach (var table in tables)
        {
            using var stream = new FileStream(Path.Combine(directory.FullName, FileName(table)), FileMode.Create, FileAccess.ReadWrite, FileShare.None);
            Write(table, stream);
        }
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="stream"/> (writable and seekable), which is left open.</summary>
    /// <exception cref="IOException">A number has more than <see cref="Scale"/> decimals, so the file cannot hold it exactly.</exception>
    public static void Write(ExportTable table, Stream stream) => WriteAsync(table, stream).GetAwaiter().GetResult();

    /// <summary>The Parquet field of <paramref name="field"/>.</summary>
    public static Field FieldOf(TableField field) => field.Type switch
    {
        FieldType.Integer => new DataField<int>(field.Name, !field.Required),
        FieldType.Number => new DecimalDataField(field.Name, Precision, Scale, forceByteArrayEncoding: false, isNullable: !field.Required),
        FieldType.Date => new DataField<DateOnly>(field.Name, !field.Required),
        FieldType.TextList => new ListField(field.Name, new DataField<string>(ListField.ElementName, false)),
        _ => new DataField<string>(field.Name, !field.Required),
    };

    private static async Task WriteAsync(ExportTable table, Stream stream)
    {
        var fields = table.Fields.Select(FieldOf).ToArray();
        var schema = new ParquetSchema(fields);
        var rows = table.Values.ToList();
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, options).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            var column = c;
            switch (table.Fields[c].Type)
            {
                case FieldType.Integer:
                    await group.WriteAsync((DataField)fields[c], Column(rows, row => (int?)row[column])).ConfigureAwait(false);
                    break;
                case FieldType.Number:
                    await group.WriteAsync((DataField)fields[c], Column(rows, row => Checked((decimal?)row[column], table.Fields[column]))).ConfigureAwait(false);
                    break;
                case FieldType.Date:
                    await group.WriteAsync((DataField)fields[c], Column(rows, row => row[column] is LocalDate date ? date.ToDateOnly() : (DateOnly?)null)).ConfigureAwait(false);
                    break;
                case FieldType.TextList:
                    await WriteListAsync(group, (ListField)fields[c], rows.Select(row => (IReadOnlyList<string>)row[column]!)).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync((DataField)fields[c], rows.Select(row => (string?)row[column]).ToArray()!).ConfigureAwait(false);
                    break;
            }
        }
    }

    private static ReadOnlyMemory<T?> Column<T>(List<IReadOnlyList<object?>> rows, Func<IReadOnlyList<object?>, T?> value)
        where T : struct =>
        rows.Select(value).ToArray();

    private static decimal? Checked(decimal? value, TableField field) =>
        value is { } number && number.Scale > Scale && decimal.Round(number, Scale) != number
            ? throw new IOException(string.Create(CultureInfo.InvariantCulture, $"cannot write {field.Name} {number} to Parquet exactly: it has more than {Scale} decimals (DECIMAL({Precision}, {Scale}))."))
            : value;

    /// <summary>
    /// Writes a list column with its levels spelled out: an empty list has the definition level of a present list with no
    /// item, each item the full level; the first item of a row repetition level 0, the others 1.
    /// </summary>
    private static async Task WriteListAsync(ParquetRowGroupWriter group, ListField field, IEnumerable<IReadOnlyList<string>> lists)
    {
        var item = (DataField)field.Item;
        var values = new List<ReadOnlyMemory<char>>();
        var definitions = new List<int>();
        var repetitions = new List<int>();
        foreach (var list in lists)
        {
            if (list.Count == 0)
            {
                definitions.Add(item.MaxDefinitionLevel - 1);
                repetitions.Add(0);
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                values.Add(list[i].AsMemory());
                definitions.Add(item.MaxDefinitionLevel);
                repetitions.Add(i == 0 ? 0 : item.MaxRepetitionLevel);
            }
        }

        await group.WriteAllPartsAsync<ReadOnlyMemory<char>>(item, values.ToArray(), definitions.ToArray(), repetitions.ToArray(), CancellationToken.None).ConfigureAwait(false);
    }
}
