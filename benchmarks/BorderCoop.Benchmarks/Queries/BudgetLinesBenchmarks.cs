using System.Data.Common;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The budget lines of one funder in one fiscal year (<see cref="BorderCoopData.FindBudgetLines"/> with two filters):
/// the funder and fiscal year of the line in the middle of the dataset that has both.
/// </summary>
[MemoryDiagnoser]
public class BudgetLinesBenchmarks : QueryBenchmarks
{
    private string funderId = null!;
    private FiscalYear fiscalYear = null!;
    private SqlQuestion byFunderAndYear = null!;

    private protected override string Question => $"FindBudgetLines(funderId: \"{funderId}\", fiscalYear: {fiscalYear})";

    /// <summary>Every line's funder and fiscal year compared.</summary>
    [Benchmark(Baseline = true)]
    public List<BudgetLine> Linq() => Data.BudgetLines.Where(b => b.FunderId == funderId && b.FiscalYear == fiscalYear).ToList();

    /// <summary>The library's query, starting from the smaller of its funder and fiscal-year groups.</summary>
    [Benchmark]
    public IReadOnlyList<BudgetLine> BorderCoop() => Data.FindBudgetLines(funderId: funderId, fiscalYear: fiscalYear);

    /// <summary>The index on funder and fiscal year.</summary>
    [Benchmark]
    public List<BudgetLine> Sqlite() => Ask(byFunderAndYear.Sqlite);

    /// <summary>The same SQL in DuckDB: a scan of the funder and fiscal-year columns.</summary>
    [Benchmark]
    public List<BudgetLine> DuckDb() => Ask(byFunderAndYear.DuckDb);

    private protected override void Prepare()
    {
        var line = FromMiddle(Data.BudgetLines, b => b.FunderId is not null && b.FiscalYear is not null);
        (funderId, fiscalYear) = (line.FunderId!, line.FiscalYear!);
        byFunderAndYear = PrepareSql(
            "SELECT ordinal FROM budget_lines WHERE funder_id = $funder AND fiscal_year = $year ORDER BY ordinal", "$funder", "$year");
    }

    private protected override AnswerKeys Answers() =>
        new(Linq().Select(b => b.Id), BorderCoop().Select(b => b.Id), Sqlite().Select(b => b.Id), DuckDb().Select(b => b.Id));

    private List<BudgetLine> Ask(DbCommand command)
    {
        command.Parameters[0].Value = funderId;
        command.Parameters[1].Value = fiscalYear.Year;
        return SqlQuestion.Read(command, r => Data.BudgetLines[r.GetInt32(0)]);
    }
}
