using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BorderCoop.Benchmarks;

/// <summary>
/// A summary column that divides each method's mean time by that of one other method of the same class (such as
/// <c>Sqlite</c>), on the same parameters and job, so a target like "at least 10× faster than SQLite" reads off
/// directly (0.100 or less).
/// </summary>
/// <remarks>The built-in Ratio column compares with the baseline (<c>Linq</c>) instead.</remarks>
/// <param name="method">The name of the benchmark method this column divides by, such as <c>Sqlite</c>.</param>
/// <param name="what">What that method measures, for the legend, such as <c>SQLite</c>.</param>
/// <param name="priority">Where the column goes among the custom columns, from 0.</param>
internal sealed class TimeRatioColumn(string method, string what, int priority) : IColumn
{
    /// <summary>The column of times divided by those of the <c>Sqlite</c> methods.</summary>
    public static TimeRatioColumn Sqlite { get; } = new("Sqlite", "SQLite", 0);

    /// <summary>The column of times divided by those of the <c>DuckDb</c> methods.</summary>
    public static TimeRatioColumn DuckDb { get; } = new("DuckDb", "DuckDB", 1);

    /// <inheritdoc/>
    public string Id => $"{nameof(TimeRatioColumn)}.{method}";

    /// <inheritdoc/>
    public string ColumnName => $"Time/{method}";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => priority;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => $"Mean time divided by the mean time of the {method} method on the same dataset (0.100 or less: at least 10x faster than {what})";

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => c.Descriptor.WorkloadMethod.Name == method);

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var other = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Descriptor.Type == benchmarkCase.Descriptor.Type
            && c.Descriptor.WorkloadMethod.Name == method
            && c.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo
            && c.Job.DisplayInfo == benchmarkCase.Job.DisplayInfo);
        var mine = summary[benchmarkCase]?.ResultStatistics;
        var theirs = other is null ? null : summary[other]?.ResultStatistics;
        return mine is null || theirs is null || theirs.Mean <= 0
            ? "-"
            : (mine.Mean / theirs.Mean).ToString("0.000", style?.CultureInfo ?? CultureInfo.InvariantCulture);
    }
}
