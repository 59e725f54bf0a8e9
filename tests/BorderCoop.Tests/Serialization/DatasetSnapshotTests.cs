using System.Runtime.CompilerServices;
using System.Text.Json;
using BorderCoop.Serialization;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace BorderCoop.Tests.Serialization;

/// <summary>
/// Pins each record family as the JSON users see. A change to the data or to the contract shows up here as a
/// reviewable diff; update the snapshot deliberately (delete it and rerun) when the change is intended.
/// </summary>
public sealed class DatasetSnapshotTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    public static TheoryData<string> Families() => [.. RecordFamily.All.Select(f => f.PropertyName)];

    /// <summary>Each family of the registry against its own snapshot, <c>DatasetSnapshotTests.{Family}_MatchSnapshot.snap</c>.</summary>
    [Theory]
    [MemberData(nameof(Families))]
    public void Family_MatchesItsSnapshot(string propertyName)
    {
        var family = RecordFamily.All.Single(f => f.PropertyName == propertyName);
        var json = JsonSerializer.Serialize(Data.RecordsOf(family), family.ListTypeInfo);
        var name = $"{nameof(DatasetSnapshotTests)}.{char.ToUpperInvariant(propertyName[0])}{propertyName[1..]}_MatchSnapshot.snap";

        Snapshot.Match(JToken.Parse(json), new SnapshotFullName(name, SnapshotFolder()));
    }

    /// <summary>This file's folder; Snapshooter keeps the snapshots in its <c>__snapshots__</c>.</summary>
    private static string SnapshotFolder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
