using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BorderCoop.Tests.Loading.Fuzz;

/// <summary>How long the fuzzer runs and from which seed; read from the environment, with defaults for CI.</summary>
/// <param name="Count">The most inputs (<c>BORDERCOOP_FUZZ_COUNT</c>).</param>
/// <param name="Duration">The most time (<c>BORDERCOOP_FUZZ_SECONDS</c>; 0 for no limit).</param>
/// <param name="Seed">The run's seed (<c>BORDERCOOP_FUZZ_SEED</c>; random when unset).</param>
/// <param name="ReportFile">Where to write the report too (<c>BORDERCOOP_FUZZ_REPORT</c>), or null.</param>
/// <param name="LastInputFile">Where each input is written before it is loaded (<c>BORDERCOOP_FUZZ_LAST</c>), so a crash of the process leaves it behind; or null.</param>
internal sealed record FuzzSettings(long Count, TimeSpan Duration, int Seed, string? ReportFile, string? LastInputFile)
{
    public static FuzzSettings FromEnvironment(long defaultCount, TimeSpan defaultDuration)
    {
        var count = long.TryParse(Environment.GetEnvironmentVariable("BORDERCOOP_FUZZ_COUNT"), CultureInfo.InvariantCulture, out var c) ? c : defaultCount;
        var duration = double.TryParse(Environment.GetEnvironmentVariable("BORDERCOOP_FUZZ_SECONDS"), CultureInfo.InvariantCulture, out var s)
            ? (s <= 0 ? TimeSpan.MaxValue : TimeSpan.FromSeconds(s))
            : Environment.GetEnvironmentVariable("BORDERCOOP_FUZZ_COUNT") is null ? defaultDuration : TimeSpan.MaxValue;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BORDERCOOP_FUZZ_SEED"), CultureInfo.InvariantCulture, out var fixedSeed)
            ? fixedSeed
            : Random.Shared.Next();
        return new(count, duration, seed, Environment.GetEnvironmentVariable("BORDERCOOP_FUZZ_REPORT"), Environment.GetEnvironmentVariable("BORDERCOOP_FUZZ_LAST"));
    }
}

/// <summary>What a fuzz run found: counts, and each distinct failure with its smallest reproducing input.</summary>
internal sealed record FuzzReport(FuzzSettings Settings, long Inputs, TimeSpan Elapsed, IReadOnlyDictionary<string, long> Outcomes, IReadOnlyDictionary<FuzzEntry, (long Count, TimeSpan Time)> Entries, IReadOnlyList<FuzzFailure> Failures)
{
    public IEnumerable<FuzzFailure> In(params string[] categories) => Failures.Where(f => categories.Contains(f.Finding.Category));

    public string Describe(params string[] categories)
    {
        var failures = In(categories).ToList();
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Loader fuzz: seed {Settings.Seed}, {Inputs:N0} inputs in {Elapsed.TotalSeconds:F1} s ({string.Join(", ", Outcomes.Select(o => $"{o.Key} {o.Value:N0}"))}).")
            .AppendLine(CultureInfo.InvariantCulture, $"Entry points: {string.Join(", ", Entries.OrderBy(e => e.Key).Select(e => $"{e.Key} {e.Value.Count:N0} ({e.Value.Time.TotalMilliseconds / e.Value.Count:F1} ms each)"))}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Rerun this run: BORDERCOOP_FUZZ_SEED={Settings.Seed} BORDERCOOP_FUZZ_COUNT={Inputs} (inputs depend on the seed, the seeds' files and the data).")
            .AppendLine(CultureInfo.InvariantCulture, $"{failures.Count} distinct failure(s) of {string.Join(", ", categories)}:");
        foreach (var failure in failures)
        {
            text.AppendLine().Append(failure.Describe());
        }

        return text.ToString();
    }
}

/// <summary>One distinct failure: the first finding of its signature, how often it was seen, and the smallest input found.</summary>
internal sealed record FuzzFailure(FuzzFinding Finding, long Occurrences, FuzzCase First, FuzzCase Minimal, IReadOnlyCollection<string> Places)
{
    public string Describe()
    {
        var input = Minimal.Input;
        var text = LoaderContract.DecodeStrict(input);
        var shown = text is null ? "(not UTF-8; see base64)" : CSharpLiteral(text.Length > 2_000 ? text[..2_000] : text);
        return new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"[{Finding.Category}] {Finding.Signature}")
            .AppendLine(CultureInfo.InvariantCulture, $"  seen {Occurrences:N0} time(s){(Places.Count == 0 ? string.Empty : $" at {string.Join(" | ", Places.Order(StringComparer.Ordinal).Take(12))}{(Places.Count > 12 ? $" | and {Places.Count - 12} more" : string.Empty)}")}; first: {First.Describe()}")
            .AppendLine(CultureInfo.InvariantCulture, $"  minimal input ({input.Length} bytes, via {Minimal.Entry}{(Minimal.Limits is null ? string.Empty : $", limits {Minimal.Limits}")}), as a C# literal: {shown}")
            .AppendLine(CultureInfo.InvariantCulture, $"  base64: {(input.Length > 3_000 ? Convert.ToBase64String(input[..3_000]) + "…" : Convert.ToBase64String(input))}")
            .AppendLine("  " + LoaderContract.Trim(Finding.Detail, 14).Replace("\n", "\n    ", StringComparison.Ordinal))
            .ToString();
    }

    /// <summary>The text as a C# string literal: a JSON escape such as \ud800 shows as "\\ud800", a raw character as "\ud800".</summary>
    private static string CSharpLiteral(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '"' => builder.Append("\\\""),
                >= ' ' and <= '~' => builder.Append(c),
                _ => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
            };
        }

        return builder.Append('"').ToString();
    }
}

/// <summary>
/// Feeds mutants of valid documents to every loading entry point, checks each outcome against <see cref="LoaderContract"/>,
/// and shrinks one input per distinct failure.
/// </summary>
internal sealed class LoaderFuzzer
{
    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(20);

    private static readonly Lazy<IReadOnlyList<FuzzSeed>> AllSeeds = new(BuildSeeds);

    private static readonly Lazy<BorderCoopData> SmallBase = new(() => TestRecords.Data(
        TestRecords.Agency("base-agency", "Base Agency"), TestRecords.Person("base-person", "Base Person"), TestRecords.Agreement("base-agreement", "Base Agreement")));

    private readonly FuzzSettings settings;
    private readonly Mutator mutator;
    private readonly string temporaryDirectory = Path.Combine(Path.GetTempPath(), $"bordercoop-fuzz-{Environment.ProcessId}");

    public LoaderFuzzer(FuzzSettings settings)
    {
        this.settings = settings;
        mutator = new Mutator(Seeds);
    }

    public static IReadOnlyList<FuzzSeed> Seeds => AllSeeds.Value;

    /// <summary>The case an index of this run stands for: the same seed and index give the same case.</summary>
    public FuzzCase CaseAt(long index)
    {
        var random = new Random(unchecked((int)Mix(((ulong)(uint)settings.Seed << 32) ^ (ulong)index)));
        var seed = Pick(random, Seeds);
        var (bytes, mutations) = mutator.Mutate(random, seed);
        var entry = seed.ExtendsTheCuratedData
            ? random.Next(20) == 0 ? FuzzEntry.ExtendFileDefault : FuzzEntry.ExtendDefault
            : random.Next(20) switch
            {
                0 => FuzzEntry.LoadFile,
                1 => FuzzEntry.ExtendDefault,
                2 => FuzzEntry.ExtendFileDefault,
                < 7 => FuzzEntry.ExtendSmall,
                _ => FuzzEntry.Load,
            };
        var stream = random.Next(10) switch { 0 => FuzzStream.NonSeekable, 1 => FuzzStream.Trickle, _ => FuzzStream.Memory };
        var limits = random.Next(12) == 0 ? new DatasetLoadLimits(random.Next(1, Math.Max(2, bytes.Length * 2)), random.Next(1, 40)) : null;
        var name = random.Next(10) == 0 ? "my cases (2).json" : "input.json";
        return new FuzzCase(index, seed.Name, bytes, entry, stream, limits, name, mutations);
    }

    public FuzzReport Run(Action<string>? log = null)
    {
        var clock = Stopwatch.StartNew();
        var outcomes = new Dictionary<string, long>(StringComparer.Ordinal);
        var entries = new Dictionary<FuzzEntry, (long Count, TimeSpan Time)>();
        var bySignature = new Dictionary<string, (FuzzFinding Finding, long Count, FuzzCase First, FuzzCase Smallest)>(StringComparer.Ordinal);
        var places = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        long index = 0;
        try
        {
            var lastLog = TimeSpan.Zero;
            for (; index < settings.Count && clock.Elapsed < settings.Duration; index++)
            {
                var fuzzCase = CaseAt(index);
                if (settings.LastInputFile is { } last)
                {
                    File.WriteAllText(last + ".case", fuzzCase.Describe());
                    File.WriteAllBytes(last, fuzzCase.Input);
                }

                var (outcome, findings) = Try(fuzzCase);
                var kind = outcome.Hung ? "hung" : outcome.Error is DatasetValidationException ? "rejected" : outcome.Error is not null ? "crashed" : "accepted";
                outcomes[kind] = outcomes.GetValueOrDefault(kind) + 1;
                var entry = entries.GetValueOrDefault(fuzzCase.Entry);
                entries[fuzzCase.Entry] = (entry.Count + 1, entry.Time + outcome.Elapsed);
                foreach (var finding in findings)
                {
                    if (finding.Where is { } where)
                    {
                        (places.TryGetValue(finding.Signature, out var set) ? set : places[finding.Signature] = new(StringComparer.Ordinal)).Add(where);
                    }

                    if (!bySignature.TryGetValue(finding.Signature, out var seen))
                    {
                        log?.Invoke($"#{index}: [{finding.Category}] {finding.Signature}");
                        bySignature[finding.Signature] = (finding, 1, fuzzCase, fuzzCase);
                    }
                    else
                    {
                        bySignature[finding.Signature] = (seen.Finding, seen.Count + 1, seen.First, fuzzCase.Input.Length < seen.Smallest.Input.Length ? fuzzCase : seen.Smallest);
                    }
                }

                if (outcome.Hung)
                {
                    index++;
                    break; // a thread is still busy with it; the run cannot go on meaningfully
                }

                if (clock.Elapsed - lastLog > TimeSpan.FromSeconds(60))
                {
                    lastLog = clock.Elapsed;
                    log?.Invoke($"{index:N0} inputs, {clock.Elapsed.TotalSeconds:F0} s, {bySignature.Count} distinct failure(s)");
                }
            }

            var elapsed = clock.Elapsed;

            // Shrink one input per failure: briefly in CI (at most about 10 s in all), thoroughly in a long run.
            var longRun = settings.Count > 10_000;
            var failures = new List<FuzzFailure>();
            foreach (var (finding, count, first, smallest) in bySignature.Values.OrderBy(v => v.Finding.Category, StringComparer.Ordinal).ThenBy(v => v.Finding.Signature, StringComparer.Ordinal))
            {
                var budget = longRun ? TimeSpan.FromSeconds(10) : TimeSpan.FromSeconds(Math.Min(2, 10.0 / bySignature.Count));
                var minimal = finding.Category == LoaderContract.Hang ? smallest : Minimize(smallest, finding.Signature, budget);
                var shown = finding.Category == LoaderContract.Hang ? finding : Try(minimal).Findings.FirstOrDefault(f => f.Signature == finding.Signature) ?? finding;
                failures.Add(new FuzzFailure(shown, count, first, minimal, places.GetValueOrDefault(finding.Signature) ?? []));
            }

            var report = new FuzzReport(settings, index, elapsed, outcomes, entries, failures);
            if (settings.ReportFile is { } file)
            {
                File.WriteAllText(file, report.Describe(LoaderContract.Crash, LoaderContract.Hang, LoaderContract.Location, LoaderContract.RawText, LoaderContract.Fidelity));
            }

            return report;
        }
        finally
        {
            if (Directory.Exists(temporaryDirectory))
            {
                Directory.Delete(temporaryDirectory, recursive: true);
            }
        }
    }

    private FuzzOutcome Execute(FuzzCase fuzzCase)
    {
        var clock = Stopwatch.StartNew();
        var task = Task.Run(() =>
        {
            try
            {
                return (Load(fuzzCase), (Exception?)null);
            }
            catch (Exception e)
            {
                return ((BorderCoopData?)null, e);
            }
        });
        if (!task.Wait(HangTimeout))
        {
            return new FuzzOutcome(null, null, Hung: true, clock.Elapsed);
        }

        var (data, error) = task.Result;
        return new FuzzOutcome(data, error, Hung: false, clock.Elapsed);
    }

    private BorderCoopData Load(FuzzCase fuzzCase)
    {
        if (fuzzCase.IsFile)
        {
            Directory.CreateDirectory(temporaryDirectory);
            var path = Path.Combine(temporaryDirectory, fuzzCase.SourceName);
            File.WriteAllBytes(path, fuzzCase.Input);
            fuzzCase = fuzzCase with { SourceName = path };
            return fuzzCase.Entry == FuzzEntry.LoadFile
                ? BorderCoopData.LoadFile(path, fuzzCase.Limits)
                : BorderCoopData.Default.ExtendFile(path, fuzzCase.Limits);
        }

        using Stream stream = fuzzCase.Stream switch
        {
            FuzzStream.Memory => new MemoryStream(fuzzCase.Input, writable: false),
            FuzzStream.NonSeekable => new TrickleStream(fuzzCase.Input, 81920, seekable: false),
            _ => new TrickleStream(fuzzCase.Input, 1 + (int)(fuzzCase.Index % 7), seekable: false),
        };
        return fuzzCase.Entry switch
        {
            FuzzEntry.Load => BorderCoopData.Load(stream, fuzzCase.SourceName, fuzzCase.Limits),
            FuzzEntry.ExtendDefault => BorderCoopData.Default.Extend(stream, fuzzCase.SourceName, fuzzCase.Limits),
            _ => SmallBase.Value.Extend(stream, fuzzCase.SourceName, fuzzCase.Limits),
        };
    }

    /// <summary>What a case does and the rules it breaks, a file's problems checked against the path the loader was given.</summary>
    public (FuzzOutcome Outcome, List<FuzzFinding> Findings) Try(FuzzCase fuzzCase)
    {
        var outcome = Execute(fuzzCase);
        var checkedCase = fuzzCase.IsFile ? fuzzCase with { SourceName = Path.Combine(temporaryDirectory, fuzzCase.SourceName) } : fuzzCase;
        return (outcome, LoaderContract.Check(checkedCase, outcome));
    }

    /// <summary>The smallest input found in <paramref name="budget"/> that still shows <paramref name="signature"/>: whole JSON members and items removed first, then bytes.</summary>
    private FuzzCase Minimize(FuzzCase fuzzCase, string signature, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        bool Fails(byte[] input) => clock.Elapsed < budget && Try(fuzzCase with { Input = input }).Findings.Any(f => f.Signature == signature);

        var best = fuzzCase.Input;
        if (LoaderContract.DecodeStrict(best) is { } text && RawJson.Parse(text) is { } tree)
        {
            var compact = Encoding.UTF8.GetBytes(RawJson.Write(tree, indented: false));
            if (compact.Length < best.Length && Fails(compact))
            {
                best = compact;
            }

            var indented = best != compact;
            var progress = true;
            while (progress && clock.Elapsed < budget)
            {
                progress = false;
                var candidates = tree.Descendants().Where(d => d.Parent is not null).ToList();
                foreach (var (node, parent) in candidates)
                {
                    if (clock.Elapsed >= budget)
                    {
                        break;
                    }

                    if (Removed(tree, parent!, node) is not { } smaller)
                    {
                        continue;
                    }

                    var bytes = Encoding.UTF8.GetBytes(RawJson.Write(smaller, indented));
                    if (bytes.Length < best.Length && Fails(bytes))
                    {
                        best = bytes;
                        tree = smaller;
                        progress = true;
                        break;
                    }
                }
            }
        }

        // Delta debugging on bytes: drop chunks, halving their size when nothing more can go.
        for (var chunk = Math.Max(1, best.Length / 2); chunk >= 1 && clock.Elapsed < budget; chunk /= 2)
        {
            for (var start = 0; start < best.Length && clock.Elapsed < budget;)
            {
                var candidate = best[..start].Concat(best[Math.Min(best.Length, start + chunk)..]).ToArray();
                if (candidate.Length < best.Length && Fails(candidate))
                {
                    best = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        return fuzzCase with { Input = best, Mutations = fuzzCase.Mutations + " (then shrunk)" };
    }

    /// <summary>A copy of the tree without <paramref name="node"/> (a member or an item), or with it emptied.</summary>
    private static RawNode? Removed(RawNode root, RawNode parent, RawNode node)
    {
        var copy = root.Clone();
        var all = root.Descendants().Select(d => d.Node).ToList();
        var copies = copy.Descendants().Select(d => d.Node).ToList();
        var copiedParent = copies[all.IndexOf(parent)];
        var copiedNode = copies[all.IndexOf(node)];
        switch (copiedParent)
        {
            case RawObject obj:
                obj.Members.RemoveAll(m => ReferenceEquals(m.Value, copiedNode));
                return copy;
            case RawArray array:
                array.Items.Remove(copiedNode);
                return copy;
            default:
                return null;
        }
    }

    private static FuzzSeed Pick(Random random, IReadOnlyList<FuzzSeed> seeds)
    {
        var total = seeds.Sum(s => s.Weight);
        var roll = random.Next(total);
        foreach (var seed in seeds)
        {
            roll -= seed.Weight;
            if (roll < 0)
            {
                return seed;
            }
        }

        return seeds[^1];
    }

    private static ulong Mix(ulong x)
    {
        // SplitMix64's finalizer: neighbouring indexes give unrelated generators.
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }

    /// <summary>
    /// Valid documents to start from: small datasets built in the test, the user files the tests ship, records of the curated
    /// data with every record they refer to, and (rarely, it is large) the whole export; the malformed files too, as hostile starts.
    /// </summary>
    private static List<FuzzSeed> BuildSeeds()
    {
        var seeds = new List<FuzzSeed>
        {
            new("test records", Export(TestRecords.Data(
                TestRecords.Agency("a", "Agency A", "Agencia A", ["AA"]), TestRecords.Person("p", "Person P", "P."), TestRecords.Agreement("t", "Treaty T"),
                TestRecords.Program("pr", "Program", leads: ["agency/a"]), TestRecords.BudgetLine("b", "program/pr", "agency/a", ["MX"]),
                TestRecords.Figure("f", "arrests", "program/pr"), TestRecords.Event("e", "Event E"), TestRecords.Case("c", "person/p"),
                TestRecords.Conflict("x", "They differ", "extradition-case/c"))), false, 12),
        };

        var userData = Path.Combine(AppContext.BaseDirectory, "Data", "UserData");
        seeds.Add(new("my-cases.json", File.ReadAllBytes(Path.Combine(userData, "my-cases.json")), true, 8));
        seeds.Add(new("self-contained.json", File.ReadAllBytes(Path.Combine(userData, "self-contained.json")), false, 8));

        var export = Export(BorderCoopData.Default);
        seeds.Add(new("the export of the curated data", export, false, 1));
        var document = (RawObject)RawJson.Parse(Encoding.UTF8.GetString(export))!;
        var byId = document.Members.Where(m => m.Value is RawArray).SelectMany(m => ((RawArray)m.Value).Items.OfType<RawObject>().Select(r => (Family: m.Name, Record: r)))
            .Where(x => IdOf(x.Record) is not null).ToDictionary(x => IdOf(x.Record)!, StringComparer.Ordinal);
        foreach (var family in document.Members.Where(m => m.Value is RawArray { Items.Count: > 0 }))
        {
            var records = ((RawArray)family.Value).Items;
            foreach (var index in new[] { 0, records.Count / 2, records.Count - 1 }.Distinct())
            {
                var closure = Closure(IdOf((RawObject)records[index])!, byId);
                var subset = new RawObject();
                foreach (var group in document.Members.Where(m => m.Value is RawArray))
                {
                    var items = ((RawArray)group.Value).Items.Where(r => r is RawObject o && IdOf(o) is { } id && closure.Contains(id)).ToList();
                    if (items.Count > 0)
                    {
                        var array = new RawArray();
                        array.Items.AddRange(items.Select(i => i.Clone()));
                        subset.Members.Add(new RawMember(group.Name, array));
                    }
                }

                seeds.Add(new($"{IdOf((RawObject)records[index])} and what it refers to", Encoding.UTF8.GetBytes(RawJson.Write(subset)), false, 3));
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "Malformed"), "*.json").Order(StringComparer.Ordinal))
        {
            seeds.Add(new("Malformed/" + Path.GetFileName(file), File.ReadAllBytes(file), true, 1));
        }

        return seeds;

        static string? IdOf(RawObject record) =>
            record.Members.FirstOrDefault(m => m.Name == "\"id\"")?.Value is RawScalar { IsString: true } id ? RawJson.Unquote(id.Literal) : null;
    }

    private static HashSet<string> Closure(string id, Dictionary<string, (string Family, RawObject Record)> byId)
    {
        var found = new HashSet<string>(StringComparer.Ordinal) { id };
        var queue = new Queue<string>([id]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var scalar in byId[next].Record.Descendants().Select(d => d.Node).OfType<RawScalar>().Where(s => s.IsString))
            {
                if (RawJson.Unquote(scalar.Literal) is { } text && byId.ContainsKey(text) && found.Add(text))
                {
                    queue.Enqueue(text);
                }
            }
        }

        return found;
    }

    private static byte[] Export(BorderCoopData data)
    {
        using var stream = new MemoryStream();
        data.WriteJson(stream);
        return stream.ToArray();
    }
}
