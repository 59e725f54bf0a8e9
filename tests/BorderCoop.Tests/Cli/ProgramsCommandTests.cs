using System.Text.Json;

namespace BorderCoop.Tests.Cli;

/// <summary><c>bordercoop programs</c>, on a dataset built here.</summary>
public sealed class ProgramsCommandTests
{
    private static readonly Source Paper = new("source/paper", "A paper", "d", [], null, PartialDate.Parse("2010-09"), SourceKind.AcademicPaper, null, "paper.txt", null);
    private static readonly Agency Dea = TestRecords.Agency("us-dea", "Drug Enforcement Administration", acronyms: ["DEA"]);
    private static readonly CooperationProgram Siu = Reported("dea-siu", "1997/..", [Dea.Id], ["Mexico City"]);
    private static readonly CooperationProgram Office = Reported("dea-mexico-office", "1974/..", [Dea.Id], ["Mexico City"]);
    private static readonly CooperationProgram Embedded = Reported("embedded-agents", null, null, ["Ciudad Juárez"]);
    private static readonly CooperationProgram Patrols = Reported("patrols", "2010/..", null, ["Nogales"]);
    private static readonly BorderCoopData Data = TestRecords.Data(Paper, Dea, Siu, Office, Embedded, Patrols);

    private static CooperationProgram Reported(string slug, string? period, string[]? leads, string[] places) =>
        new($"program/{slug}", slug, null, ProgramKind.VettedUnit, leads, null, ["MX"], places, period is null ? null : DateRange.Parse(period), ProgramStatus.Active, null, "A program.",
            [new Citation(Paper.Id, "a quote")]);

    [Fact]
    public void Programs_LedByAnAgencyNamedByAcronym_ComeInTimeOrder()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "programs", "--agency", "DEA", "--lead", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()).Should().Equal([Office.Id, Siu.Id], "a list comes in time order");
    }

    [Fact]
    public void Programs_ActiveOnADay_BeforeTheLastReport_AreCertain_EvenIfStillOngoing()
    {
        var (exitCode, output, _) = CliRunner.RunOneLine(Data, "programs", "--active-on", "1998-06-01", "--agency", "dea");

        exitCode.Should().Be(0);
        var siu = output.Split('\n').Single(l => l.Contains("program/dea-siu ", StringComparison.Ordinal));
        siu.Should().StartWith("1997 – ongoing").And.Contain("certain").And.NotContain("uncertain");
    }

    [Fact]
    public void Programs_InAPlace_IgnoreAccents()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "programs", "--place", "ciudad juarez", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()).Should().Equal(Embedded.Id);
    }

    [Fact]
    public void Programs_LeadWithoutAgency_ExitsWithTwo()
    {
        var (exitCode, _, error) = CliRunner.RunOn(Data, "programs", "--lead");

        exitCode.Should().Be(2);
        error.Should().Contain("--lead needs --agency");
    }
}
