using System.Globalization;
using System.Text;
using BorderCoop.Cli.Export;

namespace BorderCoop.Tests.Cli;

/// <summary><c>bordercoop export --format csv --output DIR</c>, read back with a standard CSV reader.</summary>
public sealed class CsvExportTests
{
    /// <summary>The curated data, for the checks that every record and every quote is exported as it is.</summary>
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    /// <summary>Records built here, for the checks of how each kind of value is written.</summary>
    private static readonly BorderCoopData Small = SmallDataset();

    private static readonly (string File, Func<BorderCoopData, IEnumerable<IRecord>> Records)[] Families =
        [.. RecordFamily.All.Select(f => (f.TableName + ".csv", (Func<BorderCoopData, IEnumerable<IRecord>>)(d => d.RecordsOf(f))))];

    [Fact]
    public void ExportCsv_EachFamilyTable_HasOneRowPerRecord_WithTheIdsInDatasetOrder()
    {
        using var directory = Export("csv");

        foreach (var (file, records) in Families)
        {
            CsvFile.Read(directory.File(file)).Values("id").Should().Equal(records(Data).Select(r => r.Id), file);
        }

        var all = CsvFile.Read(directory.File("records.csv"));
        all.Values("id").Should().Equal(Data.Records.Select(r => r.Id));
        all.Row(Data.ExtraditionCases[0].Id)["family"].Should().Be("extradition-cases");
        File.Exists(directory.File("datapackage.json")).Should().BeFalse("only --format datapackage writes the descriptor");
    }

    [Fact]
    public void ExportCsv_AnAgreementKnownOnlyToTheYear_HasTheFirstDayYearPrecisionAndEdtf()
    {
        using var directory = ExportOf(Small, "csv");

        var row = CsvFile.Read(directory.File("agreements.csv")).Row("agreement/drugs-1989");

        row["signed_first_day"].Should().Be("1989-01-01");
        row["signed_last_day"].Should().Be("1989-12-31");
        row["signed_precision"].Should().Be("year");
        row["signed_edtf"].Should().Be("1989");
        row["in_force_first_day"].Should().BeEmpty("the sources do not say when it entered into force");
        row["in_force_precision"].Should().BeEmpty();
        row["in_force_edtf"].Should().BeEmpty();
    }

    [Fact]
    public void ExportCsv_Periods_KeepApproximationAndTheKindOfEachBound()
    {
        using var directory = ExportOf(Small, "csv");
        var programs = CsvFile.Read(directory.File("programs.csv"));

        var fusion = programs.Row("program/fusion-centers");
        fusion["period_start_first_day"].Should().Be("2004-01-01");
        fusion["period_start_last_day"].Should().Be("2004-12-31");
        fusion["period_start_precision"].Should().Be("year");
        fusion["period_start_edtf"].Should().Be("2004~");
        fusion["period_start_kind"].Should().Be("known");
        fusion["period_end_kind"].Should().Be("open");
        fusion["period_end_first_day"].Should().BeEmpty();
        fusion["period_end_edtf"].Should().BeEmpty();

        var contactGroup = programs.Row("program/contact-group");
        contactGroup["period_start_edtf"].Should().Be("1996-03");
        contactGroup["period_start_precision"].Should().Be("month");
        contactGroup["period_end_kind"].Should().Be("unknown");

        programs.Row("program/undated")["period_start_kind"].Should().BeEmpty("a program without a period has no bounds at all");
    }

    [Fact]
    public void ExportCsv_EveryDateColumn_AgreesWithTheRecords()
    {
        using var directory = ExportOf(Small, "csv");
        var cases = CsvFile.Read(directory.File("extradition-cases.csv"));

        foreach (var record in Small.ExtraditionCases)
        {
            var row = cases.Row(record.Id);
            foreach (var (name, date) in new[] { ("arrested", record.Arrested), ("requested", record.Requested), ("granted", record.Granted), ("surrendered", record.Surrendered) })
            {
                row[$"{name}_edtf"].Should().Be(date?.ToString() ?? string.Empty);
                // A bound has no first day ([..2007-01]) or no last day ([2003..]): the cell is empty.
                row[$"{name}_first_day"].Should().Be(date is { Qualifier: not DateQualifier.OnOrBefore } ? date.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty);
                row[$"{name}_last_day"].Should().Be(date is { Qualifier: not DateQualifier.OnOrAfter } ? date.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty);
                row[$"{name}_precision"].Should().Be(date?.Precision.ToString().ToLowerInvariant() ?? string.Empty);
            }
        }

        cases.Row("extradition-case/abrego")["arrested_first_day"].Should().Be("1996-01-14");
        (cases.Row("extradition-case/cardenas")["surrendered_first_day"], cases.Row("extradition-case/cardenas")["surrendered_last_day"]).Should().Be((string.Empty, "2007-01-31"));
        (cases.Row("extradition-case/later")["requested_first_day"], cases.Row("extradition-case/later")["requested_last_day"]).Should().Be(("2003-01-01", string.Empty));
    }

    [Fact]
    public void ExportCsv_FiscalYearsMoneyAndQuantities_HaveTheirOwnTypedColumns()
    {
        using var directory = ExportOf(Small, "csv");

        var request = Small.Get<BudgetLine>("budget-line/siu-fy2011");
        var line = CsvFile.Read(directory.File("budget-lines.csv")).Row(request.Id);
        line["fiscal_year"].Should().Be("2011");
        decimal.Parse(line["amount"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).Should().Be(request.Amount.Amount);
        line["currency"].Should().Be("USD");
        line["stage"].Should().Be("request");
        line["qualifiers"].Should().Be("non-personnel | for Mexico");

        var atLeast = Small.Get<ExtraditionFigure>("extradition-figure/at-least-136");
        var figure = CsvFile.Read(directory.File("extradition-figures.csv")).Row(atLeast.Id);
        figure["value"].Should().Be(atLeast.Value.Value.ToString(CultureInfo.InvariantCulture));
        figure["value_qualifier"].Should().Be("at-least");
        figure["value_unit"].Should().Be("persons");
    }

    [Fact]
    public void ExportCsv_Citations_LinkEveryQuoteToItsRecord_ExactByteForByte_AndAsItReads()
    {
        using var directory = Export("csv");
        var citations = CsvFile.Read(directory.File("citations.csv"));

        citations.Header.Should().Equal("record_id", "path", "source_id", "quote", "quote_exact", "quote_start", "quote_end", "quote_prefix", "quote_suffix");
        var expected = Data.Records.SelectMany(r => Data.CitationsOf(r.Id)).ToList();
        citations.Rows.Should().HaveCount(expected.Count).And.NotBeEmpty();
        for (var i = 0; i < expected.Count; i++)
        {
            var row = citations.Rows[i];
            (row[0], row[1], row[2]).Should().Be((expected[i].Record.Id, expected[i].Path, expected[i].Source.Id));
            Encoding.UTF8.GetBytes(CsvFile.Restore(row[4])).Should().Equal(Encoding.UTF8.GetBytes(expected[i].Quote), $"row {i + 1} quotes {expected[i]}");
            CsvFile.Restore(row[3]).Should().Be(expected[i].ReadableQuote, $"row {i + 1} shows {expected[i]} as it reads");
            var anchor = expected[i].Citation.Anchor;
            (row[5], row[6]).Should().Be((anchor?.Start.ToString(CultureInfo.InvariantCulture) ?? "", anchor?.End.ToString(CultureInfo.InvariantCulture) ?? ""), $"row {i + 1} anchors {expected[i]}");
            (CsvFile.Restore(row[7]), CsvFile.Restore(row[8])).Should().Be((anchor?.Prefix ?? "", anchor?.Suffix ?? ""), $"row {i + 1} anchors {expected[i]}");
        }

        citations.Values("path").Should().Contain("roles[0].citations[0]").And.Contain("versions[1].citations[0]");
        citations.Values("quote_start").Should().NotContain(string.Empty, "every curated citation is anchored");
        citations.Values("quote_exact").Should().Contain(q => q.Contains("\n\n", StringComparison.Ordinal), "a quote with a blank line is part of what round-trips");
        citations.Rows.Should().Contain(r => r[4].Contains("\\$", StringComparison.Ordinal) && r[3] == r[4].Replace("\\$", "$", StringComparison.Ordinal),
            "a quote with a Markdown escape reads without it");
    }

    [Fact]
    public void ExportCsv_EveryCellOfTheCuratedData_RoundTrips_AfterRemovingOneLeadingApostrophe()
    {
        using var directory = Export("csv");
        var mismatches = new List<string>();
        var (cells, apostrophes) = (0, 0);

        foreach (var table in ExportTables.For(Data))
        {
            var file = CsvFile.Read(directory.File(table.FileName));
            file.Header.Should().Equal(table.Fields.Select(f => f.Name), table.Name);
            var rows = table.Rows.ToList();
            file.Rows.Should().HaveCount(rows.Count, table.Name);
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < table.Fields.Count; c++)
                {
                    var expected = rows[r][c] ?? string.Empty;
                    if (CsvFile.Restore(file.Rows[r][c]) != expected)
                    {
                        mismatches.Add($"{table.FileName} row {r + 1} {table.Fields[c].Name}: '{file.Rows[r][c]}' for '{expected}'");
                    }

                    cells++;
                    apostrophes += expected.StartsWith('\'') ? 1 : 0;
                }
            }
        }

        mismatches.Should().BeEmpty();
        cells.Should().BeGreaterThan(5_000, "every table was read");
        apostrophes.Should().BeGreaterThan(0, "the walk reaches text that itself starts with an apostrophe");
    }

    [Fact]
    public void ExportCsv_TextWithCommasQuotesAndLineBreaks_RoundTrips()
    {
        using var directory = Export("csv");

        var events = CsvFile.Read(directory.File("events.csv"));
        var texts = new List<(string Cell, string Original)>();
        foreach (var record in Data.Events)
        {
            var row = events.Row(record.Id);
            texts.Add((row["title"], record.Title));
            texts.Add((row["description"], record.Description));
            texts.Add((row["notes"], record.Notes ?? string.Empty));
        }

        var conflicts = CsvFile.Read(directory.File("conflicts.csv"));
        texts.AddRange(Data.Conflicts.Select(c => (conflicts.Row(c.Id)["explanation"], c.Explanation)));

        texts.Should().OnlyContain(t => CsvFile.Restore(t.Cell) == t.Original);
        texts.Select(t => t.Original).Should().Contain(t => t.Contains(',') && t.Contains('"'), "the check covers quoting");
    }

    [Fact]
    public void ExportCsv_ListsOfIds_AreLinkTables_AndListsOfTextAreJoinedCells()
    {
        using var directory = Export("csv");

        var lead = CsvFile.Read(directory.File("program-lead-agencies.csv"));
        lead.Header.Should().Equal("program_id", "position", "agency_id");
        lead.Rows.Select(r => (r[0], int.Parse(r[1], CultureInfo.InvariantCulture), r[2])).Should().Equal(
            Data.Programs.SelectMany(p => p.LeadAgencyIds.Select((a, i) => (p.Id, i, a))));

        var touched = CsvFile.Read(directory.File("conflict-records.csv"));
        touched.Rows.Select(r => (r[0], r[2])).Should().Equal(Data.Conflicts.SelectMany(c => c.RecordIds.Select(id => (c.Id, id))));

        var roles = CsvFile.Read(directory.File("person-roles.csv"));
        roles.Rows.Should().HaveCount(Data.People.Sum(p => p.Roles.Count));

        var dea = Data.Get<Agency>("agency/us-dea");
        CsvFile.Read(directory.File("agencies.csv")).Row(dea.Id)["aliases"].Split(" | ").Should().Equal(dea.Aliases);
    }

    [Fact]
    public void ExportCsv_FilesAreUtf8WithoutBom_WithCrlfRecordEnds()
    {
        using var directory = Export("csv");

        foreach (var path in Directory.GetFiles(directory.Path, "*.csv"))
        {
            var bytes = File.ReadAllBytes(path);
            bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, path);
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            text.Should().EndWith("\r\n", path);
            text[..text.IndexOf('\n', StringComparison.Ordinal)].Should().EndWith("\r", "the header ends with CRLF");
        }

        var accented = Data.Agencies.Select(a => a.SpanishName).OfType<string>().First(n => !n.All(char.IsAscii));
        File.ReadAllText(directory.File("agencies.csv")).Should().Contain(accented);
    }

    [Fact]
    public void ExportCsv_WithADataFile_ExportsTheUserRecordsToo()
    {
        using var directory = Export("csv", "--data", Path.Combine(AppContext.BaseDirectory, "Data", "UserData", "my-cases.json"));

        var cases = CsvFile.Read(directory.File("extradition-cases.csv"));
        cases.Rows.Should().HaveCount(Data.ExtraditionCases.Count + 2);
        var row = cases.Row("extradition-case/example-defendant-one");
        row["person_id"].Should().Be("person/example-defendant-one");
        row["surrendered_edtf"].Should().Be("2012-03");
        CsvFile.Read(directory.File("records.csv")).Rows.Should().HaveCount(Data.Records.Count + 7);
        CsvFile.Read(directory.File("citations.csv")).Values("source_id").Should().Contain("source/court-filings-2012");
    }

    [Fact]
    public void ExportCsv_TextThatStartsLikeAFormula_IsNeutralised_AndRestoresExactly()
    {
        using var input = new TempDirectory();
        Directory.CreateDirectory(input.Path);
        var source = new Source(
            "source/injection-test", "=cmd|' /C calc'!A0", "+description", ["-author"], "@outlet", PartialDate.Parse("2012-06"),
            SourceKind.Analysis, null, "injection.txt", null, "\tnotes");
        var agency = new Agency("agency/injection-test", "US", "=HYPERLINK(\"http://example.com\",\"x\")", null, ["+A"], ["-B"], ["@C", "'=D"], AgencyKind.LawEnforcement, null);
        var person = new Person("person/injection-test", "\rName", null, null, [new Citation(source.Id, "-quote, with \"quotes\"\nand a line")]);
        var line = new BudgetLine(
            "budget-line/injection-test", null, "=1+1", agency.Id, null, null, new FiscalYear(2012), null, new Money(1500000.50m, "USD"),
            BudgetStage.Request, ["-qualifier"], null, [new Citation(source.Id, "@quote")], "'quoted' note");
        using (var file = File.Create(input.File("hostile.json")))
        {
            BorderCoopData.Create([source, agency, person, line]).WriteJson(file);
        }

        using var directory = Export("csv", "--data", input.File("hostile.json"));

        var sourceRow = CsvFile.Read(directory.File("sources.csv")).Row(source.Id);
        sourceRow["title"].Should().Be("'=cmd|' /C calc'!A0");
        (sourceRow["description"], sourceRow["authors"], sourceRow["outlet"], sourceRow["notes"]).Should().Be(("'+description", "'-author", "'@outlet", "'\tnotes"));
        sourceRow["published_first_day"].Should().Be("2012-06-01");

        var agencyRow = CsvFile.Read(directory.File("agencies.csv")).Row(agency.Id);
        CsvFile.Restore(agencyRow["english_name"]).Should().Be(agency.EnglishName);
        agencyRow["english_name"].Should().StartWith("'=");
        CsvFile.Restore(agencyRow["aliases"]).Split(" | ").Should().Equal("@C", "'=D");

        CsvFile.Read(directory.File("people.csv")).Row(person.Id)["name"].Should().Be("'\rName");
        var quotes = CsvFile.Read(directory.File("citations.csv")).Rows.Where(r => r[0] is "person/injection-test" or "budget-line/injection-test").ToList();
        quotes.Select(r => r[3]).Should().Equal("'-quote, with \"quotes\"\nand a line", "'@quote");
        quotes.Select(r => r[4]).Should().Equal("'-quote, with \"quotes\"\nand a line", "'@quote");

        var lineRow = CsvFile.Read(directory.File("budget-lines.csv")).Row(line.Id);
        (lineRow["description"], lineRow["qualifiers"], lineRow["notes"]).Should().Be(("'=1+1", "'-qualifier", "''quoted' note"), "text that starts with an apostrophe gets one too");
        (lineRow["amount"], lineRow["fiscal_year"], lineRow["funder_id"]).Should().Be(("1500000.50", "2012", agency.Id), "typed cells and ids are never altered");

        foreach (var path in Directory.GetFiles(directory.Path, "*.csv"))
        {
            CsvFile.Read(path).Rows.SelectMany(r => r).Should().NotContain(cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0]), path);
        }
    }

    [Fact]
    public void Export_TwoRuns_WriteByteIdenticalFiles()
    {
        using var first = Export("datapackage");
        using var second = Export("datapackage");

        var names = Directory.GetFiles(first.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        names.Should().HaveCountGreaterThan(20).And.Contain("datapackage.json");
        Directory.GetFiles(second.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(names);
        foreach (var name in names)
        {
            File.ReadAllBytes(second.File(name!)).Should().Equal(File.ReadAllBytes(first.File(name!)), name);
        }
    }

    /// <summary>Runs the export of the curated data into a new temp directory (which the command creates) and checks it succeeded.</summary>
    internal static TempDirectory Export(string format, params string[] more) => ExportOf(BorderCoopData.Default, format, more);

    /// <summary>Runs the export of <paramref name="data"/> into a new temp directory and checks it succeeded.</summary>
    internal static TempDirectory ExportOf(BorderCoopData data, string format, params string[] more)
    {
        var directory = new TempDirectory();
        var (exitCode, output, error) = CliRunner.RunOn(data, ["export", "--format", format, "--output", directory.Path, .. more]);
        exitCode.Should().Be(0, error);
        output.Should().BeEmpty();
        error.Should().StartWith("bordercoop: wrote ");
        return directory;
    }

    private static BorderCoopData SmallDataset()
    {
        var abrego = TestRecords.Person("abrego", "Juan García Ábrego");
        var cardenas = TestRecords.Person("cardenas", "Osiel Cardenas");
        var treaty = TestRecords.DatedAgreement("extradition-treaty");
        var arrest = TestRecords.Event("arrest", "An arrest", date: "1996-01-14", kind: EventKind.Arrest);
        return TestRecords.Data(
            abrego,
            cardenas,
            TestRecords.DatedAgreement("drugs-1989", signed: "1989"),
            TestRecords.DatedAgreement("norms-1992", issued: "1992-07"),
            treaty,
            TestRecords.Program("fusion-centers", "Fusion Centers", period: "2004~/.."),
            TestRecords.Program("contact-group", "High-Level Contact Group", period: "1996-03/"),
            TestRecords.Program("undated", "An undated program"),
            TestRecords.Case("abrego", abrego.Id, arrested: "1996-01-14", surrendered: "1996-01~", outcome: ExtraditionOutcome.Surrendered),
            TestRecords.Case("cardenas", cardenas.Id, surrendered: "[..2007-01]", outcome: ExtraditionOutcome.Surrendered),
            new ExtraditionCase("extradition-case/later", cardenas.Id, "MX", "US", ExtraditionMechanism.Extradition, PartialDate.Parse("2002~"), null, PartialDate.Parse("[2003..]"), null, null,
                ExtraditionOutcome.Requested, null, null, null, TestRecords.Quote),
            new BudgetLine("budget-line/siu-fy2011", null, "A request.", null, ["MX"], null, FiscalYear.Parse("FY2011"), null, new Money(10_800_000m, "USD"), BudgetStage.Request,
                ["non-personnel", "for Mexico"], null, TestRecords.Quote),
            TestRecords.ExtraditionFigure("at-least-136", null, 136, qualifier: QuantityQualifier.AtLeast),
            arrest,
            TestRecords.Event("expulsion", "The expulsion, a few days later", date: "1996-01~", after: arrest.Id),
            TestRecords.DateConflict("treaty-year", treaty.Id, "1980", "1978"));
    }

    [Fact]
    public void ExportCsv_CarriesIssuedDates_StatedOrder_AndTheDatesConflictsGive()
    {
        using var directory = ExportOf(Small, "csv");

        CsvFile.Read(directory.File("agreements.csv")).Row("agreement/norms-1992")["issued_edtf"].Should().Be("1992-07");
        CsvFile.Read(directory.File("events.csv")).Row("event/expulsion")["after_id"].Should().Be("event/arrest");
        var versions = CsvFile.Read(directory.File("conflict-versions.csv"));
        var ofTreaty = versions.Rows.Where(r => r[versions.Column("conflict_id")] == "conflict/treaty-year").ToList();
        ofTreaty.Select(r => r[versions.Column("date_edtf")]).Should().Equal("1980", "1978");
        ofTreaty.Should().OnlyContain(r => r[versions.Column("date_kind")] == string.Empty);
    }
}
