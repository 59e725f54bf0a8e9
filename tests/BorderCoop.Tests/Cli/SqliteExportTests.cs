using BorderCoop.Cli.Export;
using Microsoft.Data.Sqlite;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// <c>bordercoop export --format sqlite --output DIR</c>: one database, <c>DIR/bordercoop.db</c>, read back with
/// Microsoft.Data.Sqlite, on records built here.
/// </summary>
public sealed class SqliteExportTests : IClassFixture<SqliteExportTests.Database>
{
    private static readonly Person Abrego = TestRecords.Person("abrego", "Juan García Ábrego");

    private static readonly Event Arrest = TestRecords.Event("arrest", "An arrest near Monterrey", date: "1996-01-14", kind: EventKind.Arrest);

    /// <summary>Records of every kind of value: dates of each precision, periods, money, a decimal, a quote with an escape.</summary>
    private static readonly BorderCoopData Small = TestRecords.Data(
        Abrego,
        TestRecords.Agency("consulate", "U.S. Consulate General in Ciudad Juárez", "Consulado General de Estados Unidos en Ciudad Juárez"),
        TestRecords.DatedAgreement("drugs-1989", signed: "1989", title: "Agreement on drug trafficking"),
        TestRecords.Program("fusion-centers", "Fusion Centers", period: "2004~/.."),
        TestRecords.Case("abrego", Abrego.Id, arrested: "1996-01-14", surrendered: "1996-01~", outcome: ExtraditionOutcome.Surrendered),
        new BudgetLine("budget-line/siu-fy2011", null, "A request.", null, ["MX"], null, FiscalYear.Parse("FY2011"), null, new Money(10_800_000m, "USD"), BudgetStage.Request,
            null, null, TestRecords.Quotes("appropriated \\$10.8 million for vetted units")),
        TestRecords.BudgetLine("siu-fy1997", fiscalYear: "FY1997", amount: 20_000_000.5m, stage: BudgetStage.Appropriation),
        TestRecords.ExtraditionFigure("at-least-136", "2009/2010", 136, qualifier: QuantityQualifier.AtLeast),
        TestRecords.ExtraditionFigure("half", "2001/2002", 0.5m),
        Arrest,
        TestRecords.Event("expulsion", "The expulsion, a few days later", date: "1996-01~", after: Arrest.Id),
        TestRecords.Event("older", "A meeting", date: "1988-05-02"));

    private readonly Database database;

    public SqliteExportTests(Database database) => this.database = database;

    [Fact]
    public void Export_WritesOneDatabase_WithOneRowPerExportedRowInEveryTable()
    {
        Directory.GetFiles(database.Directory.Path).Select(Path.GetFileName).Should().Equal("bordercoop.db");

        foreach (var table in ExportTables.For(Small))
        {
            Scalar($"SELECT count(*) FROM \"{SqliteExport.TableName(table.Name)}\"").Should().Be((long)table.Rows.Count(), table.Name);
        }

        Scalar("SELECT count(*) FROM records").Should().Be((long)Small.Records.Count);
        Scalar("SELECT count(*) FROM extradition_figures").Should().Be(2L);
    }

    [Fact]
    public void Export_Columns_AreTypedAsTheExportTablesDeclareThem_WithNotNullAndPrimaryKeys()
    {
        foreach (var table in ExportTables.For(Small))
        {
            var columns = Rows($"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{SqliteExport.TableName(table.Name)}') ORDER BY cid");
            columns.Select(c => c[0]).Should().Equal(table.Fields.Select(f => f.Name), table.Name);
            for (var i = 0; i < table.Fields.Count; i++)
            {
                var field = table.Fields[i];
                columns[i][1].Should().Be(field.Type == FieldType.Integer ? "INTEGER" : "TEXT", $"{table.Name}.{field.Name}");
                columns[i][2].Should().Be(field.Required ? 1L : 0L, $"{table.Name}.{field.Name} NOT NULL");
            }

            columns.Where(c => (long)c[3]! > 0).OrderBy(c => c[3]).Select(c => c[0]).Should().Equal(table.PrimaryKey, table.Name);
        }
    }

    [Fact]
    public void Export_Values_AreStoredWithTheirTypes_DecimalsAsExactText_DatesAsIsoText()
    {
        Rows("SELECT fiscal_year, typeof(fiscal_year), amount, typeof(amount) FROM budget_lines ORDER BY rowid").Should().BeEquivalentTo(
            new[] { new object?[] { 2011L, "integer", "10800000", "text" }, new object?[] { 1997L, "integer", "20000000.5", "text" } },
            o => o.WithStrictOrdering());
        Rows("SELECT value FROM extradition_figures ORDER BY rowid").Select(r => r[0]).Should().Equal("136", "0.5");
        Rows("SELECT signed_first_day, signed_last_day, signed_precision, signed_edtf FROM agreements").Should().ContainSingle()
            .Which.Should().Equal("1989-01-01", "1989-12-31", "year", "1989");
        Scalar("SELECT count(*) FROM person_roles").Should().Be(0L);
        Scalar("SELECT typeof(in_force_first_day) FROM agreements").Should().Be("null", "a date the sources do not give is NULL, not empty text");
    }

    [Fact]
    public void Export_ForeignKeys_AreDeclared_AndAllResolve()
    {
        Rows("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list('extradition_cases')").Should()
            .ContainEquivalentOf(new object?[] { "person_id", "people", "id" });
        Rows("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list('citations')").Should()
            .ContainEquivalentOf(new object?[] { "record_id", "records", "id" }).And.ContainEquivalentOf(new object?[] { "source_id", "sources", "id" });
        Rows("PRAGMA foreign_key_check").Should().BeEmpty();
    }

    [Fact]
    public void Export_FullTextSearch_FindsNamesWithoutTheirAccents_AndReadableQuotes_LinkingBackToTheRecord()
    {
        Rows("SELECT DISTINCT record_id, table_name FROM search WHERE search MATCH 'juarez'").Should()
            .ContainSingle().Which.Should().Equal("agency/consulate", "agencies");

        var quote = Rows("SELECT record_id, table_name, column_name, text FROM search WHERE search MATCH 'vetted units'").Should().ContainSingle().Subject;
        quote.Should().Equal("budget-line/siu-fy2011", "citations", "quote", "appropriated $10.8 million for vetted units");

        Rows("SELECT s.record_id FROM search AS s JOIN records AS r ON r.id = s.record_id WHERE search MATCH 'monterrey'").Should()
            .ContainSingle().Which.Should().Equal(Arrest.Id);
    }

    [Fact]
    public void Export_TimelineView_ListsEveryDateInOrder()
    {
        var timeline = Rows("SELECT day, record_id, date_name FROM timeline");

        timeline.Select(r => (string)r[0]!).Should().BeInAscendingOrder(StringComparer.Ordinal);
        timeline[0].Should().Equal("1988-05-02", "event/older", "date");
        timeline.Should().ContainEquivalentOf(new object?[] { "1996-01-14", "extradition-case/abrego", "arrested" })
            .And.ContainEquivalentOf(new object?[] { "2004-01-01", "program/fusion-centers", "period_start" })
            .And.ContainEquivalentOf(new object?[] { "1989-01-01", "agreement/drugs-1989", "signed" });
        timeline.Count(r => (string?)r[1] == "program/fusion-centers").Should().Be(1, "its period is open-ended: only its start is a date");
    }

    [Fact]
    public void Export_ExtraditionFiguresView_HasEachFigureWithItsSourceAndQuote_InPeriodOrder()
    {
        var rows = Rows("SELECT figure_id, value, source_id, source_title, quote FROM extradition_figures_sourced");

        rows.Select(r => r[0]).Should().Equal("extradition-figure/half", "extradition-figure/at-least-136");
        rows[1].Should().Equal("extradition-figure/at-least-136", "136", TestRecords.Source.Id, TestRecords.Source.Title, "a quote");
    }

    [Fact]
    public void Export_BudgetView_ListsTheLinesByFiscalYear()
    {
        Rows("SELECT fiscal_year, id FROM budget_lines_by_fiscal_year").Should().BeEquivalentTo(
            new[] { new object?[] { 1997L, "budget-line/siu-fy1997" }, new object?[] { 2011L, "budget-line/siu-fy2011" } },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void Export_TwoRuns_WriteByteIdenticalFiles_AndASecondRunReplacesTheFile()
    {
        using var other = CsvExportTests.ExportOf(Small, "sqlite");
        var first = File.ReadAllBytes(database.File);

        File.ReadAllBytes(other.File("bordercoop.db")).Should().Equal(first);
        CliRunner.RunOn(Small, "export", "--format", "sqlite", "--output", other.Path).ExitCode.Should().Be(0);
        File.ReadAllBytes(other.File("bordercoop.db")).Should().Equal(first, "the file is replaced, not added to");
    }

    [Fact]
    public void Export_WithoutOutput_IsAUsageError()
    {
        var (exitCode, output, error) = CliRunner.RunOn(Small, "export", "--format", "sqlite");

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("--output DIR").And.Contain("bordercoop.db");
    }

    private object? Scalar(string sql) => Rows(sql).Single()[0];

    private List<object?[]> Rows(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database.File, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return QueryRows.Of(connection, sql);
    }

    /// <summary>The export of the records built here, made once for the class.</summary>
    public sealed class Database : IDisposable
    {
        public Database() => Directory = CsvExportTests.ExportOf(Small, "sqlite");

        internal TempDirectory Directory { get; }

        public string File => Directory.File("bordercoop.db");

        public void Dispose() => Directory.Dispose();
    }
}
