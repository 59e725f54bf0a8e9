namespace BorderCoop.Tests.Data;

/// <summary>The shipped dataset is well formed: ids, references and conflicts.</summary>
public sealed class DatasetIntegrityTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    [Fact]
    public void Ids_AreUniqueAndWellFormedAndMatchTheirFamily()
    {
        var records = Data.Records.ToList();

        records.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        records.Should().OnlyContain(r => RecordId.IsWellFormed(r.Id));
        foreach (var record in records)
        {
            RecordId.FamilyOf(record.Id).Should().Be(RecordFamily.Of(record), record.Id);
        }
    }

    [Fact]
    public void EveryReference_ResolvesToARecordOfTheRightFamily()
    {
        foreach (var record in Data.Records)
        {
            foreach (var (field, id) in RecordContents.References(record))
            {
                var target = Data.Find(id);
                target.Should().NotBeNull($"{record.Id}.{field} points to {id}");
                RecordId.FamilyOf(target!.Id).Should().Be(RecordId.FamilyOf(id));
            }
        }
    }

    [Fact]
    public void EveryConflict_HasAtLeastTwoVersionsAndTouchesARecord()
    {
        Data.Conflicts.Should().OnlyContain(c => c.Versions.Count >= 2 && c.RecordIds.Count > 0);
    }

    [Fact]
    public void KeyAgencies_HaveTheirSpanishNamesAndAcronyms()
    {
        var pgr = Data.Get<Agency>("agency/mx-pgr");

        pgr.SpanishName.Should().Be("Procuraduría General de la República");
        pgr.SpanishAcronyms.Should().Equal("PGR");
        Data.Get<Agency>("agency/us-usbp").Aliases.Should().Contain("Border Patrol");
        Data.Get<Agency>("agency/us-dea").Aliases.Should().Contain("Drug Enforcement Agency", "the paper's own wording must be findable");
    }
}
