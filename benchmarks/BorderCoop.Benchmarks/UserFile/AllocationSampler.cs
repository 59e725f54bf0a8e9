using System.Diagnostics.Tracing;

namespace BorderCoop.Benchmarks;

/// <summary>
/// Samples what the process allocates, by type, from the runtime's own allocation events (one event about every
/// 100 KB allocated, naming the type of the object that crossed the mark): a profile of allocation without a profiler.
/// </summary>
/// <remarks>Each sample stands for the bytes allocated since the one before it, so the sums per type estimate each type's share.</remarks>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, (long Bytes, int Samples)> byType = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>The types that allocated most, largest first: name, estimated bytes and samples.</summary>
    public IReadOnlyList<(string Type, long Bytes, int Samples)> Top(int count)
    {
        lock (gate)
        {
            return [.. byType.OrderByDescending(p => p.Value.Bytes).Take(count).Select(p => (p.Key, p.Value.Bytes, p.Value.Samples))];
        }
    }

    /// <inheritdoc/>
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: GCAllocationTick
        }
    }

    /// <inheritdoc/>
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload![eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amountAt = eventData.PayloadNames.IndexOf("AllocationAmount64");
        var amount = amountAt >= 0 ? Convert.ToInt64(eventData.Payload[amountAt], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        lock (gate)
        {
            var (bytes, samples) = byType.GetValueOrDefault(type);
            byType[type] = (bytes + amount, samples + 1);
        }
    }
}
