namespace BorderCoop.Cli.Formatting;

/// <summary>
/// A plain-text table for a terminal of a given width: a header, a rule, then each row, columns separated by two
/// spaces, laid out so that no line is wider than the terminal (measured in columns, see <see cref="DisplayWidth"/>).
/// </summary>
/// <remarks>
/// <para>Every cell on one line, columns padded to their widest cell, as long as the table fits. Otherwise the widest
/// free-text columns (<see cref="CellKind.Text"/>) shrink first, their text word-wrapped onto continuation lines of the
/// row (a word longer than the column broken, after a hyphen where it can be); ids, dates and quantities keep their
/// width. When that is not enough, columns leave the row and go below it, each as an indented <c>Header: value</c>
/// line as wide as the terminal: a record id is long and can never be broken, so it is usually the first to go
/// (<c>  Record: event/…</c>). <see cref="TableLayout"/> says how the layout is chosen.</para>
/// <para>Record ids are never broken or cut (<see cref="CellKind.Id"/>, and any id inside free text): a line is wider
/// than the terminal only when a single id is. A header word too long for its column is cut with an ellipsis
/// (<see cref="TextWrap.Ellipsis"/>); cells are never cut.</para>
/// </remarks>
internal sealed class TextTable
{
    private readonly TextColumn[] columns;
    private readonly List<string[]> rows = [];

    /// <summary>The most columns a table has: <see cref="TableLayout"/> tries every set of columns to move below the row.</summary>
    public const int MaxColumns = 12;

    /// <summary>A table with these columns.</summary>
    /// <exception cref="ArgumentException">There is no column, or more than <see cref="MaxColumns"/>.</exception>
    public TextTable(params TextColumn[] columns)
    {
        if (columns.Length is 0 or > MaxColumns)
        {
            throw new ArgumentException($"A table has from 1 to {MaxColumns} columns, not {columns.Length}.", nameof(columns));
        }

        this.columns = columns;
    }

    /// <summary>How many rows have been added.</summary>
    public int RowCount => rows.Count;

    /// <summary>Adds a row; it must have one cell per column. Each cell is made one line, its control characters visible (see <see cref="TerminalText"/>).</summary>
    /// <exception cref="ArgumentException">The row has the wrong number of cells.</exception>
    public void Add(params string?[] cells)
    {
        if (cells.Length != columns.Length)
        {
            throw new ArgumentException($"A row needs {columns.Length} cells, not {cells.Length}.", nameof(cells));
        }

        rows.Add([.. cells.Select(c => TerminalText.OneLine(c ?? string.Empty))]);
    }

    /// <summary>Writes the table to <paramref name="output"/> in at most <paramref name="width"/> columns (see the remarks on <see cref="TextTable"/>).</summary>
    public void WriteTo(TextWriter output, int width)
    {
        width = Math.Max(1, width);
        var plan = TableLayout.Plan(columns, rows, width);
        var shown = Enumerable.Range(0, columns.Length).Where(c => !plan.Below[c]).ToArray();
        var below = Enumerable.Range(0, columns.Length).Where(c => plan.Below[c]).ToArray();

        // Header words are cut rather than broken: a header is a label, and --columns lists the full names.
        WriteLines(output, shown, plan.Widths, [.. shown.Select(c => TextWrap.Wrap(columns[c].Header, plan.Widths[c], keepWords: true)
            .Select(line => TextWrap.Truncate(line, plan.Widths[c])).ToList())]);
        // The rule is never wider than the terminal, even under a lone column of ids that is.
        output.WriteLine(string.Join(TableLayout.Separator, shown.Select(c => new string('-', Math.Min(plan.Widths[c], width)))));
        foreach (var row in rows)
        {
            WriteLines(output, shown, plan.Widths, [.. shown.Select(c => TextWrap.Wrap(row[c], plan.Widths[c], columns[c].KeepsWords))]);
            foreach (var c in below.Where(c => row[c].Length > 0))
            {
                foreach (var line in TableLayout.BelowLines(columns[c], row[c], width))
                {
                    output.WriteLine(line);
                }
            }
        }
    }

    /// <summary>The cells of one row (or the header), each already laid out as lines, written side by side, padded, with no trailing spaces.</summary>
    private static void WriteLines(TextWriter output, int[] shown, IReadOnlyList<int> widths, List<string>[] cells)
    {
        var height = cells.Max(lines => lines.Count);
        var line = new System.Text.StringBuilder();
        for (var i = 0; i < height; i++)
        {
            line.Clear();
            for (var j = 0; j < shown.Length; j++)
            {
                var text = i < cells[j].Count ? cells[j][i] : string.Empty;
                line.Append(text);
                if (j < shown.Length - 1)
                {
                    line.Append(' ', Math.Max(0, widths[shown[j]] - DisplayWidth.Of(text))).Append(TableLayout.Separator);
                }
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }
}
