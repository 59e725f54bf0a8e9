using System.Text;

namespace BorderCoop.Tests.Loading;

/// <summary>Researchers' own records load alone or on top of the curated data, within limits, and the queries see them.</summary>
public sealed class BorderCoopDataLoadingTests
{
    private static string UserFile(string fileName) => Path.Combine(AppContext.BaseDirectory, "Data", "UserData", fileName);

    [Fact]
    public void ExtendFile_AddsTheUserRecordsAfterTheDefaultOnes()
    {
        var before = BorderCoopData.Default;

        var data = before.ExtendFile(UserFile("my-cases.json"));

        data.Records.Should().HaveCount(before.Records.Count + 7);
        data.ExtraditionCases.Should().StartWith(before.ExtraditionCases);
        data.ExtraditionCases.Select(c => c.Id).TakeLast(2).Should().Equal("extradition-case/example-defendant-one", "extradition-case/example-defendant-two");
        data.Sources.Should().HaveCount(before.Sources.Count + 1);
        before.Find("extradition-case/example-defendant-one").Should().BeNull("the dataset extended is immutable");
    }

    [Fact]
    public void ExtendFile_TheQueriesSeeTheNewRecords()
    {
        var data = BorderCoopData.Default.ExtendFile(UserFile("my-cases.json"));

        var surrendered = data.Get<ExtraditionCase>("extradition-case/example-defendant-one");
        surrendered.Surrendered.Should().Be(PartialDate.Parse("2012-03"));
        surrendered.AgencyIds.Should().Equal("agency/us-dea", "agency/mx-pgr");
        data.Find("agency/us-dea").Should().BeSameAs(BorderCoopData.Default.Find("agency/us-dea"));

        var fy2012 = data.BudgetTotalsByFiscalYear("program/dea-siu").Totals.Should()
            .ContainSingle(t => t.FiscalYear == FiscalYear.Parse("FY2012")).Which;
        fy2012.Amount.Should().Be(new Money(1500000, "USD"));
        fy2012.LineIds.Should().Equal("budget-line/example-vetted-unit-fy2012");
        BorderCoopData.Default.BudgetTotalsByFiscalYear("program/dea-siu").Totals.Should().NotContain(t => t.FiscalYear == FiscalYear.Parse("FY2012"));

        data.ConflictsAbout("extradition-case/example-defendant-one").Should().ContainSingle()
            .Which.Id.Should().Be("conflict/example-defendant-one-mechanism");
        data.FindPeople("Example Defendant Two").Should().ContainSingle().Which.Id.Should().Be("person/example-defendant-two");
    }

    [Fact]
    public void LoadFile_ASelfContainedFile_LoadsAlone()
    {
        var data = BorderCoopData.LoadFile(UserFile("self-contained.json"));

        data.Records.Select(r => r.Id).Should().Equal(
            "source/field-notes-2013", "person/example-fugitive", "extradition-case/example-fugitive", "budget-line/example-training-fy2013");
        data.Agreements.Should().BeEmpty();
        data.BudgetTotalsByFiscalYear().Totals.Should().ContainSingle()
            .Which.Should().Match<BudgetTotal>(t => t.Stage == BudgetStage.Request && t.Amount == new Money(250000, "USD"));
    }

    [Fact]
    public void LoadFile_AFileThatReferencesTheDefaultData_ReportsEveryReferenceThatDoesNotResolveAlone()
    {
        var load = () => BorderCoopData.LoadFile(UserFile("my-cases.json"));

        load.Should().Throw<DatasetValidationException>().Which.Problems.Select(p => $"{p.Line} {p.JsonPath}").Should().Equal(
            "40 $.extraditionCases[0].agencies[0]",
            "40 $.extraditionCases[0].agencies[1]",
            "53 $.extraditionCases[1].agencies[0]",
            "62 $.budgetLines[0].program",
            "64 $.budgetLines[0].funder");
    }

    [Fact]
    public void Extend_TwiceWithTheSameRecords_ReportsTheDuplicatesAgainstTheFirstExtension()
    {
        var once = BorderCoopData.Default.ExtendFile(UserFile("self-contained.json"));

        var twice = () => once.ExtendFile(UserFile("self-contained.json"));

        twice.Should().Throw<DatasetValidationException>().Which.Problems.Should().HaveCount(4)
            .And.OnlyContain(p => p.Message.StartsWith("the id is used by more than one record", StringComparison.Ordinal) && p.JsonPath!.EndsWith(".id", StringComparison.Ordinal));
    }

    /// <summary>A source and one event whose title and description are given (as JSON string contents).</summary>
    private static BorderCoopData LoadEvent(string title, string description) => BorderCoopData.Load(
        new MemoryStream(Encoding.UTF8.GetBytes($$"""
            {
              "sources": [{ "id": "source/notes", "description": "Notes.", "kind": "analysis", "file": "notes.txt" }],
              "events": [
                {
                  "id": "event/x",
                  "kind": "other",
                  "title": "{{title}}",
                  "description": "{{description}}",
                  "citations": [{ "source": "source/notes", "quote": "a quote" }]
                }
              ]
            }
            """)),
        "user.json");

    [Fact]
    public void Load_ATitleOfZeroWidthSpaces_IsRefusedAsBlank_WhereItIs()
    {
        var load = () => LoadEvent(@"\u200B\u200B\u2060", "A description.");

        var problem = load.Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle().Which;
        problem.Location.Should().Be("user.json:7 $.events[0].title (event/x)");
        problem.Message.Should().StartWith("The value cannot be blank");
    }

    [Fact]
    public void Load_ANulInADescription_IsRefused_NamingTheCharacter()
    {
        var load = () => LoadEvent("A title", @"Arrested\u0000 in Matamoros.");

        var problem = load.Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle().Which;
        problem.Location.Should().Be("user.json:8 $.events[0].description (event/x)");
        problem.Message.Should().Be("The value holds the control character U+0000 at index 8; text may hold no control character other than tab, line feed and carriage return");
    }

    [Fact]
    public void Load_TextWithTabsAndLineBreaks_IsAccepted()
    {
        var data = LoadEvent(@"A title\twith a tab", @"Line one.\r\nLine two.");

        data.Get<Event>("event/x").Description.Should().Be("Line one.\r\nLine two.");
    }

    [Fact]
    public void Load_AnEmptyDocument_IsAnEmptyDataset()
    {
        using var stream = new MemoryStream("{ }"u8.ToArray());

        BorderCoopData.Load(stream, "empty").Records.Should().BeEmpty();
    }

    [Fact]
    public void Load_TheExportOfTheDefaultDataset_ReadsBackEqual()
    {
        using var export = new MemoryStream();
        BorderCoopData.Default.WriteJson(export);
        export.Position = 0;

        var data = BorderCoopData.Load(export, "export.json");

        data.Records.Should().Equal(BorderCoopData.Default.Records);
    }

    [Fact]
    public void Load_AUtf8ByteOrderMark_IsIgnored()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. File.ReadAllBytes(UserFile("self-contained.json"))]);

        BorderCoopData.Load(stream, "bom.json").Records.Should().HaveCount(4);
    }

    [Fact]
    public void Load_InputOverTheByteLimit_IsRefusedWithoutReadingItAll()
    {
        using var endless = new EndlessStream();
        var limits = new DatasetLoadLimits(maxBytes: 1024 * 1024, maxDepth: 32);

        var load = () => BorderCoopData.Load(endless, "endless", limits);

        load.Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Be(new DatasetProblem("endless", null, null, null, "the input is larger than the limit of 1,048,576 bytes (DatasetLoadLimits.MaxBytes); it was not read"));
        endless.BytesRead.Should().Be(1024 * 1024 + 1);
    }

    [Theory]
    [InlineData(-100)]
    [InlineData(0)]
    [InlineData(100)]
    public void Load_ASeekableStreamWhoseLengthIsWrong_IsReadToItsEnd(int error)
    {
        // A file that changes as it is read: its length said one thing, its bytes another.
        var bytes = File.ReadAllBytes(UserFile("self-contained.json"));
        using var stream = new MisreportingStream(bytes, bytes.Length + error);

        BorderCoopData.Load(stream, "changing.json").Records.Should().HaveCount(4);
        stream.BytesRead.Should().Be(bytes.Length);
    }

    [Fact]
    public void Load_ASeekableStreamThatGrowsPastTheByteLimit_IsRefusedWithoutReadingItAll()
    {
        var bytes = File.ReadAllBytes(UserFile("self-contained.json"));
        var limits = new DatasetLoadLimits(maxBytes: bytes.Length + 10, maxDepth: 32);
        using var stream = new MisreportingStream([.. bytes, .. Enumerable.Repeat((byte)' ', 1000)], bytes.Length);

        var load = () => BorderCoopData.Load(stream, "growing.json", limits);

        load.Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle().Which.Message.Should().StartWith("the input is larger than the limit");
        stream.BytesRead.Should().Be(bytes.Length + 11);
    }

    [Fact]
    public void LoadFile_AFileOverTheByteLimit_IsRefusedBeforeAnythingIsRead()
    {
        var path = UserFile("self-contained.json");
        var limits = new DatasetLoadLimits(maxBytes: new FileInfo(path).Length - 1, maxDepth: 32);
        using var stream = File.OpenRead(path);

        var load = () => BorderCoopData.Default.Extend(stream, path, limits);

        load.Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle().Which.Message.Should().StartWith("the input is larger than the limit");
        stream.Position.Should().Be(0);
    }

    [Fact]
    public void Load_DataExactlyAtTheLimits_IsAccepted()
    {
        var path = UserFile("my-cases.json");

        // Conflict versions' citations are the deepest values: document, conflicts, conflict, versions, version, citations, citation.
        var data = BorderCoopData.Default.ExtendFile(path, new DatasetLoadLimits(new FileInfo(path).Length, maxDepth: 7));

        data.Conflicts.Should().HaveCount(BorderCoopData.Default.Conflicts.Count + 1);
    }

    [Fact]
    public void Load_DataOneLevelDeeperThanTheLimit_IsRefusedAtTheFirstValueTooDeep()
    {
        var path = UserFile("my-cases.json");

        var load = () => BorderCoopData.Default.ExtendFile(path, new DatasetLoadLimits(1024 * 1024, maxDepth: 6));

        load.Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Be(new DatasetProblem(path, 84, "$.conflicts[0]", null,
                "the JSON is nested deeper than the limit of 6 levels (DatasetLoadLimits.MaxDepth); reading stopped here"));
    }

    [Fact]
    public void Load_ThousandsOfBadRecords_StopsReportingAtTheProblemCap()
    {
        var json = "{ \"figures\": [" + string.Join(",", Enumerable.Repeat("null", 5000)) + "] }";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var load = () => BorderCoopData.Load(stream, "nulls.json");

        var problems = load.Should().Throw<DatasetValidationException>().Which.Problems;
        problems.Should().HaveCount(1000);
        problems[998].Message.Should().Be("the record is null");
        problems[999].Message.Should().Be("reading stopped after 999 problems; fix these and load again to see the rest");
    }

    [Fact]
    public void Load_ArgumentsAreChecked()
    {
        using var stream = new MemoryStream();

        FluentActions.Invoking(() => BorderCoopData.Load(null!, "x")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BorderCoopData.Load(stream, " ")).Should().Throw<ArgumentException>().WithParameterName("sourceName");
        FluentActions.Invoking(() => BorderCoopData.LoadFile(Path.Combine(AppContext.BaseDirectory, "no-such-file.json"))).Should().Throw<FileNotFoundException>();
    }

    [Theory]
    [InlineData(0, 32, "maxBytes")]
    [InlineData(1L + int.MaxValue, 32, "maxBytes")]
    [InlineData(1024, 0, "maxDepth")]
    [InlineData(1024, 257, "maxDepth")]
    public void DatasetLoadLimits_OutOfRange_IsRejected(long maxBytes, int maxDepth, string parameter)
    {
        var create = () => new DatasetLoadLimits(maxBytes, maxDepth);

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void DatasetLoadLimits_Default_Is64MiBAndDepth32()
    {
        DatasetLoadLimits.Default.Should().Be(new DatasetLoadLimits(64 * 1024 * 1024, 32));
        DatasetLoadLimits.Default.ToString().Should().Be("at most 67,108,864 bytes, depth 32");
    }

    /// <summary>A seekable stream whose <see cref="Length"/> is not the number of its bytes, counting what is read from it.</summary>
    private sealed class MisreportingStream(byte[] bytes, long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, bytes.Length - BytesRead);
            bytes.AsSpan((int)BytesRead, n).CopyTo(buffer.AsSpan(offset));
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream of spaces that never ends and cannot seek, counting what is read from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
