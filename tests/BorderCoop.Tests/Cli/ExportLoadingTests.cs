using System.Globalization;
using System.Text.Json;
using BorderCoop.Cli.Export;
using DuckDB.NET.Data;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// The snippets of README.md that load the CSV export with its declared types, run as a user runs them on the export of
/// the curated data: every table loads, every column gets the type <c>datapackage.json</c> declares for it, and every
/// cell is the exact value (the spreadsheet apostrophe removed, an empty cell missing). The DuckDB snippet always runs
/// (DuckDB.NET ships DuckDB); the pandas and R ones run when <see cref="ExternalTools"/> finds them, and are skipped,
/// saying why, otherwise.
/// </summary>
public sealed class ExportLoadingTests : IClassFixture<ExportLoadingTests.Package>
{
    /// <summary>Each tool's name for the type it gives each Table Schema type, as the snippets map them.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> TypeNames = new()
    {
        ["duckdb"] = new() { ["string"] = "VARCHAR", ["integer"] = "BIGINT", ["number"] = "DOUBLE", ["date"] = "DATE" },
        ["pandas"] = new() { ["string"] = "string", ["integer"] = "Int64", ["number"] = "float64", ["date"] = "datetime64[ns]" },
        ["r"] = new() { ["string"] = "character", ["integer"] = "integer", ["number"] = "numeric", ["date"] = "Date" },
    };

    private readonly Package package;

    public ExportLoadingTests(Package package) => this.package = package;

    [Fact]
    public void DuckDb_TheReadmeStatements_LoadEveryTable_WithTheDeclaredTypes_AndTheExactValues()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, $"SET file_search_path = '{package.Directory.Path.Replace("'", "''", StringComparison.Ordinal)}'");

        var statements = Query(connection, Readme.Snippet("duckdb")).Select(row => (string)row[0]!).ToList();
        statements.Should().HaveCount(package.Tables.Count, "one statement per table");
        foreach (var statement in statements)
        {
            Execute(connection, statement);
        }

        var loaded = new Dictionary<string, LoadedTable>();
        foreach (var table in package.Tables)
        {
            var name = table.Name.Replace('-', '_');
            var columns = Query(connection, $"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '{name}' ORDER BY ordinal_position");
            var rows = Query(connection, $"SELECT * FROM \"{name}\"");
            loaded[table.Name] = new LoadedTable(
                [.. columns.Select(c => (string)c[0]!)],
                [.. columns.Select(c => (string)c[1]!)],
                [.. rows.Select(row => row.Select(DuckDbText).ToArray())]);
        }

        package.Check("duckdb", loaded);
    }

    [PandasFact]
    public void Pandas_TheReadmeSnippet_LoadsEveryTable_WithTheDeclaredTypes_AndTheExactValues()
    {
        const string dump = """

            import sys
            out = {}
            for name, frame in tables.items():
                columns = {}
                for column in frame.columns:
                    series = frame[column]
                    kind = str(series.dtype)
                    if kind.startswith("datetime64"):
                        values = [None if pd.isna(v) else v.strftime("%Y-%m-%d") for v in series]
                    elif kind == "Int64":
                        values = [None if pd.isna(v) else str(int(v)) for v in series]
                    elif kind == "float64":
                        values = [None if pd.isna(v) else repr(float(v)) for v in series]
                    else:
                        values = [None if pd.isna(v) else str(v) for v in series]
                    columns[column] = {"type": kind, "values": values}
                out[name] = columns
            with open(sys.argv[1], "w", encoding="utf-8") as f:
                json.dump(out, f, ensure_ascii=False)
            """;

        package.Check("pandas", package.RunScript(ExternalTools.Python!, "load.py", Readme.Snippet("pandas") + dump));
    }

    [RFact]
    public void R_TheReadmeSnippet_LoadsEveryTable_WithTheDeclaredTypes_AndTheExactValues()
    {
        const string dump = """

            text <- function(column) {
              values <- if (inherits(column, "Date")) format(column, "%Y-%m-%d") else if (is.double(column)) sprintf("%.17g", column) else as.character(column)
              values[is.na(column)] <- NA
              values
            }
            out <- lapply(tables, function(table) lapply(table, function(column) list(type = unbox(class(column)[1]), values = text(column))))
            write_json(out, commandArgs(trailingOnly = TRUE)[1], na = "null", digits = NA)
            """;

        package.Check("r", package.RunScript(ExternalTools.Rscript!, "load.R", Readme.Snippet("r") + dump));
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<object?[]> Query(DuckDBConnection connection, string sql) => QueryRows.Of(connection, sql);

    /// <summary>A DuckDB value as the cell text it was read from: dates ISO, numbers invariant, NULL null.</summary>
    private static string? DuckDbText(object? value) => value switch
    {
        null or DBNull => null,
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"DuckDB returned a {value.GetType()}, which the test does not read."),
    };

    /// <summary>A table as a tool loaded it: column names and type names in order, and the cells as text (null when missing).</summary>
    internal sealed record LoadedTable(IReadOnlyList<string> Columns, IReadOnlyList<string> Types, IReadOnlyList<string?[]> Rows);

    /// <summary>The datapackage export of the curated data, with the tables it was written from.</summary>
    public sealed class Package : IDisposable
    {
        public Package()
        {
            Directory = CsvExportTests.Export("datapackage");
            Tables = ExportTables.For(BorderCoopData.Default);
            using var descriptor = JsonDocument.Parse(File.ReadAllBytes(Directory.File("datapackage.json")));
            DeclaredTypes = descriptor.RootElement.GetProperty("resources").EnumerateArray().ToDictionary(
                r => r.GetProperty("name").GetString()!,
                r => (IReadOnlyList<string>)[.. r.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("type").GetString()!)]);
        }

        internal TempDirectory Directory { get; }

        internal IReadOnlyList<ExportTable> Tables { get; }

        /// <summary>The Table Schema type of each column of each resource, as <c>datapackage.json</c> declares it.</summary>
        internal IReadOnlyDictionary<string, IReadOnlyList<string>> DeclaredTypes { get; }

        /// <summary>
        /// Checks what <paramref name="tool"/> loaded: every table, every column under its name with the type declared
        /// for it, and every cell equal to the exact value the table was written from.
        /// </summary>
        internal void Check(string tool, IReadOnlyDictionary<string, LoadedTable> loaded)
        {
            loaded.Keys.Should().BeEquivalentTo(Tables.Select(t => t.Name), tool);
            var mismatches = new List<string>();
            var cells = 0;
            foreach (var table in Tables)
            {
                var got = loaded[table.Name];
                got.Columns.Should().Equal(table.Fields.Select(f => f.Name), $"{tool} {table.Name}");
                got.Types.Should().Equal(DeclaredTypes[table.Name].Select(t => TypeNames[tool][t]), $"{tool} types the columns of {table.Name} as declared");

                var rows = table.Rows.ToList();
                got.Rows.Should().HaveCount(rows.Count, $"{tool} {table.Name}");
                for (var r = 0; r < rows.Count; r++)
                {
                    for (var c = 0; c < table.Fields.Count; c++)
                    {
                        cells++;
                        if (!SameValue(table.Fields[c].Type, rows[r][c], got.Rows[r][c]))
                        {
                            mismatches.Add($"{table.Name} row {r + 1} {table.Fields[c].Name}: {tool} read '{got.Rows[r][c]}' for '{rows[r][c]}'");
                        }
                    }
                }
            }

            mismatches.Should().BeEmpty(tool);
            cells.Should().BeGreaterThan(5_000, "every table was compared");
        }

        /// <summary>Runs <paramref name="script"/> with <paramref name="interpreter"/> in the export directory and reads the JSON it writes.</summary>
        internal IReadOnlyDictionary<string, LoadedTable> RunScript(string interpreter, string fileName, string script)
        {
            using var work = new TempDirectory();
            System.IO.Directory.CreateDirectory(work.Path);
            File.WriteAllText(work.File(fileName), script);
            var output = work.File("loaded.json");

            var (exitCode, error) = ExternalTools.Run(interpreter, Directory.Path, TimeSpan.FromMinutes(3), work.File(fileName), output);

            exitCode.Should().Be(0, error);
            using var document = JsonDocument.Parse(File.ReadAllBytes(output));
            return document.RootElement.EnumerateObject().ToDictionary(
                table => table.Name,
                table =>
                {
                    var columns = table.Value.EnumerateObject().ToList();
                    var values = columns.Select(c => c.Value.GetProperty("values").EnumerateArray().Select(v => v.GetString()).ToList()).ToList();
                    var count = values.Count == 0 ? 0 : values[0].Count;
                    return new LoadedTable(
                        [.. columns.Select(c => c.Name)],
                        [.. columns.Select(c => c.Value.GetProperty("type").GetString()!)],
                        [.. Enumerable.Range(0, count).Select(r => values.Select(v => v[r]).ToArray())]);
                });
        }

        /// <summary>Whether a loaded value is the written one: text and dates exactly, numbers as the same double.</summary>
        private static bool SameValue(FieldType type, string? written, string? read) =>
            written is null || read is null
                ? written is null && read is null
                : type == FieldType.Number
                    ? double.Parse(read, CultureInfo.InvariantCulture) == double.Parse(written, CultureInfo.InvariantCulture)
                    : read == written;

        public void Dispose() => Directory.Dispose();
    }
}
