using System.Text.Json;

namespace BorderCoop.Tests.Cli;

/// <summary><c>bordercoop search</c>, on a dataset built here.</summary>
public sealed class SearchCommandTests
{
    private static readonly Person Abrego = TestRecords.Person("juan-garcia-abrego", "Juan García Ábrego", "Garcia Abrego");
    private static readonly BorderCoopData Data = TestRecords.Data(
        Abrego,
        TestRecords.Person("genaro-garcia-luna", "Genaro García Luna"),
        TestRecords.Case("juan-garcia-abrego", Abrego.Id),
        TestRecords.Event("arrest", "An arrest in Monterrey", "Police arrested Garcia Abrego."),
        TestRecords.Agreement("merida-initiative", "Mérida Initiative"));

    [Fact]
    public void Search_RanksRecordsNamedByTheWordsFirst()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "search", "garcia abrego", "--limit", "3", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var hits = json.RootElement.EnumerateArray().ToList();
        hits.Select(h => h.GetProperty("record").GetProperty("id").GetString())
            .Should().Equal(Data.Search("garcia abrego", 3).Select(h => h.Record.Id)).And.HaveCount(3);
        hits[0].GetProperty("record").GetProperty("id").GetString().Should().Be(Abrego.Id);
        hits[0].GetProperty("matchedIn").EnumerateArray().Select(f => f.GetString()).Should().Contain("name");
    }

    [Fact]
    public void Search_IgnoresAccentsAndShowsFamilyAndTitle()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "search", "merida");

        exitCode.Should().Be(0);
        output.Should().MatchRegex(@"agreement\s+merida\s+name.*agreement/merida-initiative");
    }

    [Fact]
    public void Search_WithNoMatch_ExitsWithOne()
    {
        var (exitCode, output, error) = CliRunner.RunOn(Data, "search", "zzyzx");

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
        CliRunner.RunOn(Data, args).ExitCode.Should().Be(2);
    }
}
