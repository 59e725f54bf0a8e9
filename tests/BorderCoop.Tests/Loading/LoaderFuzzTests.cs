// A mutation fuzzer of the loader (BorderCoopData.Load, LoadFile, Extend, ExtendFile): see Loading/Fuzz/.
//
// In CI each run takes a fresh random seed and stops after 3,000 inputs or 20 seconds; a failure prints the seed and,
// for each distinct failure, the smallest input found (escaped and base64) and how the input was loaded.
//
// Run it long, outside CI (0 seconds means no time limit; the report is also written to the file):
//
//   BORDERCOOP_FUZZ_COUNT=100000 BORDERCOOP_FUZZ_SECONDS=0 BORDERCOOP_FUZZ_REPORT=/tmp/fuzz-report.txt \
//   BORDERCOOP_FUZZ_LAST=/tmp/fuzz-last.json \
//     dotnet test tests/BorderCoop.Tests --filter "FullyQualifiedName~LoaderFuzzTests" --logger "console;verbosity=detailed"
//
// Rerun a run with BORDERCOOP_FUZZ_SEED=<the seed it printed> and the same count. BORDERCOOP_FUZZ_LAST keeps the
// input being loaded in that file (and its description in FILE.case), so a crash of the whole process leaves it behind.
using BorderCoop.Tests.Loading.Fuzz;
using Xunit.Abstractions;

namespace BorderCoop.Tests.Loading;

/// <summary>
/// Any bytes given to the loader give a dataset or a <see cref="DatasetValidationException"/> whose problems are located,
/// never another exception or a hang; no raw control character reaches a message; what is accepted is what is stored.
/// </summary>
public sealed class LoaderFuzzTests(ITestOutputHelper output)
{
    private static readonly Lazy<FuzzReport> SharedRun = new(() =>
        new LoaderFuzzer(FuzzSettings.FromEnvironment(defaultCount: 3_000, defaultDuration: TimeSpan.FromSeconds(20))).Run());

    [Fact]
    public void AnyInput_GivesADatasetOrAValidationException_NeverAnotherExceptionOrAHang() =>
        Expect(LoaderContract.Crash, LoaderContract.Hang);

    [Fact]
    public void EveryProblem_IsLocated_AndNoMessageHoldsARawControlCharacter() =>
        Expect(LoaderContract.Location, LoaderContract.RawText);

    [Fact]
    public void AnAcceptedInput_IsStoredAsWritten() =>
        Expect(LoaderContract.Fidelity);

    [Fact]
    public void TheValidSeeds_LoadAndAreStoredAsWritten()
    {
        var fuzzer = new LoaderFuzzer(new FuzzSettings(0, TimeSpan.Zero, 0, null, null));
        var valid = LoaderFuzzer.Seeds.Where(s => !s.Name.StartsWith("Malformed/", StringComparison.Ordinal)).ToList();

        valid.Should().HaveCountGreaterThan(20);
        foreach (var seed in valid)
        {
            var entry = seed.ExtendsTheCuratedData ? FuzzEntry.ExtendDefault : FuzzEntry.Load;
            var (outcome, findings) = fuzzer.Try(new FuzzCase(0, seed.Name, seed.Bytes, entry, FuzzStream.Memory, null, "seed.json", "none"));

            outcome.Error.Should().BeNull($"the seed '{seed.Name}' is valid");
            findings.Should().BeEmpty($"the seed '{seed.Name}' is stored as written");
        }
    }

    [Fact]
    public void TheChecks_CatchACrash_AnUnlocatedProblem_ARawEscape_AndAChangedValue()
    {
        var input = "{\n  \"sources\": []\n}"u8.ToArray();
        var fuzzCase = new FuzzCase(0, "test", input, FuzzEntry.Load, FuzzStream.Memory, null, "in.json", "none");
        var unlocated = new DatasetValidationException([new DatasetProblem("in.json", 9, "$.people[0].name", null, "bad \u001b[31m")]);
        var stored = BorderCoopData.Load(new MemoryStream("{ \"sources\": [] }"u8.ToArray()), "x.json");
        var changed = fuzzCase with { Input = "{ \"sources\": [], \"dataVersion\": null, \"people\": [ ] }"u8.ToArray() };

        Categories(fuzzCase, new FuzzOutcome(null, new InvalidOperationException("boom"), false, TimeSpan.Zero)).Should().Equal(LoaderContract.Crash);
        Categories(fuzzCase, new FuzzOutcome(null, null, true, TimeSpan.Zero)).Should().Equal(LoaderContract.Hang);
        Categories(fuzzCase, new FuzzOutcome(null, unlocated, false, TimeSpan.Zero)).Should().BeEquivalentTo(
            [LoaderContract.Location, LoaderContract.Location], "a DatasetProblem escapes its own message, so only the missing location remains");
        Categories(changed, new FuzzOutcome(stored, null, false, TimeSpan.Zero)).Should().BeEmpty();
        Categories(fuzzCase with { Input = "{ \"sources\": [ {} ] }"u8.ToArray() }, new FuzzOutcome(stored, null, false, TimeSpan.Zero))
            .Should().Equal(LoaderContract.Fidelity);
    }

    private static List<string> Categories(FuzzCase fuzzCase, FuzzOutcome outcome) =>
        [.. LoaderContract.Check(fuzzCase, outcome).Select(f => f.Category)];

    private void Expect(params string[] categories)
    {
        var report = SharedRun.Value;
        var text = report.Describe(categories);
        output.WriteLine(text);
        report.In(categories).Should().BeEmpty(text);
    }
}
