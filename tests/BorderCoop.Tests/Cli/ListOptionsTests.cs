using System.Text.Json;
using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// <c>--sort</c>, <c>--limit</c>, <c>--columns</c> and <c>--format csv|tsv</c>, which every list command takes (see
/// <see cref="BorderCoop.Cli.Formatting.ListOptions"/>), on a dataset built here.
/// </summary>
public sealed class ListOptionsTests
{
    private static readonly BorderCoopData Data = TestRecords.Data(
        DatedAgreement("mou-1987", signed: "1987-12", inForce: "1991", title: "Memorandum of Understanding"),
        DatedAgreement("norms-1992", issued: "1992-07", title: "=HYPERLINK(\"http://x\") Norms, for agents"),
        DatedAgreement("treaty-1978", signed: "1978-05", title: "Extradition\tTreaty\nof 1978 \\ the old one"),
        BudgetLine("small", amount: 9_000_000, fiscalYear: "FY2011"),
        BudgetLine("large", amount: 10_800_000, fiscalYear: "FY2010"),
        BudgetLine("tiny", amount: 500, fiscalYear: "FY2012"));

    [Fact]
    public void Sort_OrdersRowsByTheColumn_DescendingWithDesc()
    {
        Ids("agreements", "--sort", "signed", "--format", "tsv").Should().Equal("agreement/treaty-1978", "agreement/mou-1987", "agreement/norms-1992");
        Ids("agreements", "--sort", "signed:desc", "--format", "tsv").Should().Equal("agreement/norms-1992", "agreement/mou-1987", "agreement/treaty-1978");
        Ids("agreements", "--sort", "ID", "--format", "tsv").Should().Equal("agreement/mou-1987", "agreement/norms-1992", "agreement/treaty-1978");
    }

    [Fact]
    public void Sort_OrdersAmountsByValue_NotAsText()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "budget", "--sort", "amount:desc", "--columns", "id", "--format", "tsv");

        exitCode.Should().Be(0);
        output.Should().Be("Id\nbudget-line/large\nbudget-line/small\nbudget-line/tiny\n");
    }

    [Fact]
    public void Limit_KeepsTheFirstRowsAfterSorting_AndSaysHowManyWereLeftOut()
    {
        var (exitCode, output, error) = CliRunner.RunOn(Data, "agreements", "--sort", "signed", "--limit", "2", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()).Should().Equal("agreement/treaty-1978", "agreement/mou-1987");
        error.Should().Be("bordercoop: showing 2 of 3; --limit 3 shows them all." + Environment.NewLine);
    }

    [Fact]
    public void Limit_AsLargeAsTheAnswer_LeavesNothingOut_AndSaysNothing()
    {
        var (exitCode, _, error) = CliRunner.RunOn(Data, "agreements", "--limit", "3");

        exitCode.Should().Be(0);
        error.Should().BeEmpty();
    }

    [Fact]
    public void Search_LimitsToTwentyByDefault_AndSaysHowManyMore()
    {
        var data = TestRecords.Data([.. Enumerable.Range(1, 25).Select(i => Event($"meeting-{i}", $"Merida meeting {i}"))]);

        var (exitCode, output, error) = CliRunner.RunOn(data, "search", "merida", "--format", "tsv");
        var limited = CliRunner.RunOn(data, "search", "merida", "-n", "5", "--sort", "id:desc", "--columns", "id", "--format", "tsv");

        exitCode.Should().Be(0);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(21, "a header and twenty hits");
        error.Should().Be("bordercoop: showing 20 of 25; --limit 25 shows them all." + Environment.NewLine);
        limited.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Should().Equal("event/meeting-25", "event/meeting-24", "event/meeting-23", "event/meeting-22", "event/meeting-21");
    }

    [Fact]
    public void Columns_PicksAndOrdersColumns_ByNameOrHeader_AnyCase()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "agreements", "--columns", "Id,in-force", "--sort", "id");

        exitCode.Should().Be(0);
        output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "Id                     In force",
            "---------------------  --------",
            "agreement/mou-1987     1991",
            "agreement/norms-1992",
            "agreement/treaty-1978");
    }

    [Fact]
    public void Csv_HasTheTablesColumns_InFull_QuotedAndNeutralisedAsRfc4180Says()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "agreements", "--sort", "signed", "--format", "csv");

        exitCode.Should().Be(0);
        output.Should().Be(
            "Signed,In force,Kind,Id,Title\r\n" +
            "1978-05,,treaty,agreement/treaty-1978,\"Extradition\tTreaty\nof 1978 \\ the old one\"\r\n" +
            "1987-12,1991,treaty,agreement/mou-1987,Memorandum of Understanding\r\n" +
            "issued 1992-07,,treaty,agreement/norms-1992,\"'=HYPERLINK(\"\"http://x\"\") Norms, for agents\"\r\n");
    }

    [Fact]
    public void Tsv_EscapesTabsLineBreaksAndBackslashesVisibly_OneRecordALine()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "agreements", "--sort", "signed", "--columns", "id,title", "--format", "tsv");

        exitCode.Should().Be(0);
        output.Should().Be(
            "Id\tTitle\n" +
            "agreement/treaty-1978\tExtradition\\tTreaty\\nof 1978 \\\\ the old one\n" +
            "agreement/mou-1987\tMemorandum of Understanding\n" +
            "agreement/norms-1992\t'=HYPERLINK(\"http://x\") Norms, for agents\n");
    }

    [Theory]
    [InlineData("csv", "Signed,In force,Kind,Id,Match,Title\r\n")]
    [InlineData("tsv", "Signed\tIn force\tKind\tId\tMatch\tTitle\n")]
    public void CsvAndTsv_OfNoAnswer_AreTheHeaderAlone_ExitingWithOne(string format, string header)
    {
        var (exitCode, output, error) = CliRunner.RunOn(Data, "agreements", "--from", "2030", "--format", format);

        exitCode.Should().Be(1);
        output.Should().Be(header);
        error.Should().StartWith("bordercoop: ");
    }

    [Theory]
    [InlineData("extraditions", "--figures")]
    [InlineData("budget", "--by", "fiscal-year")]
    [InlineData("conflicts")]
    [InlineData("search", "agreement")]
    [InlineData("timeline")]
    public void CsvAndTsv_AreOfferedByEveryListCommand(params string[] args)
    {
        foreach (var format in new[] { "csv", "tsv" })
        {
            var (exitCode, output, error) = CliRunner.Run([.. args, "--format", format]);

            error.Should().NotContain("Unrecognized").And.NotContain("Argument");
            exitCode.Should().Be(0, $"{string.Join(' ', args)} --format {format}");
            output.Should().NotBeEmpty();
        }
    }

    [Theory]
    [InlineData("--limit", "abc", "--limit expects a whole number of rows from 1, not 'abc'.")]
    [InlineData("--limit", "0", "--limit expects a whole number of rows from 1, not '0'.")]
    [InlineData("--sort", "signed:up", "--sort expects a column name, optionally with :desc (such as date:desc), not 'signed:up'.")]
    [InlineData("--columns", "id,,title", "--columns expects column names separated by commas (such as id,title), not 'id,,title'.")]
    [InlineData("--columns", "id,nope", "--columns: this table has no column 'nope'; its columns are signed, in-force, kind, id, title.")]
    [InlineData("--sort", "nope", "--sort: this table has no column 'nope'; its columns are signed, in-force, kind, id, title.")]
    public void BadValues_ExitWithTwo_AndOneLineThatSaysWhy(string option, string value, string reason)
    {
        var (exitCode, output, error) = CliRunner.RunOn(Data, "agreements", option, value);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("bordercoop: " + reason).And.EndWith(Environment.NewLine);
        error.TrimEnd().Should().NotContain("\n");
    }

    [Theory]
    [InlineData("search", "x", "--limit", "abc")]
    [InlineData("search", "x", "--limit", "-1")]
    [InlineData("agreements", "--columns", "id", "--format", "json")]
    [InlineData("conflicts", "--columns", "id")]
    public void OtherMisuse_ExitsWithTwo_OnOneLine(params string[] args)
    {
        var (exitCode, _, error) = CliRunner.RunOn(Data, args);

        exitCode.Should().Be(2);
        error.Should().StartWith("bordercoop: ");
        error.TrimEnd().Should().NotContain("\n");
    }

    private static List<string> Ids(params string[] args)
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, args);
        exitCode.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var id = Array.IndexOf(lines[0].Split('\t'), "Id");
        return [.. lines.Skip(1).Select(l => l.Split('\t')[id])];
    }
}
