using System.Text.Json;

namespace BorderCoop.Tests.Cli;

/// <summary><c>bordercoop timeline</c>, on datasets built here.</summary>
public sealed class TimelineCommandTests
{
    private static readonly Agency Pgr = TestRecords.Agency("mx-pgr", "Attorney General's Office", acronyms: ["PGR"], country: "MX");
    private static readonly Person Abrego = TestRecords.Person("juan-garcia-abrego", "Juan Garcia Abrego");
    private static readonly Person Cardenas = TestRecords.Person("osiel-cardenas", "Osiel Cardenas");
    private static readonly Person Amezcua = TestRecords.Person("luis-amezcua", "Luis Amezcua");
    private static readonly BorderCoopData Data = TestRecords.Data(
        Pgr,
        Abrego,
        Cardenas,
        Amezcua,
        TestRecords.Case("juan-garcia-abrego", Abrego.Id, arrested: "1996-01-14", surrendered: "1996-01~", outcome: ExtraditionOutcome.Surrendered, agencies: [Pgr.Id]),
        TestRecords.Case("osiel-cardenas", Cardenas.Id, surrendered: "[..2007-01]", outcome: ExtraditionOutcome.Surrendered),
        TestRecords.Case("luis-amezcua", Amezcua.Id, arrested: "1998-06-01", outcome: ExtraditionOutcome.Requested),
        TestRecords.Event("policy-review", "Mexico reviews its extradition policy", date: "1995"),
        TestRecords.Event("arrest-1997", "An arrest", date: "1997-03", kind: EventKind.Arrest),
        TestRecords.Event("signing", "A signing", date: "1989", kind: EventKind.Signing),
        TestRecords.DatedAgreement("norms-1992", issued: "1992-07"));

    [Fact]
    public void Timeline_ForOneYear_ListsEntriesInOrderWithDatesAtTheirPrecision()
    {
        var (exitCode, output, error) = CliRunner.RunOn(Data, "timeline", "--from", "1996", "--to", "1996");

        exitCode.Should().Be(0);
        error.Should().BeEmpty();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("Date");
        // The surrender known only as "about January 1996" came "a few days later": after the arrest on 14 January, with "c.".
        var surrender = Array.FindIndex(lines, l => l.StartsWith("c. 1996-01  surrendered", StringComparison.Ordinal));
        var arrest = Array.FindIndex(lines, l => l.StartsWith("1996-01-14  arrested", StringComparison.Ordinal));
        arrest.Should().BePositive();
        surrender.Should().BeGreaterThan(arrest);
        lines[arrest].Should().Contain("extradition-case/juan-garcia-abrego").And.Contain("Juan Garcia Abrego (MX→US)");
        output.Should().NotContain("1995").And.NotContain("1997-");
        output.Should().Contain("by 2007-01", "a surrender known only to be on or before January 2007 may fall in 1996");
    }

    [Fact]
    public void Timeline_WithKindAndAgency_KeepsOnlyThoseEntries()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "timeline", "--kind", "arrested", "--agency", "pgr", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("recordId").GetString()))
            .Should().Equal(("arrested", "extradition-case/juan-garcia-abrego"));
    }

    [Fact]
    public void Timeline_Json_GivesEdtfDatePrecisionAndApproximation()
    {
        var (_, output, _) = CliRunner.RunOn(Data, "timeline", "--from", "1996-01", "--to", "1996-01", "--format", "json");

        using var json = JsonDocument.Parse(output);
        var surrender = json.RootElement.EnumerateArray()
            .Single(e => e.GetProperty("kind").GetString() == "surrendered" && e.GetProperty("recordId").GetString() == "extradition-case/juan-garcia-abrego");
        surrender.GetProperty("date").GetString().Should().Be("1996-01~");
        surrender.GetProperty("precision").GetString().Should().Be("month");
        surrender.GetProperty("approximate").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Timeline_WithNothingInThePeriod_ExitsWithOneAndAnEmptyJsonArray()
    {
        var (exitCode, output, error) = CliRunner.RunOn(Data, "timeline", "--from", "2030", "--to", "2031", "--kind", "signed", "--format", "json");

        exitCode.Should().Be(1);
        output.Trim().Should().Be("[]");
        error.Should().Be("bordercoop: no dated entry matches." + Environment.NewLine);
    }

    [Theory]
    [InlineData("--from", "1996-13", "--from expects a date such as 1996, 1996-03 or 1996-01-14, not '1996-13'.")]
    [InlineData("--kind", "birthday", "--kind expects a kind the timeline shows (signed, issued, in-force")]
    public void Timeline_WithAMalformedValue_ExitsWithTwoAndNamesTheOption(string option, string value, string reason)
    {
        var (exitCode, output, error) = CliRunner.RunOn(Data, "timeline", option, value);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("bordercoop: " + reason);
    }

    [Fact]
    public void Timeline_WithAPeriodEndingBeforeItStarts_ExitsWithTwo()
    {
        var (exitCode, _, error) = CliRunner.RunOn(Data, "timeline", "--from", "2000", "--to", "1999");

        exitCode.Should().Be(2);
        error.Should().Be("bordercoop: --to 1999 ends before --from 2000 starts. (see 'bordercoop timeline --help')" + Environment.NewLine);
    }

    [Fact]
    public void Timeline_WithAnUnknownAgency_ExitsWithOne()
    {
        var (exitCode, _, error) = CliRunner.RunOn(Data, "timeline", "--agency", "no-such-agency");

        exitCode.Should().Be(1);
        error.Should().StartWith("bordercoop: No agency is called 'no-such-agency'");
    }

    [Theory]
    [InlineData("arrest")]
    [InlineData("signing")]
    [InlineData("other")]
    [InlineData("surrendered")]
    [InlineData("issued")]
    public void Timeline_Kind_AcceptsEveryKindTheWhatColumnShows(string kind)
    {
        var (exitCode, output, error) = CliRunner.RunOn(Data, "timeline", "--kind", kind);

        error.Should().BeEmpty();
        exitCode.Should().Be(0);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Should().NotBeEmpty().And.OnlyContain(line => line.Contains($"  {kind}  ", StringComparison.Ordinal));
    }

    [Fact]
    public void Timeline_Kind_RejectsAKindItNeverShows_ListingTheOnesItDoes()
    {
        var (exitCode, _, error) = CliRunner.RunOn(Data, "timeline", "--kind", "counted");

        exitCode.Should().Be(2);
        error.Should().Contain("--kind expects a kind the timeline shows (signed, issued").And.Contain("arrest").And.Contain("not 'counted'");
    }

    [Fact]
    public void Timeline_ForAPeriod_NamesTheUndatedEventsThatMayAlsoBelong()
    {
        Event Event(string slug, string? date) =>
            new($"event/{slug}", date is null ? null : PartialDate.Parse(date), EventKind.Meeting, slug, "d", null, null, null, null, TestRecords.Quote);
        var data = TestRecords.Data(Event("dated", "2009-05"), Event("undated", null));

        var (exitCode, output, _) = CliRunner.RunOneLine(data, "timeline", "--from", "2009", "--to", "2009");

        exitCode.Should().Be(0);
        output.Should().Contain("2009-05  meeting  event/dated")
            .And.Contain("The sources give no date for 1 event(s) that may also belong to this period; see them with 'bordercoop show ID': event/undated.");
        CliRunner.RunOn(data, "timeline", "--from", "2009", "--to", "2009", "--kind", "signed").Output.Should().NotContain("event/undated");
    }
}
