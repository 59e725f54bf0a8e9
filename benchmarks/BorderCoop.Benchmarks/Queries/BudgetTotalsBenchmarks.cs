using System.Data.Common;
using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace BorderCoop.Benchmarks;

/// <summary>
/// Budget totals by fiscal year, stage and currency, with the lines left out (<see cref="BorderCoopData.BudgetTotalsByFiscalYear"/>):
/// over every line, or over the lines of one program (the program of the line in the middle of the dataset).
/// </summary>
[MemoryDiagnoser]
public class BudgetTotalsBenchmarks : QueryBenchmarks
{
    private string? programId;
    private SqlQuestion totals = null!;
    private SqlQuestion leftOut = null!;

    /// <summary>Which lines are added up.</summary>
    public enum LineScope
    {
        /// <summary>Every budget line (<c>BudgetTotalsByFiscalYear()</c>): the answer grows with the dataset.</summary>
        AllLines = 0,

        /// <summary>The lines of one program (<c>BudgetTotalsByFiscalYear(programId)</c>).</summary>
        OneProgram = 1,
    }

    /// <summary>Which lines are added up.</summary>
    [Params(LineScope.AllLines, LineScope.OneProgram)]
    public LineScope Scope { get; set; }

    private protected override string Question => $"BudgetTotalsByFiscalYear({(programId is null ? string.Empty : $"\"{programId}\"")})";

    /// <summary>Group by fiscal year, stage and currency, and sum, with LINQ.</summary>
    [Benchmark(Baseline = true)]
    public (List<BudgetRow> Totals, List<BudgetLine> LeftOut) Linq()
    {
        var lines = programId is null ? Data.BudgetLines : Data.BudgetLines.Where(b => b.ProgramId == programId).ToList();
        var rows = lines
            .Where(l => l.FiscalYear is not null)
            .GroupBy(l => (l.FiscalYear!.Year, l.Stage, l.Amount.Currency))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Stage).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
            .Select(g => new BudgetRow(g.Key.Year, g.Key.Stage, g.Key.Currency, g.Sum(l => l.Amount.Amount), g.Select(l => l.Id).ToList()))
            .ToList();
        return (rows, lines.Where(l => l.FiscalYear is null).ToList());
    }

    /// <summary>The library's query.</summary>
    [Benchmark]
    public BudgetSummary BorderCoop() => Data.BudgetTotalsByFiscalYear(programId);

    /// <summary>GROUP BY and SUM in SQLite (on the program index for one program), then the lines left out.</summary>
    [Benchmark]
    public (List<BudgetRow> Totals, List<BudgetLine> LeftOut) Sqlite() => Ask(totals.Sqlite, leftOut.Sqlite);

    /// <summary>The same SQL in DuckDB: a hash aggregate over a scan of the lines.</summary>
    [Benchmark]
    public (List<BudgetRow> Totals, List<BudgetLine> LeftOut) DuckDb() => Ask(totals.DuckDb, leftOut.DuckDb);

    private protected override void Prepare()
    {
        programId = Scope == LineScope.OneProgram ? FromMiddle(Data.BudgetLines, b => b.ProgramId is not null).ProgramId : null;
        var filter = programId is null ? string.Empty : "AND program_id = $program";
        string[] parameters = programId is null ? [] : ["$program"];
        // The casts are for DuckDB, which sums BIGINTs into a HUGEINT and concatenates only text.
        totals = PrepareSql(
            $"""
            SELECT fiscal_year, stage, currency, CAST(SUM(amount_cents) AS BIGINT), group_concat(CAST(ordinal AS TEXT), ',' ORDER BY ordinal)
            FROM budget_lines
            WHERE fiscal_year IS NOT NULL {filter}
            GROUP BY fiscal_year, stage, currency
            ORDER BY fiscal_year, stage, currency
            """,
            parameters);
        leftOut = PrepareSql($"SELECT ordinal FROM budget_lines WHERE fiscal_year IS NULL {filter} ORDER BY ordinal", parameters);
    }

    private protected override AnswerKeys Answers()
    {
        var linq = Linq();
        var library = BorderCoop();
        var sqlite = Sqlite();
        var duckDb = DuckDb();
        return new(
            linq.Totals.Select(t => t.Key).Concat(linq.LeftOut.Select(l => $"left out {l.Id}")),
            library.Totals.Select(t => new BudgetRow(t.FiscalYear.Year, t.Stage, t.Amount.Currency, t.Amount.Amount, t.LineIds).Key)
                .Concat(library.LeftOut.Select(l => $"left out {l.Line.Id}")),
            sqlite.Totals.Select(t => t.Key).Concat(sqlite.LeftOut.Select(l => $"left out {l.Id}")),
            duckDb.Totals.Select(t => t.Key).Concat(duckDb.LeftOut.Select(l => $"left out {l.Id}")));
    }

    private (List<BudgetRow> Totals, List<BudgetLine> LeftOut) Ask(DbCommand totalsCommand, DbCommand leftOutCommand)
    {
        if (programId is not null)
        {
            totalsCommand.Parameters[0].Value = programId;
            leftOutCommand.Parameters[0].Value = programId;
        }

        var rows = SqlQuestion.Read(totalsCommand, r => new BudgetRow(
            r.GetInt32(0),
            (BudgetStage)r.GetInt32(1),
            r.GetString(2),
            r.GetInt64(3) / 100m,
            r.GetString(4).Split(',').Select(o => Data.BudgetLines[int.Parse(o, CultureInfo.InvariantCulture)].Id).ToList()));
        return (rows, SqlQuestion.Read(leftOutCommand, r => Data.BudgetLines[r.GetInt32(0)]));
    }

    /// <summary>One total of the LINQ, SQLite and DuckDB answers: what the library's <see cref="BudgetTotal"/> holds.</summary>
    /// <param name="FiscalYear">The fiscal year.</param>
    /// <param name="Stage">The stage.</param>
    /// <param name="Currency">The currency.</param>
    /// <param name="Amount">The sum.</param>
    /// <param name="LineIds">The lines added, in dataset order.</param>
    public sealed record BudgetRow(int FiscalYear, BudgetStage Stage, string Currency, decimal Amount, IReadOnlyList<string> LineIds)
    {
        /// <summary>The row as a comparable key.</summary>
        public string Key => string.Create(CultureInfo.InvariantCulture, $"FY{FiscalYear} {Stage} {Currency} {Amount:0.##} [{string.Join(",", LineIds)}]");
    }
}
