using System.Data.Common;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The programs an agency leads or takes part in (<see cref="BorderCoopData.ProgramsInvolving"/>): the first
/// participating agency of the program in the middle of the dataset that has one.
/// </summary>
[MemoryDiagnoser]
public class ProgramsInvolvingBenchmarks : QueryBenchmarks
{
    private string agencyId = null!;
    private SqlQuestion byAgency = null!;

    private protected override string Question => $"ProgramsInvolving(\"{agencyId}\")";

    /// <summary>Every program's lead and participating agencies searched.</summary>
    [Benchmark(Baseline = true)]
    public List<CooperationProgram> Linq() => Data.Programs
        .Where(p => p.LeadAgencyIds.Contains(agencyId) || p.ParticipatingAgencyIds.Contains(agencyId))
        .ToList();

    /// <summary>The library's index of programs by agency.</summary>
    [Benchmark]
    public IReadOnlyList<CooperationProgram> BorderCoop() => Data.ProgramsInvolving(agencyId);

    /// <summary>A range of the index on the program–agency pairs; a program naming the agency twice is listed once.</summary>
    [Benchmark]
    public List<CooperationProgram> Sqlite() => Ask(byAgency.Sqlite);

    /// <summary>The same SQL in DuckDB: a scan of the program–agency pairs.</summary>
    [Benchmark]
    public List<CooperationProgram> DuckDb() => Ask(byAgency.DuckDb);

    private protected override void Prepare()
    {
        agencyId = FromMiddle(Data.Programs, p => p.ParticipatingAgencyIds.Count > 0).ParticipatingAgencyIds[0];
        byAgency = PrepareSql("SELECT DISTINCT program FROM program_agencies WHERE agency_id = $id ORDER BY program", "$id");
    }

    private protected override AnswerKeys Answers() =>
        new(Linq().Select(p => p.Id), BorderCoop().Select(p => p.Id), Sqlite().Select(p => p.Id), DuckDb().Select(p => p.Id));

    private List<CooperationProgram> Ask(DbCommand command)
    {
        command.Parameters[0].Value = agencyId;
        return SqlQuestion.Read(command, r => Data.Programs[r.GetInt32(0)]);
    }
}
