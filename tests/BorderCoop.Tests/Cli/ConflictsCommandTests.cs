using System.Text.Json;
using static BorderCoop.Tests.TestRecords;

namespace BorderCoop.Tests.Cli;

/// <summary><c>bordercoop conflicts</c>, on datasets built here.</summary>
public sealed class ConflictsCommandTests
{
    private static readonly Person Abrego = Person("juan-garcia-abrego", "Juan García Ábrego");
    private static readonly ExtraditionCase Removal = Case("juan-garcia-abrego", Abrego.Id);
    private static readonly Conflict Nationality = new(
        "conflict/garcia-abrego-nationality", "Which nationality?", "The passages differ.", [Abrego.Id],
        [new ConflictVersion("He was both a U.S. and a Mexican citizen.", null, Quote), new ConflictVersion("He was a U.S. citizen.", null, Quote)]);
    private static readonly Conflict Mechanism = Conflict("garcia-abrego-removal-mechanism", "Expelled or extradited?", Removal.Id);
    private static readonly Conflict Unrelated = Conflict("unrelated", "Something else", TestRecords.Source.Id);
    private static readonly BorderCoopData Data = TestRecords.Data(Abrego, Removal, Nationality, Mechanism, Unrelated);

    [Fact]
    public void Conflicts_ListEveryConflictWithItsVersionsSideBySide()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "conflicts");

        exitCode.Should().Be(0);
        output.Split('\n').Where(l => l.StartsWith("conflict/", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)])
            .Should().Equal(Nationality.Id, Mechanism.Id, Unrelated.Id);
        output.Should().Contain("conflict/garcia-abrego-nationality: ");
        output.Should().Contain("  - He was both a U.S. and a Mexican citizen. [source/test]");
    }

    [Fact]
    public void Conflicts_AboutARecord_AreThoseThatTouchIt()
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, "conflicts", "--about", Abrego.Id, "--format", "json");

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(c => c.GetProperty("record").GetProperty("id").GetString()).Should().Equal(Nationality.Id);
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
        var (exitCode, _, error) = CliRunner.RunOn(Data, "conflicts", "--about", "agency/nowhere");

        exitCode.Should().Be(1);
        error.Should().Be("bordercoop: No record is called 'agency/nowhere': no id, name, acronym or alias matches it, whole or in part." + Environment.NewLine);
    }
}
