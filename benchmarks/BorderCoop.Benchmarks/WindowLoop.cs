using System.Diagnostics;
using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// Runs one of the large window questions on the generated 1M dataset in a loop, for a sampling profiler to watch
/// (<c>perf record -D 25000 …</c>: the dataset takes about 16 s to generate), and prints the median time of a call.
/// BenchmarkDotNet measures these questions; this only gives a profiler a steady process to look at.
/// </summary>
internal static class WindowLoop
{
    /// <summary>The questions by name: those whose answers are a large share of the data.</summary>
    private static readonly Dictionary<string, Func<BorderCoopData, int>> Questions = new(StringComparer.Ordinal)
    {
        ["programs-active-during"] = data => data.ProgramsActiveDuring(new DateInterval(new LocalDate(2008, 1, 1), new LocalDate(2008, 12, 31))).Count,
        ["agreements-in-force-on"] = data => data.AgreementsInForceOn(new LocalDate(2008, 6, 1)).Count,
        ["extradition-figures-for"] = data => data.ExtraditionFiguresFor(
            new DateInterval(new LocalDate(1996, 1, 1), new LocalDate(2000, 12, 31)), CountryCode.Parse("MX"), CountryCode.Parse("US")).Count,
    };

    /// <summary>Generates the 1M dataset, then asks <paramref name="question"/> for <paramref name="seconds"/> seconds.</summary>
    public static int Run(string question, int seconds)
    {
        if (!Questions.TryGetValue(question, out var ask))
        {
            Console.Error.WriteLine($"Unknown question '{question}'; one of: {string.Join(", ", Questions.Keys)}.");
            return 2;
        }

        var started = Stopwatch.StartNew();
        var data = DatasetGenerator.Generate(1_000_000);
        Console.WriteLine($"generated 1M records in {started.Elapsed.TotalSeconds:F1} s");
        for (var i = 0; i < 20; i++)
        {
            ask(data); // past the first tiers of the JIT
        }

        var times = new List<double>();
        var running = Stopwatch.StartNew();
        var matches = 0;
        while (running.Elapsed.TotalSeconds < seconds)
        {
            var call = Stopwatch.GetTimestamp();
            matches = ask(data);
            times.Add(Stopwatch.GetElapsedTime(call).TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"{question}: {matches} matches, median {times[times.Count / 2]:F2} ms over {times.Count} calls");
        return 0;
    }
}
