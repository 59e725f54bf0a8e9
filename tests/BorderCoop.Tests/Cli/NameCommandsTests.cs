using System.Text.Json;

namespace BorderCoop.Tests.Cli;

public sealed class NameCommandsTests
{
    [Theory]
    [InlineData("pgr")]
    [InlineData("Procuraduria General de la Republica")]
    [InlineData("agency/mx-pgr")]
    public void Agencies_ByAcronymSpanishNameOrId_FindThePgr(string name)
    {
        var (exitCode, output, _) = CliRunner.Run("agencies", name);

        exitCode.Should().Be(0);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        rows.Should().ContainSingle().Which.Should().MatchRegex(@"^MX\s+PGR\s+agency/mx-pgr\s+Attorney General's Office of Mexico / Procuraduría General de la República");
    }

    [Fact]
    public void Agencies_WithoutName_ListsEveryAgency()
    {
        var (exitCode, output, _) = CliRunner.Run("agencies", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetArrayLength().Should().Be(BorderCoopData.Default.Agencies.Count);
    }

    [Fact]
    public void People_ByNameWithoutAccents_FindCalderonWithHisRole()
    {
        var (exitCode, output, _) = CliRunner.Run("people", "Calderon");

        exitCode.Should().Be(0);
        output.Should().MatchRegex(@"person/felipe-calderon\s+Felipe Calderón\s+President of Mexico \(2006-12 – \?\)");
    }

    [Theory]
    [InlineData("agencies", "Ministry of Silly Walks", "no agency is called 'Ministry of Silly Walks'.")]
    [InlineData("people", "Nobody", "no person is called 'Nobody'.")]
    public void NameLookups_WithNoMatch_ExitWithOne(string command, string name, string reason)
    {
        var (exitCode, output, error) = CliRunner.Run(command, name);

        exitCode.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be("bordercoop: " + reason + Environment.NewLine);
    }
}
