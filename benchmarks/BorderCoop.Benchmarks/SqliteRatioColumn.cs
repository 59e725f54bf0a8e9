using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BorderCoop.Benchmarks;

/// <summary>
/// A summary column that divides each method's mean time by that of the <c>Sqlite</c> method of the same class, on
/// the same parameters and job, so the "at least 10× faster than SQLite" target reads off directly (0.100 or less).
/// </summary>
/// <remarks>The built-in Ratio column compares with the baseline (<c>Linq</c>) instead.</remarks>
internal sealed class SqliteRatioColumn : IColumn
{
    /// <summary>The name of the benchmark method this column divides by.</summary>
    public const string SqliteMethod = "Sqlite";

    /// <inheritdoc/>
    public string Id => nameof(SqliteRatioColumn);

    /// <inheritdoc/>
    public string ColumnName => "Time/Sqlite";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Mean time divided by the mean time of the Sqlite method on the same dataset (0.100 or less: at least 10x faster than SQLite)";

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => c.Descriptor.WorkloadMethod.Name == SqliteMethod);

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var sqlite = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.Type == benchmarkCase.Descriptor.Type
            && c.Descriptor.WorkloadMethod.Name == SqliteMethod
            && c.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo
            && c.Job.DisplayInfo == benchmarkCase.Job.DisplayInfo);
        var mine = summary[benchmarkCase]?.ResultStatistics;
        var theirs = sqlite is null ? null : summary[sqlite]?.ResultStatistics;
        return mine is null || theirs is null || theirs.Mean <= 0
            ? "-"
            : (mine.Mean / theirs.Mean).ToString("0.000", style?.CultureInfo ?? CultureInfo.InvariantCulture);
    }
}
