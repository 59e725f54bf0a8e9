using System.Text.RegularExpressions;
using BorderCoop.Cli;
using BorderCoop.Cli.Export;
using DuckDB.NET.Data;
using NodaTime;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// <c>bordercoop export --format parquet</c>, read back by an independent reader, DuckDB: one file per table, each column
/// of the type its field names, every row and every value as the table holds it, and the same bytes on every run.
/// </summary>
public sealed class ParquetExportTests
{
    [Fact]
    public void EveryTable_IsOneFile_WithTheTypesOfItsFields_AndEveryValue()
    {
        using var directory = CsvExportTests.Export("parquet");
        var tables = ExportTables.For(BorderCoopData.Default);
        Directory.GetFiles(directory.Path).Select(Path.GetFileName).Should().BeEquivalentTo(tables.Select(t => t.Name + ".parquet"));

        using var connection = Open();
        var mismatches = new List<string>();
        var cells = 0;
        foreach (var table in tables)
        {
            var file = Quoted(directory.File(table.Name + ".parquet"));
            var described = Query(connection, $"DESCRIBE SELECT * FROM read_parquet({file})");
            described.Select(c => (string)c[0]!).Should().Equal(table.Fields.Select(f => f.Name), table.Name);
            described.Select(c => (string)c[1]!).Should().Equal(table.Fields.Select(f => DuckDbType(f.Type)), $"the column types of {table.Name}");

            var expected = table.Values.ToList();
            var read = Query(connection, $"SELECT * FROM read_parquet({file})");
            read.Should().HaveCount(expected.Count, table.Name);
            for (var r = 0; r < expected.Count; r++)
            {
                for (var c = 0; c < table.Fields.Count; c++)
                {
                    cells++;
                    if (!SameValue(expected[r][c], read[r][c]))
                    {
                        mismatches.Add($"{table.Name} row {r + 1} {table.Fields[c].Name}: read '{CellText.Format(Normalise(read[r][c]))}' for '{CellText.Format(expected[r][c])}'");
                    }
                }
            }
        }

        mismatches.Should().BeEmpty();
        cells.Should().BeGreaterThan(5_000, "every table was compared");
    }

    [Fact]
    public void RequiredColumns_AreNotNullable_AndOptionalOnesAre()
    {
        using var directory = CsvExportTests.Export("parquet");
        using var connection = Open();
        var schema = Query(connection, $"SELECT name, repetition_type FROM parquet_schema({Quoted(directory.File("budget-lines.parquet"))})")
            .GroupBy(row => (string)row[0]!)
            .ToDictionary(g => g.Key, g => (string?)g.First()[1]);

        schema["id"].Should().Be("REQUIRED");
        schema["amount"].Should().Be("REQUIRED");
        schema["fiscal_year"].Should().Be("OPTIONAL");
        schema["period_start_first_day"].Should().Be("OPTIONAL");
        schema["program_id"].Should().Be("OPTIONAL");
    }

    [Fact]
    public void Amounts_Fractions_Dates_FiscalYears_AndLists_RoundTripExactly()
    {
        var line = new BudgetLine("budget-line/large", null, "A large amount.", null, [], null, FiscalYear.Parse("FY2011"), null,
            new Money(12_345_678_901_234_567_890.123456789m, "USD"), BudgetStage.Request, ["non-personnel", "for Mexico | Central America"], null, TestRecords.Quote);
        var half = TestRecords.ExtraditionFigure("half", "2001/2002", 0.5m);
        var data = TestRecords.Data(line, half, TestRecords.DatedAgreement("signed", signed: "1996-03"));
        using var directory = CsvExportTests.ExportOf(data, "parquet");
        using var connection = Open();

        var budget = Query(connection, $"SELECT amount, fiscal_year, recipient_countries, qualifiers FROM {Quoted(directory.File("budget-lines.parquet"))}").Single();
        budget[0].Should().Be(12_345_678_901_234_567_890.123456789m);
        budget[1].Should().Be(2011);
        ((IEnumerable<string>)budget[2]!).Should().BeEmpty("an empty list stays a list, not a missing value");
        ((IEnumerable<string>)budget[3]!).Should().Equal(["non-personnel", "for Mexico | Central America"], "the items are never split on the CSV separator");

        Query(connection, $"SELECT value FROM {Quoted(directory.File("extradition-figures.parquet"))}").Single()[0].Should().Be(0.5m);
        Query(connection, $"SELECT signed_first_day, signed_last_day FROM {Quoted(directory.File("agreements.parquet"))} WHERE id = 'agreement/signed'")
            .Single().Select(Normalise).Should().Equal(new LocalDate(1996, 3, 1), new LocalDate(1996, 3, 31));
    }

    [Fact]
    public void AnAmountWithMoreDecimalsThanTheScale_IsRefused_NotRounded()
    {
        var line = TestRecords.BudgetLine("tiny", amount: 0.0000000001m);
        using var directory = new TempDirectory();
        var (exitCode, _, error) = CliRunner.RunOn(TestRecords.Data(line), "export", "--format", "parquet", "--output", directory.Path);

        exitCode.Should().Be(ExitCodes.DataError);
        error.Should().Contain("0.0000000001").And.Contain("more than 9 decimals");
    }

    [Fact]
    public void TwoExports_AreByteIdentical()
    {
        using var first = CsvExportTests.Export("parquet");
        using var second = CsvExportTests.Export("parquet");
        var names = Directory.GetFiles(first.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        names.Should().NotBeEmpty();
        foreach (var name in names)
        {
            File.ReadAllBytes(second.File(name!)).Should().Equal(File.ReadAllBytes(first.File(name!)), name);
        }
    }

    [Fact]
    public void TheReadmeExample_ExportsAndQueries_TypedColumns()
    {
        var lines = Readme.Snippet("parquet-duckdb").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2, "the example is an export and a query");
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.Path);
        var export = lines[0].Split(' ');
        export[0].Should().Be("bordercoop");
        var data = TestRecords.Data(TestRecords.BudgetLine("fy2011", amount: 10_800_000.5m), TestRecords.BudgetLine("fy2012", fiscalYear: "FY2012"));
        var args = export.Skip(1).Select(a => a == "bordercoop-parquet" ? directory.File(a) : a).ToArray();
        CliRunner.RunOn(data, args).ExitCode.Should().Be(0);

        var query = Regex.Match(lines[1], "^duckdb -c \"(?<sql>.*)\"$");
        query.Success.Should().BeTrue(lines[1]);
        using var connection = Open();
        Query(connection, $"SET file_search_path = {Quoted(directory.Path)}");
        var rows = Query(connection, query.Groups["sql"].Value);
        rows.Should().ContainSingle();
        rows[0][0].Should().Be("budget-line/fy2011");
        rows[0][1].Should().Be(2011);
        rows[0][2].Should().Be(10_800_000.5m);
    }

    [Fact]
    public void WithoutOutput_ItIsAUsageError()
    {
        var (exitCode, _, error) = CliRunner.Run("export", "--format", "parquet");

        exitCode.Should().Be(ExitCodes.Usage);
        error.Should().Contain("--output DIR");
    }

    private static string DuckDbType(FieldType type) => type switch
    {
        FieldType.Integer => "INTEGER",
        FieldType.Number => $"DECIMAL({ParquetExport.Precision},{ParquetExport.Scale})",
        FieldType.Date => "DATE",
        FieldType.TextList => "VARCHAR[]",
        _ => "VARCHAR",
    };

    private static bool SameValue(object? expected, object? read) => (expected, Normalise(read)) switch
    {
        (null, null) => true,
        (IReadOnlyList<string> items, List<string> got) => items.SequenceEqual(got, StringComparer.Ordinal),
        (decimal number, decimal got) => number == got,
        (var value, var got) => Equals(value, got),
    };

    /// <summary>DuckDB.NET's value as the export's: a DATE as a <see cref="LocalDate"/>, a list as a list of strings.</summary>
    private static object? Normalise(object? value) => value switch
    {
        DateOnly date => LocalDate.FromDateOnly(date),
        DateTime time => LocalDate.FromDateTime(time),
        System.Collections.IEnumerable items and not string => items.Cast<string>().ToList(),
        _ => value,
    };

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return connection;
    }

    private static string Quoted(string path) => $"'{path.Replace("'", "''", StringComparison.Ordinal)}'";

    private static List<object?[]> Query(DuckDBConnection connection, string sql) => QueryRows.Of(connection, sql);
}
