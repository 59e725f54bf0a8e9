using System.Globalization;

namespace BorderCoop.Cli.Export;

/// <summary>The views of the SQLite export (<see cref="SqliteExport"/>): ready answers to the common questions.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>timeline</c>: every date of every table (a signature, an arrest, the start and end of a period…), one row
/// per date, earliest first, with the record it belongs to; built from the tables' date columns, so a date added to
/// <see cref="ExportTables"/> appears without a change here.</item>
/// <item><c>extradition_figures_sourced</c>: each extradition figure once per citation, with the source's title and
/// URL and the readable quote.</item>
/// <item><c>budget_lines_by_fiscal_year</c>: the budget lines that have a fiscal year, by year, then stage. Lines of
/// different stages or overlapping spans must never be added up.</item>
/// </list>
/// <para>Every view has an <c>ORDER BY</c> that decides the order of all its rows, ties included.</para>
/// </remarks>
internal static class SqliteViews
{
    /// <summary>The view of every date in order.</summary>
    public const string Timeline = "timeline";

    /// <summary>The view of extradition figures with their sources and quotes.</summary>
    public const string ExtraditionFiguresSourced = "extradition_figures_sourced";

    /// <summary>The view of budget lines by fiscal year.</summary>
    public const string BudgetLinesByFiscalYear = "budget_lines_by_fiscal_year";

    private const string FirstDay = "_first_day";

    /// <summary>The columns that can name what a dated row is, in order of preference.</summary>
    private static readonly string[] LabelColumns = ["title", "name", "english_name", "statement", "measure", "description"];

    /// <summary>The <c>CREATE VIEW</c> statements over <paramref name="tables"/>.</summary>
    public static IEnumerable<string> All(IReadOnlyList<ExportTable> tables)
    {
        yield return TimelineView(tables);

        var figures = SqliteExport.TableName(RecordFamily.ExtraditionFigures.TableName);
        var sources = SqliteExport.TableName(RecordFamily.Sources.TableName);
        yield return $"""
            CREATE VIEW {ExtraditionFiguresSourced} AS
            SELECT f.id AS figure_id, f.period_start_edtf, f.period_end_edtf, f.as_of_edtf, f.from_country, f.to_country,
              f.population, f.nationality, f.measure, f.value, f.value_qualifier, f.value_unit, f.reported_by_id,
              c.path AS citation_path, c.source_id, s.title AS source_title, s.url AS source_url, c.quote
            FROM {figures} AS f
            LEFT JOIN citations AS c ON c.record_id = f.id
            LEFT JOIN {sources} AS s ON s.id = c.source_id
            ORDER BY coalesce(f.period_start_first_day, f.as_of_first_day, f.period_end_last_day), f.id, c.rowid;
            """;

        var budget = SqliteExport.TableName(RecordFamily.BudgetLines.TableName);
        yield return $"""
            CREATE VIEW {BudgetLinesByFiscalYear} AS
            SELECT b.fiscal_year, b.stage, b.id, b.amount, b.currency, b.description, b.program_id, b.funder_id,
              b.recipient_countries, b.qualifiers, b.reported_by_id
            FROM {budget} AS b
            WHERE b.fiscal_year IS NOT NULL
            ORDER BY b.fiscal_year, b.stage, b.rowid;
            """;
    }

    private static string TimelineView(IReadOnlyList<ExportTable> tables)
    {
        var selects = new List<string>();
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var names = table.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            var label = LabelColumns.FirstOrDefault(names.Contains) is { } column ? "t." + SqliteExport.Quote(column) : "NULL";
            var recordId = "t." + SqliteExport.Quote(SqliteExport.RecordIdColumn(table));
            foreach (var first in table.Fields.Where(f => f.Type == FieldType.Date && f.Name.EndsWith(FirstDay, StringComparison.Ordinal)))
            {
                var date = first.Name[..^FirstDay.Length];
                selects.Add(
                    $"SELECT coalesce(t.{date}_first_day, t.{date}_last_day) AS day, t.{date}_first_day AS first_day, " +
                    $"t.{date}_last_day AS last_day, t.{date}_precision AS precision, t.{date}_edtf AS edtf, " +
                    $"{SqliteExport.Literal(SqliteExport.TableName(table.Name))} AS table_name, {recordId} AS record_id, " +
                    $"{SqliteExport.Literal(date)} AS date_name, {label} AS label, " +
                    $"{t.ToString(CultureInfo.InvariantCulture)} AS table_order, t.rowid AS row_order " +
                    $"FROM {SqliteExport.Quote(SqliteExport.TableName(table.Name))} AS t WHERE t.{date}_edtf IS NOT NULL");
            }
        }

        return $"CREATE VIEW {Timeline} AS\nSELECT day, first_day, last_day, precision, edtf, table_name, record_id, date_name, label FROM (\n" +
            string.Join("\nUNION ALL\n", selects) +
            "\n)\nORDER BY day, table_order, row_order, date_name;";
    }
}
