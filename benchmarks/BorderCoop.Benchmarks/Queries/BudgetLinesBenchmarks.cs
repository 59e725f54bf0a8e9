using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

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
    private SqliteCommand byFunderAndYear = null!;

    private protected override string Question => $"FindBudgetLines(funderId: \"{funderId}\", fiscalYear: {fiscalYear})";

    /// <summary>Every line's funder and fiscal year compared.</summary>
    [Benchmark(Baseline = true)]
    public List<BudgetLine> Linq() => Data.BudgetLines.Where(b => b.FunderId == funderId && b.FiscalYear == fiscalYear).ToList();

    /// <summary>The library's query, starting from the smaller of its funder and fiscal-year groups.</summary>
    [Benchmark]
    public IReadOnlyList<BudgetLine> BorderCoop() => Data.FindBudgetLines(funderId: funderId, fiscalYear: fiscalYear);

    /// <summary>The index on funder and fiscal year.</summary>
    [Benchmark]
    public List<BudgetLine> Sqlite()
    {
        byFunderAndYear.Parameters[0].Value = funderId;
        byFunderAndYear.Parameters[1].Value = fiscalYear.Year;
        return SqliteMirror.Read(byFunderAndYear, r => Data.BudgetLines[r.GetInt32(0)]);
    }

    private protected override void Prepare()
    {
        var line = FromMiddle(Data.BudgetLines, b => b.FunderId is not null && b.FiscalYear is not null);
        (funderId, fiscalYear) = (line.FunderId!, line.FiscalYear!);
        byFunderAndYear = Mirror.Prepare(
            "SELECT ordinal FROM budget_lines WHERE funder_id = $funder AND fiscal_year = $year ORDER BY ordinal", "$funder", "$year");
    }

    private protected override AnswerKeys Answers() =>
        new(Linq().Select(b => b.Id), BorderCoop().Select(b => b.Id), Sqlite().Select(b => b.Id));
}
