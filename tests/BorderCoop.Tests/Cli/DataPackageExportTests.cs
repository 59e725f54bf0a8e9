using System.Globalization;
using System.Text.Json;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// <c>bordercoop export --format datapackage</c>: the descriptor must describe the files exactly, and the files must
/// satisfy it the way the Frictionless validator checks them (types, required values, allowed values, unique primary
/// keys, resolving foreign keys). The export includes a <c>--data</c> file, so user records must satisfy it too.
/// </summary>
public sealed class DataPackageExportTests : IClassFixture<DataPackageExportTests.Package>
{
    private readonly Package package;

    public DataPackageExportTests(Package package) => this.package = package;

    private IEnumerable<JsonElement> Resources => package.Descriptor.RootElement.GetProperty("resources").EnumerateArray();

    [Fact]
    public void Descriptor_CarriesTheDataRelease()
    {
        package.Descriptor.RootElement.GetProperty("version").GetString()
            .Should().Be(BorderCoopData.Default.DataVersion).And.MatchRegex("^[0-9]{4}[a-z]$");
    }

    [Fact]
    public void Descriptor_IsATabularDataPackage_DescribingEveryCsvFile()
    {
        var root = package.Descriptor.RootElement;
        root.GetProperty("profile").GetString().Should().Be("tabular-data-package");
        root.GetProperty("name").GetString().Should().Be("bordercoop");
        root.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();

        var names = Resources.Select(r => r.GetProperty("name").GetString()).ToList();
        names.Should().OnlyHaveUniqueItems();
        Resources.Select(r => r.GetProperty("path").GetString()).Should()
            .BeEquivalentTo(Directory.GetFiles(package.Directory.Path, "*.csv").Select(Path.GetFileName), "every CSV file is a resource and every resource a file");
        foreach (var resource in Resources)
        {
            resource.GetProperty("profile").GetString().Should().Be("tabular-data-resource");
            resource.GetProperty("path").GetString().Should().Be(resource.GetProperty("name").GetString() + ".csv");
            resource.GetProperty("format").GetString().Should().Be("csv");
            resource.GetProperty("mediatype").GetString().Should().Be("text/csv");
            resource.GetProperty("encoding").GetString().Should().Be("utf-8");
            resource.GetProperty("dialect").GetProperty("lineTerminator").GetString().Should().Be("\r\n");
        }

        names.Should().Contain(["agencies", "extradition-cases", "citations", "records", "program-lead-agencies", "conflict-records"]);
    }

    [Fact]
    public void Descriptor_LicensesTheCodeAndRecordsUnderMit_AndSaysTheQuotesRemainTheirAuthors()
    {
        var root = package.Descriptor.RootElement;
        var license = root.GetProperty("licenses").EnumerateArray().Should().ContainSingle().Subject;

        license.GetProperty("name").GetString().Should().Be("MIT");
        license.GetProperty("path").GetString().Should().StartWith("https://");
        license.GetProperty("title").GetString().Should().Contain("not the quoted passages");
        File.ReadAllText(Path.Combine(Repository.Root, "LICENSE")).Should().StartWith("MIT License", "the package names the repository's licence");
        root.GetProperty("description").GetString().Should().Contain("copyright stays with their authors and publishers");
        Resources.Single(r => Name(r) == "citations").GetProperty("description").GetString().Should().Contain("copyright stays with their authors and publishers");
    }

    [Fact]
    public void Descriptor_ListsEverySourceByATitle_NeverByItsFileName()
    {
        var sources = package.Descriptor.RootElement.GetProperty("sources").EnumerateArray().ToList();
        var data = BorderCoopData.Default;

        sources.Should().HaveCount(data.Sources.Count + 1, "the curated sources and the one of the --data file");
        var titles = sources.Select(s => s.GetProperty("title").GetString()!).ToList();
        titles.Should().OnlyContain(t => t.Length > 0);
        titles.Should().NotContain(t => data.Sources.Any(s => t.Contains(s.FileName, StringComparison.Ordinal)));
        titles.Should().Contain(data.Sources.Select(s => s.Title).OfType<string>(), "a source that states its title is listed by it");
    }

    [Fact]
    public void Descriptor_AnUntitledSource_IsListedByItsDescription_SayingItHasNoTitle()
    {
        var untitled = new Source("source/untitled-blog", null, "A blog post that quotes a news report.", [], null, null, SourceKind.Analysis, "https://example.org/post", "000_blog.txt", null);
        var data = TestRecords.Data(untitled, TestRecords.Event("e", "An event"));
        using var stream = new MemoryStream();

        BorderCoop.Cli.Export.DataPackageWriter.Write(stream, data, BorderCoop.Cli.Export.ExportTables.For(data));

        using var descriptor = JsonDocument.Parse(stream.ToArray());
        var sources = descriptor.RootElement.GetProperty("sources").EnumerateArray().ToList();
        sources.Select(s => s.GetProperty("title").GetString()).Should().Equal("A test paper", "A blog post that quotes a news report (the document states no title)");
        sources[1].GetProperty("path").GetString().Should().Be("https://example.org/post");
    }

    [Fact]
    public void EveryResource_FieldNames_AreTheCsvHeaderInOrder_AndUnique()
    {
        foreach (var resource in Resources)
        {
            var fields = Fields(resource).Select(f => f.GetProperty("name").GetString()).ToList();
            fields.Should().OnlyHaveUniqueItems().And.Equal(package.Table(resource).Header, Name(resource));
        }
    }

    [Fact]
    public void AColumnName_HasOneTypeInEveryTable_AndDateColumnsTheirTypeBySuffix()
    {
        var columns = Resources.SelectMany(r => Fields(r).Select(f => (Table: Name(r), Name: f.GetProperty("name").GetString()!, Type: f.GetProperty("type").GetString()!))).ToList();

        columns.GroupBy(c => c.Name).Should().OnlyContain(g => g.Select(c => c.Type).Distinct().Count() == 1, "a loader that follows the schema gets one type per column name");
        columns.Where(c => c.Name.EndsWith("_first_day", StringComparison.Ordinal) || c.Name.EndsWith("_last_day", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(c => c.Type == "date");
        columns.Where(c => c.Name.EndsWith("_edtf", StringComparison.Ordinal) || c.Name.EndsWith("_precision", StringComparison.Ordinal) || c.Name.EndsWith("_id", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(c => c.Type == "string", "EDTF is text at any precision, even in a column that holds only full days");
        columns.Where(c => c.Name is "fiscal_year" or "position").Should().NotBeEmpty().And.OnlyContain(c => c.Type == "integer");
        Fields(Resources.Single(r => Name(r) == "extradition-cases")).Single(f => f.GetProperty("name").GetString() == "arrested_edtf")
            .GetProperty("description").GetString().Should().Contain("EDTF").And.Contain("never a date");
    }

    [Fact]
    public void EveryTextColumn_SaysHowToUndoTheSpreadsheetApostrophe()
    {
        var text = Resources.SelectMany(r => Fields(r))
            .Where(f => f.GetProperty("name").GetString() is "title" or "notes" or "quote" or "quote_exact" or "aliases" or "description").ToList();

        text.Should().HaveCountGreaterThan(20).And.OnlyContain(f => f.GetProperty("description").GetString()!.Contains("remove exactly one leading '", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryValue_ParsesAsItsDeclaredType_AndMeetsItsConstraints()
    {
        var checkedCells = 0;
        foreach (var resource in Resources)
        {
            var table = package.Table(resource);
            foreach (var (field, column) in Fields(resource).Select((f, i) => (f, i)))
            {
                var type = field.GetProperty("type").GetString();
                var required = field.TryGetProperty("constraints", out var constraints) && constraints.TryGetProperty("required", out var r) && r.GetBoolean();
                var allowed = constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty("enum", out var e)
                    ? e.EnumerateArray().Select(v => v.GetString()).ToHashSet()
                    : null;
                foreach (var (row, index) in table.Rows.Select((row, index) => (row, index)))
                {
                    var cell = row[column];
                    var where = $"{Name(resource)} row {index + 1} {field.GetProperty("name").GetString()} '{cell}'";
                    if (cell.Length == 0)
                    {
                        required.Should().BeFalse(where + " is empty but required");
                        continue;
                    }

                    ParsesAs(type!, cell).Should().BeTrue(where + $" is not a {type}");
                    allowed?.Should().Contain(cell, where);
                    checkedCells++;
                }
            }
        }

        checkedCells.Should().BeGreaterThan(5_000, "the walk reached every table");
    }

    [Fact]
    public void EveryPrimaryKey_IsUnique()
    {
        foreach (var resource in Resources)
        {
            var key = resource.GetProperty("schema").GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()!).ToList();
            key.Should().NotBeEmpty(Name(resource));
            var table = package.Table(resource);
            var columns = key.Select(table.Column).ToList();
            table.Rows.Select(row => string.Join("\u0000", columns.Select(c => row[c]))).Should().OnlyHaveUniqueItems(Name(resource));
        }
    }

    [Fact]
    public void EveryForeignKey_Resolves()
    {
        var walked = new List<string>();
        foreach (var resource in Resources)
        {
            if (!resource.GetProperty("schema").TryGetProperty("foreignKeys", out var keys))
            {
                continue;
            }

            var table = package.Table(resource);
            foreach (var key in keys.EnumerateArray())
            {
                var field = key.GetProperty("fields").EnumerateArray().Single().GetString()!;
                var reference = key.GetProperty("reference");
                var target = reference.GetProperty("resource").GetString() is { Length: > 0 } other ? other : Name(resource);
                var targetField = reference.GetProperty("fields").EnumerateArray().Single().GetString()!;
                var targetResource = Resources.Single(r => Name(r) == target);
                targetResource.GetProperty("schema").GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()).Should()
                    .Equal([targetField], "a foreign key points at the whole primary key of its target");

                var known = package.Table(targetResource).Values(targetField).ToHashSet(StringComparer.Ordinal);
                var values = table.Values(field).Where(v => v.Length > 0).ToList();
                values.Should().NotContain(v => !known.Contains(v), $"{Name(resource)}.{field} refers to {target}.{targetField}");
                walked.Add($"{Name(resource)}.{field} -> {target}");
            }
        }

        walked.Should().HaveCountGreaterThan(30).And.Contain([
            "agencies.parent_id -> agencies",
            "citations.record_id -> records",
            "citations.source_id -> sources",
            "conflict-records.record_id -> records",
            "event-related.record_id -> records",
            "program-lead-agencies.agency_id -> agencies",
            "extradition-cases.person_id -> people",
            "figures.reported_by_id -> records",
        ]);
    }

    [Fact]
    public void SelfReferences_NameTheEmptyResource_AsTableSchemaRequires()
    {
        var agencies = Resources.Single(r => Name(r) == "agencies");
        var parent = agencies.GetProperty("schema").GetProperty("foreignKeys").EnumerateArray()
            .Single(k => k.GetProperty("fields")[0].GetString() == "parent_id");

        parent.GetProperty("reference").GetProperty("resource").GetString().Should().BeEmpty();
    }

    [Fact]
    public void UserRecords_AreInThePackage()
    {
        package.Table(Resources.Single(r => Name(r) == "extradition-cases")).Values("id").Should().Contain("extradition-case/example-defendant-one");
    }

    private static string Name(JsonElement resource) => resource.GetProperty("name").GetString()!;

    private static JsonElement.ArrayEnumerator Fields(JsonElement resource) => resource.GetProperty("schema").GetProperty("fields").EnumerateArray();

    private static bool ParsesAs(string type, string cell) => type switch
    {
        "string" => true,
        "integer" => int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        "number" => decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
        "date" => DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "boolean" => cell is "true" or "false",
        _ => throw new InvalidOperationException($"The test does not know the Table Schema type '{type}'."),
    };

    /// <summary>One data package export (curated data plus a user file), read once for all the tests.</summary>
    public sealed class Package : IDisposable
    {
        private readonly Dictionary<string, CsvFile> tables = [];

        public Package()
        {
            Directory = CsvExportTests.Export("datapackage", "--data", Path.Combine(AppContext.BaseDirectory, "Data", "UserData", "my-cases.json"));
            Descriptor = JsonDocument.Parse(File.ReadAllBytes(Directory.File("datapackage.json")));
        }

        internal TempDirectory Directory { get; }

        public JsonDocument Descriptor { get; }

        internal CsvFile Table(JsonElement resource)
        {
            var path = resource.GetProperty("path").GetString()!;
            lock (tables)
            {
                if (!tables.TryGetValue(path, out var table))
                {
                    table = CsvFile.Read(Directory.File(path));
                    tables.Add(path, table);
                }

                return table;
            }
        }

        public void Dispose()
        {
            Descriptor.Dispose();
            Directory.Dispose();
        }
    }
}
