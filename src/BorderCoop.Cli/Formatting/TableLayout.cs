namespace BorderCoop.Cli.Formatting;

/// <summary>
/// How a <see cref="TextTable"/> fits a terminal: the width of each column in the row, and which columns go below
/// the row, each as an indented <c>Header: value</c> line as wide as the terminal.
/// </summary>
/// <remarks>
/// <para>When every cell fits on one line, that is the layout. Otherwise each column has a least width: an id, date
/// or quantity column its widest cell (they are never wrapped but at spaces), a free-text column
/// <see cref="ComfortableWidth"/> columns or its widest cell if narrower (but never less than an id inside it). Of
/// the sets of columns to move below the row that let the rest fit at those widths (the fewest columns that do, or
/// one more), the layout takes the one that costs a reader least (see <see cref="Planner"/>); free-text columns in the
/// row then grow, narrowest first, to their typical cell's width and then their widest cell's.</para>
/// <para>When only one column fits in the row, it takes the whole width: a line is then wider than the terminal only
/// when a single id is.</para>
/// </remarks>
internal sealed class TableLayout
{
    /// <summary>The width a free-text column keeps before columns move below their row.</summary>
    public const int ComfortableWidth = 16;

    /// <summary>Between two columns in a row.</summary>
    public const string Separator = "  ";

    /// <summary>How many rows are laid out to compare layouts: enough to judge, few enough to stay fast.</summary>
    private const int Sample = 200;

    /// <summary>How far a column moved below its row is indented.</summary>
    private const string BelowIndent = "  ";

    /// <summary>How far the continuation lines of a column moved below its row are indented.</summary>
    private const int BelowHang = 4;

    private TableLayout(int[] widths, bool[] below)
    {
        Widths = widths;
        Below = below;
    }

    /// <summary>The width of each column in the row (that of a column below the row is not used).</summary>
    public IReadOnlyList<int> Widths { get; }

    /// <summary>Whether each column goes below its row rather than in it.</summary>
    public IReadOnlyList<bool> Below { get; }

    /// <summary>The layout of <paramref name="rows"/> (each cell one line already) in <paramref name="width"/> columns.</summary>
    public static TableLayout Plan(IReadOnlyList<TextColumn> columns, IReadOnlyList<string[]> rows, int width) =>
        new Planner(columns, rows, width).Plan();

    /// <summary>The lines a cell below its row takes: <c>  Header: value</c>, wrapped to <paramref name="width"/>.</summary>
    public static List<string> BelowLines(TextColumn column, string cell, int width) =>
        TextWrap.Hanging($"{BelowIndent}{column.Header}: ", cell, width, BelowHang, column.KeepsWords);

    /// <summary>The columns a row takes with these widths, leaving out the columns below it.</summary>
    private static int Needed(int[] widths, bool[] below)
    {
        var (sum, shown) = (0, 0);
        for (var c = 0; c < widths.Length; c++)
        {
            if (!below[c])
            {
                sum += widths[c];
                shown++;
            }
        }

        return sum + (Separator.Length * (shown - 1));
    }

    /// <summary>
    /// Chooses the layout of one table from its measures. A layout costs a reader four for each line, and for each cell
    /// below its row rather than in it one more for free text and two more for a date or a quantity (they are read
    /// across rows, in a column); an id costs only its line.
    /// </summary>
    private sealed class Planner
    {
        private readonly IReadOnlyList<TextColumn> columns;
        private readonly List<string[]> sample;
        private readonly int width;
        private readonly int[] natural;
        private readonly int[] typical;
        private readonly int[] unbreakable;
        private readonly int[] minimum;
        private readonly Dictionary<(int Column, int Width), int[]> linesInRow = [];
        private readonly int[][] linesBelow;

        public Planner(IReadOnlyList<TextColumn> columns, IReadOnlyList<string[]> rows, int width)
        {
            this.columns = columns;
            this.width = width;
            sample = [.. rows.Take(Sample)];
            var count = columns.Count;
            (natural, typical, unbreakable, minimum) = (new int[count], new int[count], new int[count], new int[count]);
            for (var c = 0; c < count; c++)
            {
                var column = columns[c];
                var cellWidths = rows.Select(r => DisplayWidth.Of(r[c])).Order().ToList();
                natural[c] = Math.Max(DisplayWidth.Of(column.Header), cellWidths.Count > 0 ? cellWidths[^1] : 0);
                typical[c] = cellWidths.Count > 0 ? cellWidths[(int)((cellWidths.Count - 1) * 0.9)] : 0;
                unbreakable[c] = rows.Count == 0 ? 0 : rows.Max(r => TextWrap.LongestUnbreakable(r[c], column.KeepsWords));
                minimum[c] = column.KeepsWords
                    ? natural[c]
                    : Math.Max(unbreakable[c], Math.Min(natural[c], Math.Max(ComfortableWidth, TextWrap.LongestWord(column.Header))));
            }

            linesBelow = [.. Enumerable.Range(0, count).Select(c => sample.Select(r => r[c].Length == 0 ? 0 : BelowLines(columns[c], r[c], width).Count).ToArray())];
        }

        public TableLayout Plan()
        {
            var count = columns.Count;
            var none = new bool[count];
            if (Needed(natural, none) <= width)
            {
                return new TableLayout(natural, none);
            }

            // Every set of columns to move below the row that leaves at least one in it and lets the rest fit.
            var fitting = Enumerable.Range(0, (1 << count) - 1)
                .Select(mask => Enumerable.Range(0, count).Select(c => (mask & (1 << c)) != 0).ToArray())
                .Where(below => below.Count(b => !b) == 1 || Needed(minimum, below) <= width)
                .ToList();
            var fewest = fitting.Min(below => below.Count(b => b));

            // Of those with the fewest columns below, or one more, the cheapest; of equals, the one with fewer below,
            // then the one that moves columns further right (the leftmost columns say what a row is).
            return fitting
                .Where(below => below.Count(b => b) <= fewest + 1)
                .Select(below => new TableLayout(Widths(below), below))
                .OrderBy(layout => Cost(layout))
                .ThenBy(layout => layout.Below.Count(b => b))
                .ThenByDescending(layout => layout.Below.Select((b, c) => b ? 1 << c : 0).Sum())
                .First();
        }

        /// <summary>The width of each column in the row, given which go below it.</summary>
        private int[] Widths(bool[] below)
        {
            var widths = (int[])natural.Clone();
            var shown = Enumerable.Range(0, columns.Count).Where(c => !below[c]).ToArray();
            if (shown.Length == 1)
            {
                var only = shown[0];
                widths[only] = Math.Min(natural[only], Math.Max(unbreakable[only], width));
                return widths;
            }

            foreach (var c in shown)
            {
                widths[c] = minimum[c];
            }

            // Grow the free-text columns, narrowest first: to their typical cell's width, then to their widest cell's.
            var spare = width - Needed(widths, below);
            var text = shown.Where(c => !columns[c].KeepsWords).ToArray();
            foreach (var cap in new[] { typical, natural })
            {
                while (spare > 0)
                {
                    var growing = text.Where(c => widths[c] < cap[c]).ToList();
                    if (growing.Count == 0)
                    {
                        break;
                    }

                    widths[growing.MinBy(c => (widths[c], c))]++;
                    spare--;
                }
            }

            return widths;
        }

        /// <summary>
        /// What a layout costs a reader, counted on the first <see cref="Sample"/> rows: four for each line, and for
        /// each cell below its row rather than in it one more for free text and two more for a date or a quantity
        /// (they are read across rows, in a column); an id costs only its line.
        /// </summary>
        private int Cost(TableLayout layout)
        {
            var inRow = new int[sample.Count];
            var cost = 0;
            for (var c = 0; c < columns.Count; c++)
            {
                if (layout.Below[c])
                {
                    var penalty = columns[c].Kind switch { CellKind.Id => 0, CellKind.Text => 1, _ => 2 };
                    cost += linesBelow[c].Sum(lines => lines == 0 ? 0 : (4 * lines) + penalty);
                    continue;
                }

                var lines = LinesInRow(c, layout.Widths[c]);
                for (var r = 0; r < sample.Count; r++)
                {
                    inRow[r] = Math.Max(inRow[r], lines[r]);
                }
            }

            return cost + (4 * inRow.Sum());
        }

        /// <summary>How many lines each sampled cell of column <paramref name="c"/> takes in a column <paramref name="columnWidth"/> wide.</summary>
        private int[] LinesInRow(int c, int columnWidth)
        {
            if (!linesInRow.TryGetValue((c, columnWidth), out var lines))
            {
                lines = [.. sample.Select(r => TextWrap.Wrap(r[c], columnWidth, columns[c].KeepsWords).Count)];
                linesInRow[(c, columnWidth)] = lines;
            }

            return lines;
        }
    }
}
