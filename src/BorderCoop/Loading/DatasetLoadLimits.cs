using System.Globalization;

namespace BorderCoop;

/// <summary>
/// How much input a load accepts before refusing it: a guard against files that are too large or nested too deeply
/// to be data, whether by mistake or by design.
/// </summary>
/// <remarks>
/// <para>Input over <see cref="MaxBytes"/> is refused after reading at most one byte more than the limit; it is never
/// read whole into memory. Input nested deeper than <see cref="MaxDepth"/> is refused at the first value that goes
/// too deep. Both are reported as a <see cref="DatasetProblem"/> in a <see cref="DatasetValidationException"/>.</para>
/// <para>Records in the BorderCoop format nest at most seven levels (document, family array, record, roles,
/// role, citations, citation), so a depth limit below 7 rejects valid data.</para>
/// <para>Two limits are equal when both numbers are equal.</para>
/// </remarks>
public sealed record DatasetLoadLimits
{
    /// <summary>The largest byte limit allowed: the largest buffer .NET can hold.</summary>
    private const long LargestByteLimit = int.MaxValue;

    /// <summary>The deepest nesting limit allowed.</summary>
    private const int DeepestLimit = 256;

    /// <summary>Creates limits.</summary>
    /// <param name="maxBytes">The most bytes of UTF-8 JSON accepted, from 1 to <see cref="int.MaxValue"/>.</param>
    /// <param name="maxDepth">The deepest nesting of objects and arrays accepted, from 1 to 256; the top-level object is depth 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is outside its range.</exception>
    public DatasetLoadLimits(long maxBytes, int maxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBytes, LargestByteLimit);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDepth, DeepestLimit);
        MaxBytes = maxBytes;
        MaxDepth = maxDepth;
    }

    /// <summary>The limits used when none are given: 64 MiB and a depth of 32.</summary>
    /// <remarks>The whole curated dataset is about 0.3 MiB and 7 levels deep, so these leave ample room for real data.</remarks>
    public static DatasetLoadLimits Default { get; } = new(64L * 1024 * 1024, 32);

    /// <summary>The most bytes of input accepted.</summary>
    public long MaxBytes { get; }

    /// <summary>The deepest nesting of objects and arrays accepted; the top-level value is depth 1.</summary>
    public int MaxDepth { get; }

    /// <summary>Both limits, such as "at most 67,108,864 bytes, depth 32".</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"at most {MaxBytes:N0} bytes, depth {MaxDepth}");
}
