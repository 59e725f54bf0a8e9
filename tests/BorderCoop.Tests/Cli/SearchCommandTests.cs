using System.Text.Json;

namespace BorderCoop.Tests.Cli;

public sealed class SearchCommandTests
{
    [Fact]
    public void Search_RanksRecordsNamedByTheWordsFirst()
    {
        var (exitCode, output, _) = CliRunner.Run("search", "garcia abrego", "--limit", "3", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var hits = json.RootElement.EnumerateArray().ToList();
        hits.Should().HaveCount(3);
        hits.Select(h => h.GetProperty("record").GetProperty("id").GetString())
            .Should().Equal(BorderCoopData.Default.Search("garcia abrego", 3).Select(h => h.Record.Id));
        hits[0].GetProperty("record").GetProperty("id").GetString().Should().Be("person/juan-garcia-abrego");
        hits[0].GetProperty("matchedIn").EnumerateArray().Select(f => f.GetString()).Should().Contain("name");
    }

    [Fact]
    public void Search_IgnoresAccentsAndShowsFamilyAndTitle()
    {
        var (exitCode, output, _) = CliRunner.Run("search", "merida");

        exitCode.Should().Be(0);
        output.Should().MatchRegex(@"agreement\s+merida\s+name.*agreement/merida-initiative");
    }

    [Fact]
    public void Search_WithNoMatch_ExitsWithOne()
    {
        var (exitCode, output, error) = CliRunner.Run("search", "zzyzx");

        exitCode.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be("bordercoop: nothing matches 'zzyzx'." + Environment.NewLine);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("search", "dea", "--limit", "0")]
    [InlineData("search", " ")]
    public void Search_WithBadUsage_ExitsWithTwo(params string[] args)
    {
        CliRunner.Run(args).ExitCode.Should().Be(2);
    }
}
