namespace BorderCoop.Benchmarks;

/// <summary>The dataset a query benchmark runs on: the curated data shipped in the package, or a generated one.</summary>
/// <remarks>The numeric value of a generated size is its total number of records, over all families.</remarks>
public enum DatasetSize
{
    /// <summary>The curated dataset embedded in the package (<see cref="BorderCoopData.Default"/>, 244 records).</summary>
    Embedded = 0,

    /// <summary>A dataset of 10 000 records made by <see cref="DatasetGenerator"/>.</summary>
    Generated10k = 10_000,

    /// <summary>A dataset of 1 000 000 records made by <see cref="DatasetGenerator"/>.</summary>
    Generated1M = 1_000_000,
}
