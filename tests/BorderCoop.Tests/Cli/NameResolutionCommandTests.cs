using System.Text.Json;
using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// Every name the CLI asks for goes through the library's one resolver: list commands show every ranked match, options
/// that need one record demand an unambiguous one (exit 2 listing the candidates), and a name of nothing exits 1.
/// </summary>
public sealed class NameResolutionCommandTests
{
    private static readonly Agency Dea = Agency("us-dea", "Drug Enforcement Administration", acronyms: ["DEA"]);
    private static readonly Agency FederalPolice = Agency("mx-federal-police", "Federal Police", "Policía Federal", ["PF"]);
    private static readonly Agency CityPolice = Agency("mx-juarez-police", "Ciudad Juárez Municipal Police");
    private static readonly Person GarciaLuna = Person("genaro-garcia-luna", "Genaro García Luna");
    private static readonly Person GarciaAbrego = Person("juan-garcia-abrego", "Juan García Ábrego");
    private static readonly Person Zedillo = Person("ernesto-zedillo", "Ernesto Zedillo");
    private static readonly CooperationProgram Siu = Program(
        "dea-siu", "Sensitive Investigative Unit Program", aliases: ["SIU"], leads: [Dea.Id], participants: [FederalPolice.Id], places: ["Ciudad Juárez"]);
    private static readonly CooperationProgram Patrols = Program("joint-patrols", "Joint patrols", leads: [CityPolice.Id], places: ["Nogales"]);
    private static readonly BudgetLine SiuLine = BudgetLine("siu-fy2011", Siu.Id, Dea.Id, ["MX"]);
    private static readonly Conflict SiuName = Conflict("siu-name", "The unit is named two ways", Siu.Id);
    private static readonly BorderCoopData Data = TestRecords.Data(Dea, FederalPolice, CityPolice, GarciaLuna, GarciaAbrego, Zedillo, Siu, Patrols, SiuLine, SiuName);

    [Fact]
    public void People_AWordOfTheirNames_ListsEveryoneWithIt()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "people", "Garcia");

        exitCode.Should().Be(0);
        Rows(output).Should().HaveCount(2)
            .And.SatisfyRespectively(
                first => first.Should().StartWith("person/genaro-garcia-luna"),
                second => second.Should().StartWith("person/juan-garcia-abrego"));
    }

    [Fact]
    public void Agencies_AWordOrPartOfOne_ListsTheRankedMatches()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "agencies", "polic", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()).Should().Equal(FederalPolice.Id, CityPolice.Id);
    }

    [Fact]
    public void AnOptionNeedingOneRecord_WithAnAmbiguousName_ExitsTwo_ListingTheCandidatesOnOneLine()
    {
        var (exitCode, output, error) = CliRunner.RunOn(Data, "programs", "--agency", "police");

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(
            "bordercoop: 'police' could be any of 2 agency records: agency/mx-federal-police (Federal Police), "
            + "agency/mx-juarez-police (Ciudad Juárez Municipal Police); give the id or more of the name. (see 'bordercoop programs --help')"
            + Environment.NewLine);
    }

    [Theory]
    [InlineData("programs", "--agency", "Interpol")]
    [InlineData("budget", "--program", "Plan Colombia")]
    [InlineData("budget", "--funder", "Interpol")]
    [InlineData("budget", "--recipient", "Interpol")]
    [InlineData("extraditions", "--person", "Nobody")]
    [InlineData("timeline", "--agency", "Interpol")]
    [InlineData("conflicts", "--about", "Interpol")]
    [InlineData("programs", "--place", "Tijuana")]
    [InlineData("show", null, "Interpol")]
    public void AnOptionNamingNothing_ExitsOne_WithOneLine(string command, string? option, string text)
    {
        var args = option is null ? [command, text] : new[] { command, option, text };

        var (exitCode, output, error) = CliRunner.RunOn(Data, args);

        exitCode.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().StartWith("bordercoop: ").And.Contain($"'{text}'").And.EndWith(Environment.NewLine);
        error.TrimEnd().Should().NotContain("\n");
    }

    [Theory]
    [InlineData("programs", "--agency", "DEA", "program/dea-siu")]
    [InlineData("programs", "--agency", "Ciudad Juarez Municipal", "program/joint-patrols")]
    [InlineData("programs", "--place", "juarez", "program/dea-siu")]
    [InlineData("budget", "--program", "SIU", "budget-line/siu-fy2011")]
    [InlineData("budget", "--funder", "drug enforcement", "budget-line/siu-fy2011")]
    [InlineData("budget", "--recipient", "mx", "budget-line/siu-fy2011")]
    [InlineData("conflicts", "--about", "Sensitive Investigative", "conflict/siu-name")]
    public void AnOptionTakesANameAsWellAsAnId(string command, string option, string text, string expectedId)
    {
        var (exitCode, output, error) = CliRunner.RunOn(Data, command, option, text, "--format", "json");

        error.Should().BeEmpty();
        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        // Records come as they are, or wrapped with what the command adds to them (a conflict's scope).
        json.RootElement.EnumerateArray().Select(e => (e.TryGetProperty("record", out var record) ? record : e).GetProperty("id").GetString())
            .Should().Equal(expectedId);
    }

    [Fact]
    public void Show_TakesANameThatNamesOneRecord()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "show", "zedillo");

        exitCode.Should().Be(0);
        output.Should().StartWith("Person person/ernesto-zedillo");
    }

    [Fact]
    public void Show_AnAmbiguousName_ExitsTwo()
    {
        var (exitCode, _, error) = CliRunner.RunOn(Data, "show", "garcia");

        exitCode.Should().Be(2);
        error.Should().Contain("person/genaro-garcia-luna (Genaro García Luna)").And.Contain("(see 'bordercoop show --help')");
    }

    [Fact]
    public void CandidateNamesFromTheData_AreEscapedBeforeTheyReachTheTerminal()
    {
        // Records cannot hold an escape or other control characters (the constructors refuse them); line breaks, tabs
        // and bidirectional controls they may hold.
        var hostile = TestRecords.Data(
            Agency("us-one", "Unit\tOne \u2066owned\u2069"),
            Agency("us-two", "Unit Two\r\nbordercoop: fake line \u202Eevil"));

        var (exitCode, _, error) = CliRunner.RunOn(hostile, "timeline", "--agency", "unit");

        exitCode.Should().Be(2);
        error.Should().NotContainAny("\t", "\u2066", "\u202E", "\r");
        error.Should().Contain(@"Unit One \u2066owned\u2069").And.Contain(@"Unit Two bordercoop: fake line \u202Eevil");
        error.TrimEnd().Should().NotContain("\n");
    }

    [Fact]
    public void Search_ShowsTheMatchedWordsAndTheLinkedRecord_InJson()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "search", "SIU", "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var hits = json.RootElement.EnumerateArray().ToList();
        hits[0].GetProperty("record").GetProperty("id").GetString().Should().Be(Siu.Id);
        hits[0].TryGetProperty("via", out _).Should().BeFalse();
        var line = hits.Single(h => h.GetProperty("record").GetProperty("id").GetString() == SiuLine.Id);
        line.GetProperty("via").GetString().Should().Be(Siu.Id);
        line.GetProperty("matchedWords").EnumerateArray().Select(w => w.GetString()).Should().Equal("siu");
    }

    private static List<string> Rows(string table) => [.. table.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Skip(2)];
}
