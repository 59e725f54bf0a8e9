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
        json.RootElement.EnumerateArray().Select(c => c.GetProperty("record").GetProperty("id").GetString())
            .Should().Equal(BorderCoopData.Default.ConflictsAbout("person/juan-garcia-abrego").Select(c => c.Id)).And.Contain("conflict/garcia-abrego-nationality");
    }

    [Fact]
    public void Conflicts_SayWhetherTheVersionsComeFromOneSourceOrSeveral()
    {
        var oneSource = new Source("source/a", "A", "d", [], null, null, SourceKind.Analysis, null, "a.txt", [new Citation("source/a", "q")]);
        var other = new Source("source/b", "B", "d", [], null, null, SourceKind.Analysis, null, "b.txt", [new Citation("source/b", "q")]);
        var agency = new Agency("agency/x", "MX", "X", null, null, null, null, AgencyKind.LawEnforcement, null);
        var within = new Conflict("conflict/within", "Within", "e", [agency.Id], [new ConflictVersion("one", null, [new Citation("source/a", "q1")]), new ConflictVersion("two", null, [new Citation("source/a", "q2")])]);
        var between = new Conflict("conflict/between", "Between", "e", [agency.Id], [new ConflictVersion("one", null, [new Citation("source/a", "q1")]), new ConflictVersion("two", null, [new Citation("source/b", "q2")])]);
        var data = BorderCoopData.Create([oneSource, other, agency, within, between]);

        var (exitCode, output, _) = CliRunner.RunOn(data, "conflicts", "--format", "json");
        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(c => (c.GetProperty("record").GetProperty("id").GetString(), c.GetProperty("scope").GetString(), c.GetProperty("sources").GetArrayLength()))
            .Should().Equal(("conflict/within", "within-one-source", 1), ("conflict/between", "between-sources", 2));

        var (_, text, _) = CliRunner.RunOn(data, "conflicts");
        text.Should().Contain("  within one source, source/a: its passages disagree").And.Contain("  between 2 sources: source/a, source/b");
    }

    [Fact]
    public void Conflicts_AboutAnUnknownRecord_ExitWithOne()
    {
        var (exitCode, _, error) = CliRunner.Run("conflicts", "--about", "agency/nowhere");

        exitCode.Should().Be(1);
        error.Should().Be("bordercoop: No record is called 'agency/nowhere': no id, name, acronym or alias matches it, whole or in part." + Environment.NewLine);
    }
}
