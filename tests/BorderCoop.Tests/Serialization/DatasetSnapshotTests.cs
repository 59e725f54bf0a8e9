using System.Text.Json;
using BorderCoop.Serialization;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace BorderCoop.Tests.Serialization;

/// <summary>
/// Pins each record family as the JSON users see. A change to the data or to the contract shows up here as a
/// reviewable diff; update the snapshot deliberately (delete it and rerun) when the change is intended.
/// </summary>
public sealed class DatasetSnapshotTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    [Fact]
    public void Sources_MatchSnapshot() => Match(Data.Sources);

    [Fact]
    public void Agencies_MatchSnapshot() => Match(Data.Agencies);

    [Fact]
    public void People_MatchSnapshot() => Match(Data.People);

    [Fact]
    public void Agreements_MatchSnapshot() => Match(Data.Agreements);

    [Fact]
    public void Programs_MatchSnapshot() => Match(Data.Programs);

    [Fact]
    public void ExtraditionCases_MatchSnapshot() => Match(Data.ExtraditionCases);

    [Fact]
    public void ExtraditionFigures_MatchSnapshot() => Match(Data.ExtraditionFigures);

    [Fact]
    public void BudgetLines_MatchSnapshot() => Match(Data.BudgetLines);

    [Fact]
    public void Figures_MatchSnapshot() => Match(Data.Figures);

    [Fact]
    public void Events_MatchSnapshot() => Match(Data.Events);

    [Fact]
    public void Conflicts_MatchSnapshot() => Match(Data.Conflicts);

    private static void Match<T>(IReadOnlyList<T> records)
    {
        var json = JsonSerializer.Serialize(records, BorderCoopJson.Options);
        Snapshot.Match(JToken.Parse(json));
    }
}
