using System.Data.Common;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>
/// Everything that points to one agency (<see cref="BorderCoopData.RecordsReferencing(string)"/>): its programs,
/// agreements, events, cases, budget lines, figures, sub-agencies and the people who held roles in it. The agency is the
/// first lead agency of the program in the middle of the dataset that has one.
/// </summary>
[MemoryDiagnoser]
public class RecordsReferencingBenchmarks : QueryBenchmarks
{
    private string agencyId = null!;
    private SqlQuestion byTarget = null!;

    private protected override string Question => $"RecordsReferencing(\"{agencyId}\")";

    /// <summary>Every record's references (<see cref="IdsNamedBy"/>) searched.</summary>
    [Benchmark(Baseline = true)]
    public List<IRecord> Linq() => Data.Records.Where(r => IdsNamedBy(r).Contains(agencyId)).ToList();

    /// <summary>The library's index of records by the ids they name.</summary>
    [Benchmark]
    public IReadOnlyList<IRecord> BorderCoop() => Data.RecordsReferencing(agencyId);

    /// <summary>The primary key of the (named id, record) pairs.</summary>
    [Benchmark]
    public List<IRecord> Sqlite() => Ask(byTarget.Sqlite);

    /// <summary>The same SQL in DuckDB: the pairs are sorted by named id, so the zone maps narrow the scan.</summary>
    [Benchmark]
    public List<IRecord> DuckDb() => Ask(byTarget.DuckDb);

    private protected override void Prepare()
    {
        agencyId = FromMiddle(Data.Programs, p => p.LeadAgencyIds.Count > 0).LeadAgencyIds[0];
        byTarget = PrepareSql("SELECT record FROM record_references WHERE target_id = $id ORDER BY record", "$id");
    }

    private protected override AnswerKeys Answers() =>
        new(Linq().Select(r => r.Id), BorderCoop().Select(r => r.Id), Sqlite().Select(r => r.Id), DuckDb().Select(r => r.Id));

    private List<IRecord> Ask(DbCommand command)
    {
        command.Parameters[0].Value = agencyId;
        return SqlQuestion.Read(command, r => Data.Records[r.GetInt32(0)]);
    }

    /// <summary>Every id a record names, read from its public properties, citations' sources included; null where a field is empty.</summary>
    private static IEnumerable<string?> IdsNamedBy(IRecord record)
    {
        IEnumerable<string?> ids = record switch
        {
            Agency a => [a.ParentId],
            Person p => p.Roles.Select(r => r.AgencyId),
            Agreement a => [.. a.PartyAgencyIds, .. a.SignatoryIds, .. a.Relations.Select(r => r.TargetId)],
            CooperationProgram p => [.. p.LeadAgencyIds, .. p.ParticipatingAgencyIds, .. p.AgreementIds],
            ExtraditionCase c => [c.PersonId, .. c.AgencyIds],
            ExtraditionFigure f => [f.ReportedById],
            BudgetLine b => [b.ProgramId, b.FunderId, .. b.RecipientAgencyIds, b.ReportedById],
            Figure f => [f.ProgramId, .. f.AgencyIds, f.ReportedById],
            Event e => [.. e.ParticipantIds, .. e.AgencyIds, .. e.RelatedIds],
            Conflict c => [.. c.RecordIds, .. c.Versions.Select(v => v.RecordId)],
            _ => [],
        };
        return ids.Concat(SqliteMirror.CitationsIn(record).Select(c => c.SourceId));
    }
}
