using System.Text.Json;
using BorderCoop.Cli;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Tests.Cli.Coverage;

/// <summary><c>bordercoop coverage --sources DIR</c> on a dataset and a source folder built here.</summary>
public sealed class CoverageCommandTests : IDisposable
{
    private const string SourceText =
        "In 1987 the two governments signed an accord. Agents met often.\n\nThree units were formed in March. The author liked it.\n";

    private readonly TempDirectory folder = new();

    public CoverageCommandTests()
    {
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(folder.File(TestRecords.Source.FileName), SourceText);
    }

    public void Dispose() => folder.Dispose();

    private static BorderCoopData Data(params string[] quotes) =>
        TestRecords.Data(new Event("event/accord", null, EventKind.Signing, "Accord", "Signed.", null, null, null, null, TestRecords.Quotes(quotes)));

    [Fact]
    public void Coverage_InText_GivesEachSourcesShare_AndListsTheNumbersAndDatesNoQuoteCovers()
    {
        var (exitCode, output, error) = CliRunner.RunOn(Data("two governments signed"), "coverage", "--sources", folder.Path);

        exitCode.Should().Be(0, error);
        output.Should().Contain("source/test  4          1       25%    19%");
        output.Should().Contain("Numbers and dates no citation quotes, in sentences not on the reviewed list (2):");
        output.Should().Contain("source/test  1     1987          In 1987 the two governments signed an accord.", "the quote leaves the year out");
        output.Should().Contain("source/test  3     Three, March  Three units were formed in March.");
        output.Should().NotContain("Agents met often.", "a sentence without a number or a date is only counted");
    }

    [Fact]
    public void Coverage_WhenEveryNumberIsQuoted_SaysSo()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data("In 1987 the two governments signed", "Three units were formed in March"), "coverage", "--sources", folder.Path);

        exitCode.Should().Be(0);
        output.Should().Contain("Every number and date is inside a citation's quote or in a sentence on the reviewed list.");
    }

    [Fact]
    public void Coverage_InJson_GivesCountsShareAndSentencesWithTheirLines()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data("two governments signed", "not in the text"), "coverage", "--sources", folder.Path, "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var source = json.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        source.GetProperty("source").GetString().Should().Be("source/test");
        source.GetProperty("file").GetString().Should().Be("test.txt");
        source.GetProperty("sentences").GetInt32().Should().Be(4);
        source.GetProperty("quoted").GetInt32().Should().Be(1);
        source.GetProperty("share").GetDouble().Should().Be(0.25);
        source.GetProperty("quotedTextShare").GetDouble().Should().Be(0.1913, "22 of the sentences' 115 characters are quoted");
        source.GetProperty("quotesNotFound").GetInt32().Should().Be(1);
        source.GetProperty("unquotedNumbersAndDates").EnumerateArray()
            .Select(s => (s.GetProperty("line").GetInt32(), s.GetProperty("sentence").GetString(), string.Join("|", s.GetProperty("notQuoted").EnumerateArray().Select(m => m.GetString()))))
            .Should().Equal((1, "In 1987 the two governments signed an accord.", "1987"), (3, "Three units were formed in March.", "Three|March"));
    }

    [Fact]
    public void Coverage_FitsTheTerminalWidth()
    {
        var (exitCode, output, _) = CliRunner.RunAt(TerminalWidth.Minimum, Data("two governments signed"), "coverage", "--sources", folder.Path);

        exitCode.Should().Be(0);
        output.Split('\n').Should().OnlyContain(line => DisplayWidth.Of(line.TrimEnd('\r')) <= TerminalWidth.Minimum);
    }

    [Fact]
    public void Coverage_LeavesOutASourceWhoseFileIsMissing_AndHasNoAnswerWhenNoneIsThere()
    {
        File.Delete(folder.File(TestRecords.Source.FileName));

        var (exitCode, _, error) = CliRunner.RunOn(Data("two governments signed"), "coverage", "--sources", folder.Path);

        exitCode.Should().Be(ExitCodes.NoAnswer);
        error.Should().Contain("source/test left out: its file test.txt is not in").And.Contain("none of the 1 sources' files is in");
    }

    [Fact]
    public void Coverage_WithoutSourcesOrWithAFolderThatIsNotThere_IsAUsageError()
    {
        CliRunner.RunOn(Data("x"), "coverage").ExitCode.Should().Be(ExitCodes.Usage);

        var (exitCode, _, error) = CliRunner.RunOn(Data("x"), "coverage", "--sources", folder.File("nowhere"));

        exitCode.Should().Be(ExitCodes.Usage);
        error.Should().Contain("--sources names no folder");
    }

    [Fact]
    public void Coverage_WithSourcesNamingAFile_IsAUsageError()
    {
        var (exitCode, _, error) = CliRunner.RunOn(Data("x"), "coverage", "--sources", folder.File(TestRecords.Source.FileName));

        exitCode.Should().Be(ExitCodes.Usage);
        error.Should().Contain("--sources names a file");
    }

    [Fact]
    public void Coverage_WithTheUsersOwnReviewedList_SetsAsideItsSentences_AndSaysWhichEntriesSetNothingAside()
    {
        var list = folder.File("reviewed.json");
        File.WriteAllText(list, """
            [
              { "source": "source/test", "passage": "Three units were formed in March.", "reason": "A count the curator chose to leave out." },
              { "source": "source/test", "passage": "Four units were formed.", "reason": "A passage that is not in the document." },
              { "source": "source/elsewhere", "passage": "Anything.", "reason": "A source that is not in the data." }
            ]
            """);

        var (exitCode, output, error) = CliRunner.RunOn(Data("two governments signed"), "coverage", "--sources", folder.Path, "--not-encoded", list, "--format", "json");

        exitCode.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        json.RootElement[0].GetProperty("unquotedNumbersAndDates").EnumerateArray().Select(s => s.GetProperty("line").GetInt32())
            .Should().Equal([1], "the reviewed sentence on line 3 is set aside; the year on line 1 is still not quoted");
        error.Should().Contain("a reviewed passage of source/test is not in test.txt, so it sets nothing aside: Four units were formed.")
            .And.Contain("a reviewed passage names source/elsewhere, which is no source of the data");
    }

    [Theory]
    [InlineData("{ \"source\": \"source/test\" }", "is not a reviewed list: The reviewed list is a JSON array")]
    [InlineData("[{ \"source\": \"source/test\", \"passage\": \"Agents met often.\" }]", "is not a reviewed list: Entry 0 of the reviewed list has no 'reason' text.")]
    [InlineData("[{ \"source\": ", "is not a reviewed list:")]
    public void Coverage_WithAReviewedListThatIsNotOne_IsAUsageError(string content, string reason)
    {
        var list = folder.File("reviewed.json");
        File.WriteAllText(list, content);

        var (exitCode, output, error) = CliRunner.RunOn(Data("x"), "coverage", "--sources", folder.Path, "--not-encoded", list);

        exitCode.Should().Be(ExitCodes.Usage);
        output.Should().BeEmpty();
        error.Should().Contain(reason);
    }

    [Fact]
    public void Coverage_WithAReviewedListThatIsNotThere_IsAUsageError()
    {
        var (exitCode, _, error) = CliRunner.RunOn(Data("x"), "coverage", "--sources", folder.Path, "--not-encoded", folder.File("missing.json"));

        exitCode.Should().Be(ExitCodes.Usage);
        error.Should().Contain("--not-encoded: cannot read");
    }
}
