using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BorderCoop.Benchmarks;

/// <summary>
/// Profiling only (<c>--how split</c>): the parts of a load timed one by one over the same user file, to see where
/// the library's time goes beyond the floor. Each part keeps what it makes until the next part starts, as a load would.
/// </summary>
internal static class UserFileSplit
{
    /// <summary>Runs the parts and prints each one's time, allocation and GC pause; returns the records deserialized by the library's contract.</summary>
    public static long Run(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var families = Families(bytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {families.Sum(f => f.Records.Count)} records in {families.Count} families"));

        Part("read every token once", () =>
        {
            var reader = new Utf8JsonReader(bytes);
            long tokens = 0;
            while (reader.Read())
            {
                tokens++;
            }

            return tokens;
        });

        Part("skip each record (the loader's first pass)", () =>
        {
            long records = 0;
            foreach (var (_, spans) in families)
            {
                foreach (var (start, end) in spans)
                {
                    var reader = new Utf8JsonReader(bytes.AsSpan(start, end - start));
                    reader.Read();
                    reader.Skip();
                    records++;
                }
            }

            return records;
        });

        Part("plain records, one call per record", () => Deserialize(bytes, families, f => PlainInfo(f.PropertyName)));
        return Part("library records, one call per record (contract and constructors, no origins)", () => Deserialize(bytes, families, f => f.Records.Info));
    }

    private static long Part(string name, Func<long> part)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(true);
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        var count = part();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {name,-80} {clock.Elapsed.TotalMilliseconds,8:F0} ms  allocated {(GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0,8:F1} MiB  GC paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds,6:F0} ms  ({count})"));
        return count;
    }

    private static long Deserialize(byte[] bytes, List<(RecordFamily Family, List<(int Start, int End)> Records)> families, Func<RecordFamily, JsonTypeInfo> info)
    {
        var kept = new List<object>();
        foreach (var (family, spans) in families)
        {
            var typeInfo = info(family);
            foreach (var (start, end) in spans)
            {
                kept.Add(JsonSerializer.Deserialize(bytes.AsSpan(start, end - start), typeInfo)!);
            }
        }

        return kept.Count;
    }

    private static JsonTypeInfo PlainInfo(string property)
    {
        var context = PlainUserFileContext.Default;
        return property switch
        {
            "sources" => context.PlainSource,
            "agencies" => context.PlainAgency,
            "people" => context.PlainPerson,
            "agreements" => context.PlainAgreement,
            "programs" => context.PlainProgram,
            "extraditionCases" => context.PlainExtraditionCase,
            "extraditionFigures" => context.PlainExtraditionFigure,
            "budgetLines" => context.PlainBudgetLine,
            "figures" => context.PlainFigure,
            "events" => context.PlainEvent,
            "conflicts" => context.PlainConflict,
            _ => throw new ArgumentException($"no plain record for '{property}'", nameof(property)),
        };
    }

    /// <summary>Where each record of each family array is, found with a reader over the whole document.</summary>
    private static List<(RecordFamily Family, List<(int Start, int End)> Records)> Families(byte[] bytes)
    {
        var result = new List<(RecordFamily, List<(int, int)>)>();
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var family = RecordFamily.Named(ref reader);
            reader.Read();
            if (family is null)
            {
                reader.Skip();
                continue;
            }

            var spans = new List<(int, int)>();
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                spans.Add((start, (int)reader.BytesConsumed));
            }

            result.Add((family, spans));
        }

        return result;
    }
}
