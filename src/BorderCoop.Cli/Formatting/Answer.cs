using System.Text.Json;
using BorderCoop.Cli.Export;

namespace BorderCoop.Cli.Formatting;

/// <summary>
/// How every query command ends: the answer as a table fitted to the terminal (<c>--format text</c>), a JSON array
/// (<c>json</c>), or the table's columns as CSV or TSV (<c>csv</c>, <c>tsv</c>), sorted, cut and with the columns
/// <see cref="ListOptions"/> asked for; exit code 0. When nothing matched: an empty answer (nothing, <c>[]</c>, or the
/// CSV or TSV header), a one-line reason on standard error and <see cref="ExitCodes.NoAnswer"/>.
/// </summary>
/// <remarks>
/// <c>--sort</c> and <c>--limit</c> apply to every format, <c>--columns</c> to the table formats only (JSON writes
/// whole records). Rows left out by <c>--limit</c> are never dropped silently: standard error says how many.
/// </remarks>
internal static class Answer
{
    /// <summary>The formats every query command accepts, the default first.</summary>
    public static readonly string[] Formats = ["text", "json", "csv", "tsv"];

    /// <summary>Writes <paramref name="items"/> as <paramref name="request"/> asks and returns the exit code.</summary>
    /// <param name="context">Where to write.</param>
    /// <param name="request">The format, sort, limit and columns asked for.</param>
    /// <param name="items">The answer, in the command's order.</param>
    /// <param name="noneReason">The one-line reason written to standard error when <paramref name="items"/> is empty.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="row">The cells of one item, one per column.</param>
    /// <param name="json">One item as a JSON value, for json.</param>
    /// <exception cref="CliUsageException">A column <c>--sort</c> or <c>--columns</c> names is not in the table, or <c>--columns</c> was given with json.</exception>
    public static int Write<T>(
        CliContext context,
        ListRequest request,
        IReadOnlyList<T> items,
        string noneReason,
        TextColumn[] columns,
        Func<T, string?[]> row,
        Action<Utf8JsonWriter, T> json)
    {
        var rows = Arrange(context, request, items, columns, row);
        if (request.Format == "json")
        {
            return WriteJson(context, [.. rows.Select(r => r.Item)], noneReason, json);
        }

        WriteRows(context, request, columns, rows.Select(r => r.Cells));
        return items.Count > 0 ? ExitCodes.Success : context.Fail(ExitCodes.NoAnswer, noneReason);
    }

    /// <summary>
    /// <paramref name="items"/> with their cells (none for JSON in the command's order), sorted by <c>--sort</c> and cut
    /// to <c>--limit</c> (saying on standard error how many were left out), after checking that the columns
    /// <c>--sort</c> and <c>--columns</c> name exist.
    /// </summary>
    /// <exception cref="CliUsageException">As for <see cref="Write{T}"/>.</exception>
    public static List<(T Item, string?[] Cells)> Arrange<T>(CliContext context, ListRequest request, IReadOnlyList<T> items, TextColumn[] columns, Func<T, string?[]> row)
    {
        if (request.Columns is not null && !request.IsTable)
        {
            throw new CliUsageException($"--columns picks the columns of a table (--format text, csv or tsv); --format {request.Format} writes whole records.");
        }

        _ = Picked(request, columns);

        // JSON in the command's order needs no cells: a large answer is not laid out as text for nothing.
        var needsCells = request.IsTable || request.Sort is not null;
        var rows = items.Select(item => (Item: item, Cells: needsCells ? row(item) : [])).ToList();
        if (request.Sort is { } sort)
        {
            var index = IndexOf(columns, sort.Column, "--sort");
            var order = new CellOrder(columns[index].Kind, sort.Descending);
            rows = [.. rows.OrderBy(r => r.Cells[index], order)];
        }

        if (request.Limit is { } limit && rows.Count > limit)
        {
            TerminalText.WriteLine(context.Error, $"bordercoop: showing {limit} of {rows.Count}; --limit {rows.Count} shows them all.");
            rows.RemoveRange(limit, rows.Count - limit);
        }

        return rows;
    }

    /// <summary>Writes rows of cells as a table fitted to the terminal, CSV or TSV, with the columns <c>--columns</c> picks; CSV and TSV get their header even with no row.</summary>
    /// <exception cref="CliUsageException">A column <c>--columns</c> names is not in the table.</exception>
    public static void WriteRows(CliContext context, ListRequest request, TextColumn[] columns, IEnumerable<string?[]> rows)
    {
        var picked = Picked(request, columns);
        switch (request.Format)
        {
            case "csv":
                {
                    var csv = new CsvWriter(context.Output);
                    WriteDelimited(columns, picked, rows, csv.WriteText, csv.EndRecord);
                    break;
                }

            case "tsv":
                {
                    var tsv = new TsvWriter(context.Output);
                    WriteDelimited(columns, picked, rows, tsv.WriteText, tsv.EndRecord);
                    break;
                }

            default:
                {
                    var table = new TextTable([.. picked.Select(i => columns[i])]);
                    foreach (var cells in rows)
                    {
                        table.Add([.. picked.Select(i => cells[i])]);
                    }

                    if (table.RowCount > 0)
                    {
                        table.WriteTo(context.Output, context.Width);
                    }

                    break;
                }
        }
    }

    /// <summary>The header, then each row, with the picked columns, through a CSV or TSV writer's cell and record calls.</summary>
    private static void WriteDelimited(TextColumn[] columns, int[] picked, IEnumerable<string?[]> rows, Action<string?> writeCell, Action endRecord)
    {
        foreach (var cells in rows.Select(r => picked.Select(i => r[i])).Prepend(picked.Select(i => columns[i].Header)))
        {
            foreach (var cell in cells)
            {
                writeCell(cell);
            }

            endRecord();
        }
    }

    /// <summary>Writes <paramref name="items"/> as a JSON array (<c>[]</c> when empty) and returns the exit code.</summary>
    public static int WriteJson<T>(CliContext context, IReadOnlyList<T> items, string noneReason, Action<Utf8JsonWriter, T> json)
    {
        JsonOutput.Write(context.Output, writer =>
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                json(writer, item);
            }

            writer.WriteEndArray();
        });
        return items.Count > 0 ? ExitCodes.Success : context.Fail(ExitCodes.NoAnswer, noneReason);
    }

    /// <summary>The indexes of the columns <c>--columns</c> names, in its order; every column when it is not given.</summary>
    private static int[] Picked(ListRequest request, TextColumn[] columns) =>
        request.Columns is { } names ? [.. names.Select(n => IndexOf(columns, n, "--columns"))] : [.. Enumerable.Range(0, columns.Length)];

    /// <summary>The index of the column <paramref name="name"/> names.</summary>
    /// <exception cref="CliUsageException">No column has that name: the message lists the names there are.</exception>
    private static int IndexOf(TextColumn[] columns, string name, string option)
    {
        var index = Array.FindIndex(columns, c => c.IsNamed(name));
        if (index >= 0)
        {
            return index;
        }

        // --sort -date is a common way to ask for descending order elsewhere: say how it is asked for here.
        var descending = name.StartsWith('-') && columns.Any(c => c.IsNamed(name[1..])) ? $" (to sort descending, write {name[1..]}:desc)" : string.Empty;
        throw new CliUsageException($"{option}: this table has no column '{name}'{descending}; its columns are {string.Join(", ", columns.Select(c => c.Name))}.");
    }

    /// <summary>
    /// A dated match as JSON: its certainty, the reason in words, which date it rests on (<c>dateKind</c>) and how that
    /// lies against the period asked about (<c>overlap</c>), the date or period itself in EDTF, the latest evidence of an
    /// open period (<c>runningAsOf</c>), the dates conflicts give (<c>candidates</c>), then the record as in the data files.
    /// </summary>
    public static void WriteMatch<TRecord>(Utf8JsonWriter writer, DatedMatch<TRecord> match)
        where TRecord : class, IRecord
    {
        writer.WriteStartObject();
        writer.WriteString("certainty", CliOptions.KebabName(match.Certainty));
        writer.WriteString("reason", match.Reason);
        writer.WriteString("dateKind", CliOptions.KebabName(match.DateKind));
        writer.WriteString("overlap", CliOptions.KebabName(match.Overlap));
        if (match.Date is { } date)
        {
            writer.WriteString("date", date.ToString());
        }

        if (match.Period is { } period)
        {
            writer.WriteString("period", period.ToString());
        }

        if (match.RunningAsOf is { } runningAsOf)
        {
            writer.WriteString("runningAsOf", runningAsOf.ToString());
        }

        if (match.Candidates.Count > 0)
        {
            writer.WriteStartArray("candidates");
            foreach (var candidate in match.Candidates)
            {
                writer.WriteStartObject();
                writer.WriteString("date", candidate.Date.ToString());
                writer.WriteString("conflict", candidate.ConflictId);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WritePropertyName("record");
        JsonOutput.WriteRecord(writer, match.Record);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The certainty cell of a table: <c>certain</c> for a date within the period; <c>certain: </c> and the reason when
    /// the record covers the period or only partly overlaps it (a figure for 2000–2003 asked about 1995–2000), so the
    /// table never passes that off as an answer for the period; <c>uncertain: </c> and the reason otherwise.
    /// </summary>
    public static string Certainty<TRecord>(DatedMatch<TRecord> match)
        where TRecord : class, IRecord =>
        match.Certainty != DateCertainty.Certain ? $"uncertain: {match.Reason}"
        : match.Overlap == DateOverlap.Within ? "certain"
        : $"certain: {match.Reason}";
}
