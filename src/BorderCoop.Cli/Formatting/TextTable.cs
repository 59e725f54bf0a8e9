namespace BorderCoop.Cli.Formatting;

/// <summary>
/// A plain-text table for a terminal: a header, a rule, then one line per row, columns padded to their widest cell
/// and separated by two spaces. The last column is not padded, so long text (a title, a quote) runs on instead of
/// being cut.
/// </summary>
internal sealed class TextTable
{
    private readonly string[] headers;
    private readonly List<string[]> rows = [];

    /// <summary>A table with these column headers.</summary>
    public TextTable(params string[] headers) => this.headers = headers;

    /// <summary>How many rows have been added.</summary>
    public int RowCount => rows.Count;

    /// <summary>Adds a row; it must have one cell per column. Each cell is written on one line, its control characters made visible (see <see cref="TerminalText"/>).</summary>
    /// <exception cref="ArgumentException">The row has the wrong number of cells.</exception>
    public void Add(params string?[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row needs {headers.Length} cells, not {cells.Length}.", nameof(cells));
        }

        rows.Add([.. cells.Select(c => TerminalText.OneLine(c ?? string.Empty))]);
    }

    /// <summary>Writes the table to <paramref name="output"/>.</summary>
    public void WriteTo(TextWriter output)
    {
        var widths = new int[headers.Length];
        foreach (var row in rows.Prepend(headers))
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        WriteRow(output, headers, widths);
        WriteRow(output, [.. widths.Select(w => new string('-', w))], widths);
        foreach (var row in rows)
        {
            WriteRow(output, row, widths);
        }
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths)
    {
        var last = cells.Length - 1;
        for (var i = 0; i < cells.Length; i++)
        {
            output.Write(i == last ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        output.WriteLine();
    }
}
