using System.Text.Json;

namespace BorderCoop.Tests.Cli;

public sealed class ProgramsCommandTests
{
    [Fact]
    public void Programs_LedByAnAgencyNamedByAcronym_AreTheQueryHelpersAnswer()
    {
        var (exitCode, output, _) = CliRunner.Run("programs", "--agency", "DEA", "--lead", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        ids.Should().Contain("program/dea-siu");
        ids.Should().Equal(BorderCoopData.InTimeOrder(BorderCoopData.Default.ProgramsLedBy("agency/us-dea")).Select(p => p.Id), "a list comes in time order");
    }

    [Fact]
    public void Programs_ActiveOnADay_BeforeTheLastReport_AreCertain_EvenIfStillOngoing()
    {
        var (exitCode, output, _) = CliRunner.Run("programs", "--active-on", "1998-06-01", "--agency", "dea");

        exitCode.Should().Be(0);
        var siu = output.Split('\n').Single(l => l.Contains("program/dea-siu ", StringComparison.Ordinal));
        siu.Should().StartWith("1997 – ongoing").And.Contain("certain").And.NotContain("uncertain");
    }

    [Fact]
    public void Programs_InAPlace_IgnoreAccents()
    {
        var (exitCode, output, _) = CliRunner.Run("programs", "--place", "ciudad juarez", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString())
            .Should().Equal(BorderCoopData.Default.ProgramsIn("Ciudad Juárez").Select(p => p.Id)).And.NotBeEmpty();
    }

    [Fact]
    public void Programs_LeadWithoutAgency_ExitsWithTwo()
    {
        var (exitCode, _, error) = CliRunner.Run("programs", "--lead");

        exitCode.Should().Be(2);
        error.Should().Contain("--lead needs --agency");
    }
}
