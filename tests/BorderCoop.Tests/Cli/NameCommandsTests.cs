using System.Text.Json;

namespace BorderCoop.Tests.Cli;

/// <summary><c>bordercoop agencies</c> and <c>bordercoop people</c>, on a dataset built here.</summary>
public sealed class NameCommandsTests
{
    private static readonly Agency Presidency = TestRecords.Agency("mx-presidency", "Presidency of Mexico", country: "MX");
    private static readonly BorderCoopData Data = TestRecords.Data(
        new Agency("agency/mx-pgr", "MX", "Attorney General's Office of Mexico", "Procuraduría General de la República", null, ["PGR"], null, AgencyKind.LawEnforcement, null),
        TestRecords.Agency("us-dea", "Drug Enforcement Administration", acronyms: ["DEA"]),
        Presidency,
        new Person("person/felipe-calderon", "Felipe Calderón", null, [new PersonRole("President of Mexico", Presidency.Id, null, DateRange.Parse("2006-12/"), TestRecords.Quote)], TestRecords.Quote),
        TestRecords.Person("genaro-garcia-luna", "Genaro García Luna"));
    [Theory]
    [InlineData("pgr")]
    [InlineData("Procuraduria General de la Republica")]
    [InlineData("agency/mx-pgr")]
    public void Agencies_ByAcronymSpanishNameOrId_FindThePgr(string name)
    {
        var (exitCode, output, _) = CliRunner.RunOneLine(Data, "agencies", name);

        exitCode.Should().Be(0);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        rows.Should().ContainSingle().Which.Should().MatchRegex(@"^MX\s+PGR\s+agency/mx-pgr\s+Attorney General's Office of Mexico / Procuraduría General de la República");
    }

    [Fact]
    public void Agencies_WithoutName_ListsEveryAgency()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "agencies", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()).Should().Equal(Data.Agencies.Select(a => a.Id)).And.HaveCount(3);
    }

    [Fact]
    public void People_ByNameWithoutAccents_FindCalderonWithHisRole()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "people", "Calderon");

        exitCode.Should().Be(0);
        output.Should().MatchRegex(@"person/felipe-calderon\s+Felipe Calderón\s+President of Mexico \(2006-12 – \?\)");
    }

    [Theory]
    [InlineData("agencies", "Ministry of Silly Walks", "no agency is called 'Ministry of Silly Walks'.")]
    [InlineData("people", "Nobody", "no person is called 'Nobody'.")]
    public void NameLookups_WithNoMatch_ExitWithOne(string command, string name, string reason)
    {
        var (exitCode, output, error) = CliRunner.RunOn(Data, command, name);

        exitCode.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be("bordercoop: " + reason + Environment.NewLine);
    }
}
