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
            var expected = record switch
            {
                Source => RecordId.SourceFamily,
                Agency => RecordId.AgencyFamily,
                Person => RecordId.PersonFamily,
                Agreement => RecordId.AgreementFamily,
                CooperationProgram => RecordId.ProgramFamily,
                ExtraditionCase => RecordId.ExtraditionCaseFamily,
                ExtraditionFigure => RecordId.ExtraditionFigureFamily,
                BudgetLine => RecordId.BudgetLineFamily,
                Figure => RecordId.FigureFamily,
                Event => RecordId.EventFamily,
                Conflict => RecordId.ConflictFamily,
                _ => throw new InvalidOperationException(record.GetType().Name),
            };
            RecordId.FamilyOf(record.Id).Should().Be(expected, record.Id);
        }
    }

    [Fact]
    public void EveryReference_ResolvesToARecordOfTheRightFamily()
    {
        foreach (var record in Data.Records)
        {
            foreach (var (field, id) in RecordReferences.Of(record))
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
    public void AgencyParents_FormNoCycle()
    {
        foreach (var agency in Data.Agencies)
        {
            var seen = new HashSet<string>();
            for (var current = agency; current.ParentId is not null; current = Data.Get<Agency>(current.ParentId))
            {
                seen.Add(current.Id).Should().BeTrue($"{agency.Id} has a cycle in its parents");
            }
        }
    }
}
