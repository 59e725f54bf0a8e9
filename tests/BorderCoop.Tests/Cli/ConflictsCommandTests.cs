using System.Text.Json;

namespace BorderCoop.Tests.Cli;

public sealed class ConflictsCommandTests
{
    [Fact]
    public void Conflicts_ListEveryConflictWithItsVersionsSideBySide()
    {
        var (exitCode, output, _) = CliRunner.Run("conflicts");

        exitCode.Should().Be(0);
        var headings = output.Split('\n').Where(l => l.StartsWith("conflict/", StringComparison.Ordinal)).ToList();
        headings.Should().HaveCount(BorderCoopData.Default.Conflicts.Count);
        output.Should().Contain("conflict/garcia-abrego-nationality: ");
        output.Should().Contain("  - He was both a U.S. and a Mexican citizen. [source/arzt-security-collaboration]");
    }

    [Fact]
    public void Conflicts_AboutARecord_AreThoseThatTouchIt()
    {
        var (exitCode, output, _) = CliRunner.Run("conflicts", "--about", "person/juan-garcia-abrego", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString())
            .Should().Equal(BorderCoopData.Default.ConflictsAbout("person/juan-garcia-abrego").Select(c => c.Id)).And.Contain("conflict/garcia-abrego-nationality");
    }

    [Fact]
    public void Conflicts_AboutAnUnknownRecord_ExitWithOne()
    {
        var (exitCode, _, error) = CliRunner.Run("conflicts", "--about", "agency/nowhere");

        exitCode.Should().Be(1);
        error.Should().Be("bordercoop: No record is called 'agency/nowhere': no id, name, acronym or alias matches it, whole or in part." + Environment.NewLine);
    }
}
