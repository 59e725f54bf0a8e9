// The library's parsers and the JSON Schema accept and reject the same values.
//
// For every property the schema constrains with a pattern or an enum, random values (valid ones, and near-valid ones:
// year 0000, month 13, 31 April, leap days, "fy1997", padding, Unicode digits, full-width letters, enum values in other
// cases or as lists) are judged by the schema (its pattern read as ECMA-262, as JSON Schema says) and by the library:
// its parser where it has a public one (PartialDate, DateRange, FiscalYear, Money, RecordId) and the loader, with the
// value placed in a small valid document. Each run takes a fresh seed and prints it. Run it longer with:
//
//   BORDERCOOP_SCHEMA_SAMPLES=20000 dotnet test tests/BorderCoop.Tests --filter "FullyQualifiedName~SchemaParserAgreementTests" \
//     --logger "console;verbosity=detailed"
//
// and rerun a run with BORDERCOOP_SCHEMA_SEED=<seed>. Rules that are beyond a JSON Schema by design are counted, not
// failed: a day the month does not have (30 February) and a period that ends before it starts.
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderCoop.Tests.Loading.Fuzz;
using Xunit.Abstractions;

namespace BorderCoop.Tests.Schema;

/// <summary>The parsers, the loader and the JSON Schema accept and reject the same values.</summary>
public sealed partial class SchemaParserAgreementTests(ITestOutputHelper output)
{
    /// <summary>A small valid document with a record of every family and every nested object the schema constrains.</summary>
    private const string BaseDocument = SampleDocument.Json;

    private static readonly string SchemaFile = Path.Combine(Repository.Root, ContractSchema.RepositoryPath);

    private static readonly Lazy<JsonObject> Schema = new(() => JsonNode.Parse(File.ReadAllText(SchemaFile))!.AsObject());

    private static readonly Lazy<IReadOnlyList<SchemaLocation>> Locations = new(() => [.. Leaves(Schema.Value, "", "$").Select(Classify)]);

    private static readonly Lazy<RawNode> BaseTree = new(() => RawJson.Parse(BaseDocument)!);

    private static readonly Dictionary<string, IReadOnlyList<string>> ConflictingProperties = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static string? lastCrash;

    private enum Verdict
    {
        Accepted,
        Rejected,
        Inconclusive,
        Crashed,
    }

    public static TheoryData<ScalarKind> Kinds() => [.. Enum.GetValues<ScalarKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void TheLibraryAndTheSchema_AcceptTheSameValues(ScalarKind kind)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BORDERCOOP_SCHEMA_SEED"), CultureInfo.InvariantCulture, out var s) ? s : Random.Shared.Next();
        var samples = int.TryParse(Environment.GetEnvironmentVariable("BORDERCOOP_SCHEMA_SAMPLES"), CultureInfo.InvariantCulture, out var n) ? n : 800;
        var random = new Random(seed + (int)kind);
        // Non-blank text is constrained in some fifty places; those the base document holds stand for all.
        var locations = Locations.Value.Where(l => l.Kind == kind && (kind != ScalarKind.Text || ParentOf(BaseTree.Value, l.Path) is not null)).ToList();
        locations.Should().NotBeEmpty($"the schema constrains some {kind}");

        var tally = new Tally();
        var edges = locations.SelectMany(l => ScalarValues.Edges(kind, l.Family).Select(v => (Location: l, Value: v))).ToList();
        for (var i = 0; i < samples + edges.Count; i++)
        {
            var location = i < edges.Count ? edges[i].Location : locations[random.Next(locations.Count)];
            var valid = ScalarValues.Valid(random, kind, location.Family, location.Members);
            var value = i < edges.Count ? edges[i].Value : random.Next(4) == 0 ? valid : ScalarValues.Near(random, kind, valid, location.Members);
            if (value.Any(char.IsSurrogate))
            {
                continue; // lone surrogates are the loader fuzz test's business
            }

            var schemaAccepts = SchemaAccepts(location, value);
            foreach (var (judge, decide) in Judges(location))
            {
                var verdict = decide(value);
                tally.Add(judge, location, value, schemaAccepts, verdict, () => Exemption(kind, decide, value));
            }
        }

        var report = tally.Describe($"{kind}: seed {seed} (BORDERCOOP_SCHEMA_SEED), {samples} samples over {locations.Count} propert{(locations.Count == 1 ? "y" : "ies")}");
        output.WriteLine(report);
        tally.Failures.Should().Be(0, report);
    }

    [Fact]
    public void AReference_IsAcceptedByTheLoaderForTheFamiliesTheSchemaAccepts()
    {
        var tally = new Tally();
        var ids = BaseTree.Value is RawObject document
            ? document.Members.Where(m => m.Value is RawArray).SelectMany(m => ((RawArray)m.Value).Items.OfType<RawObject>().Select(IdOf)).OfType<string>().ToList()
            : [];
        foreach (var location in Locations.Value.Where(l => l.Kind == ScalarKind.Reference))
        {
            var containing = IdOf(RecordOf(location.Path));
            foreach (var id in ids.Where(i => i != containing).GroupBy(RecordId.FamilyOf).Select(g => g.First()))
            {
                tally.Add("loader", location, id, SchemaAccepts(location, id), LoaderVerdict(location, id), () => null, group: $"{RecordId.FamilyOf(id)} at {location.Path}");
            }
        }

        var report = tally.Describe("References to a record of each family, at every reference property");
        output.WriteLine(report);
        tally.Failures.Should().Be(0, report);
    }

    [Fact]
    public void TheLocalValidator_MatchesPatternsAsEcma262Does()
    {
        var random = new Random(Environment.TickCount);
        var differences = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var location in Locations.Value.Where(l => l.Pattern is not null))
        {
            var validator = new SchemaValidator(new JsonObject { ["type"] = "string", ["pattern"] = location.Pattern });
            for (var i = 0; i < 40; i++)
            {
                var value = ScalarValues.Near(random, location.Kind, ScalarValues.Valid(random, location.Kind, location.Family, location.Members), location.Members);
                using var document = JsonDocument.Parse(JsonSerializer.Serialize(value));
                var local = validator.Validate(document.RootElement).Count == 0;
                if (local != EcmaPattern.IsMatch(location.Pattern!, value))
                {
                    var key = $"{location.Kind} patterns: SchemaValidator {(local ? "accepts" : "rejects")} what ECMA-262 {(local ? "rejects" : "accepts")}";
                    (differences.TryGetValue(key, out var examples) ? examples : differences[key] = []).Add($"\"{LoaderContract.Escape(value)}\"");
                }
            }
        }

        var report = string.Join(Environment.NewLine, differences.Select(d => $"{d.Key}, such as {string.Join(", ", d.Value.Distinct().Take(4))}"));
        differences.Should().BeEmpty("SchemaValidator (used by SchemaTests) must read patterns as JSON Schema does (\\d is [0-9], $ is the very end, \\s is ECMA-262 white space); found:" + Environment.NewLine + report);
    }

    [Fact]
    public void EcmaPattern_ReadsDigitsEndsAndSpacesAsEcma262()
    {
        EcmaPattern.IsMatch(@"^\d{4}$", "1995").Should().BeTrue();
        EcmaPattern.IsMatch(@"^\d{4}$", "\u0661\u0669\u0669\u0665").Should().BeFalse();
        EcmaPattern.IsMatch(@"^FY\d{4}$", "FY1997\n").Should().BeFalse();
        EcmaPattern.IsMatch(@"\S", "\ufeff\u00a0 \t").Should().BeFalse();
        EcmaPattern.IsMatch(@"\S", "\u200b").Should().BeTrue();
        EcmaPattern.IsMatch(@"^[a-z]+(-[a-z]+)*/x$", "a-b/x").Should().BeTrue();
        FluentActions.Invoking(() => EcmaPattern.Translate(@"\w")).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void TheBaseDocument_IsValid_AndHoldsEveryConstrainedProperty()
    {
        var data = BorderCoopData.Load(new MemoryStream(Encoding.UTF8.GetBytes(BaseDocument)), "base.json");
        using var document = JsonDocument.Parse(BaseDocument);

        data.Records.Select(RecordFamily.Of).Distinct().Should().BeEquivalentTo(RecordFamily.All, "the sample has a record of every family");
        new SchemaValidator(Schema.Value).Validate(document.RootElement).Should().BeEmpty();
        Locations.Value.Select(l => l.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<ScalarKind>());
        Locations.Value.Where(l => l.Kind != ScalarKind.Text && ParentOf(BaseTree.Value, l.Path) is null).Select(l => l.Path)
            .Should().BeEmpty("every property with a pattern (other than non-blank text) or an enum needs its parent object in the base document");
    }

    /// <summary>Who judges a value at a location besides the schema: the public parser of its type, and the loader.</summary>
    private static IEnumerable<(string Judge, Func<string, Verdict> Decide)> Judges(SchemaLocation location)
    {
        Func<string, bool>? parser = location.Kind switch
        {
            ScalarKind.PartialDate => v => PartialDate.TryParse(v, out _),
            ScalarKind.DateRange => v => DateRange.TryParse(v, out _),
            ScalarKind.FiscalYear => v => FiscalYear.TryParse(v, out _),
            ScalarKind.Currency => v => Succeeds(() => _ = new Money(1, v)),
            ScalarKind.OwnId => v => RecordId.IsWellFormed(v) && RecordId.FamilyOf(v).IdPrefix == location.Family,
            ScalarKind.Reference => v => RecordId.IsWellFormed(v) && location.Family!.Split('|').Contains(RecordId.FamilyOf(v).IdPrefix),
            _ => null,
        };
        if (parser is not null)
        {
            var name = location.Kind switch
            {
                ScalarKind.Currency => "new Money",
                ScalarKind.OwnId or ScalarKind.Reference => "RecordId.IsWellFormed",
                _ => $"{location.Kind}.TryParse",
            };
            yield return (name, v => Safely(() => parser(v)));
        }

        if (location.Kind != ScalarKind.Reference)
        {
            yield return ("loader", v => LoaderVerdict(location, v));
        }
    }

    /// <summary>Why a parser may rightly reject what a schema accepts, if it does here: a rule no JSON Schema pattern states.</summary>
    private static string? Exemption(ScalarKind kind, Func<string, Verdict> decide, string value)
    {
        if (kind is ScalarKind.PartialDate or ScalarKind.DateRange && decide(ScalarValues.FirstDays(value)) == Verdict.Accepted)
        {
            return "a day the month does not have";
        }

        return kind == ScalarKind.DateRange && (decide(ScalarValues.Swapped(value)) == Verdict.Accepted || decide(ScalarValues.FirstDays(ScalarValues.Swapped(value))) == Verdict.Accepted)
            ? "a period that ends before it starts"
            : null;
    }

    private static bool SchemaAccepts(SchemaLocation location, string value) =>
        location.Members is { } members ? members.Contains(value) : EcmaPattern.IsMatch(location.Pattern!, value);

    /// <summary>
    /// The properties next to a location that must go for a valid value there to be accepted (a budget line has a fiscal
    /// year or a period, not both), found by trying a valid value with each of them left out in turn.
    /// </summary>
    private static IReadOnlyList<string> Conflicting(SchemaLocation location)
    {
        lock (ConflictingProperties)
        {
            if (ConflictingProperties.TryGetValue(location.Path, out var found))
            {
                return found;
            }

            var valid = location.Kind switch
            {
                ScalarKind.PartialDate => "1996-03",
                ScalarKind.DateRange => "1995/2000",
                ScalarKind.FiscalYear => "FY1997",
                ScalarKind.Country => "CA",
                ScalarKind.Currency => "EUR",
                ScalarKind.DataVersion => "2025b",
                ScalarKind.OwnId => $"{location.Family}/calibration",
                ScalarKind.Enum => location.Members![^1],
                _ => "Some text.",
            };
            found = [];
            if (location.Kind != ScalarKind.Reference && LoaderVerdict(location, valid, []) != Verdict.Accepted && ParentOf(BaseTree.Value, location.Path) is (RawObject parent, _))
            {
                found = parent.Members.Select(m => RawJson.Unquote(m.Name)!).Where(n => LoaderVerdict(location, valid, [n]) == Verdict.Accepted).Take(1).ToList();
            }

            return ConflictingProperties[location.Path] = found;
        }
    }

    private static Verdict LoaderVerdict(SchemaLocation location, string value) => LoaderVerdict(location, value, Conflicting(location));

    /// <summary>The loader's verdict on the value at the location of the base document: rejected only when a problem is at that location.</summary>
    private static Verdict LoaderVerdict(SchemaLocation location, string value, IReadOnlyList<string> without)
    {
        var tree = BaseTree.Value.Clone();
        var (parent, key) = ParentOf(tree, location.Path) ?? throw new InvalidOperationException($"{location.Path} is not in the base document");
        if (parent is RawObject container)
        {
            container.Members.RemoveAll(m => without.Contains(RawJson.Unquote(m.Name)!));
        }

        var literal = RawJson.Quote(value);
        if (location.Kind == ScalarKind.OwnId)
        {
            var old = ((RawScalar)((RawObject)parent).Members.Single(m => m.Name == "\"id\"").Value).Literal;
            var scalars = tree.Descendants().Select(d => d.Node).OfType<RawScalar>().ToList();
            if (scalars.Any(x => x.Literal == literal))
            {
                return Verdict.Inconclusive; // another record has that id
            }

            scalars.Where(x => x.Literal == old).ToList().ForEach(x => x.Literal = literal);
        }
        else
        {
            var siblings = parent is RawObject o ? o.Members.Select(m => m.Value) : ((RawArray)parent).Items;
            if (location.Kind == ScalarKind.Country && siblings.OfType<RawScalar>().Any(x => x.Literal == literal))
            {
                return Verdict.Inconclusive; // the same country twice in a record is its own rule
            }

            Set(parent, key, new RawScalar(literal));
        }

        try
        {
            BorderCoopData.Load(new MemoryStream(Encoding.UTF8.GetBytes(RawJson.Write(tree))), "value.json");
            return Verdict.Accepted;
        }
        catch (DatasetValidationException e)
        {
            // A problem of a list item may be reported at the list; a problem of an id at its record.
            var list = location.Path.EndsWith("[0]", StringComparison.Ordinal) ? location.Path[..^3] : null;
            var record = location.Kind == ScalarKind.OwnId ? location.Path[..location.Path.LastIndexOf('.')] : null;
            return e.Problems.Any(p => p.JsonPath == location.Path || p.JsonPath == list || (record is not null && p.JsonPath?.StartsWith(record, StringComparison.Ordinal) == true))
                ? Verdict.Rejected
                : Verdict.Inconclusive;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            lastCrash = $"{e.GetType().Name}: {e.Message}";
            return Verdict.Crashed;
        }
    }

    private static Verdict Safely(Func<bool> decide)
    {
        try
        {
            return decide() ? Verdict.Accepted : Verdict.Rejected;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            lastCrash = $"{e.GetType().Name}: {e.Message}";
            return Verdict.Crashed;
        }
    }

    private static bool Succeeds(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The object or array holding the value at a path like <c>$.a[0].b</c>, and the name or index of the value in it.</summary>
    private static (RawNode Parent, object Key)? ParentOf(RawNode root, string path)
    {
        var steps = new List<object>();
        foreach (var part in path[1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            steps.Add(bracket < 0 ? part : part[..bracket]);
            if (bracket >= 0)
            {
                steps.Add(int.Parse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture));
            }
        }

        var node = root;
        foreach (var step in steps.SkipLast(1))
        {
            node = step switch
            {
                string name when node is RawObject o => o.Members.FirstOrDefault(m => RawJson.Unquote(m.Name) == name)?.Value,
                int index when node is RawArray a && index < a.Items.Count => a.Items[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return steps[^1] is int i && node is RawArray { Items.Count: > 0 } array && i < array.Items.Count ? (array, i)
            : steps[^1] is string && node is RawObject ? (node, steps[^1])
            : null;
    }

    private static void Set(RawNode parent, object key, RawNode value)
    {
        if (parent is RawArray array)
        {
            array.Items[(int)key] = value;
            return;
        }

        var obj = (RawObject)parent;
        var quoted = RawJson.Quote((string)key);
        if (obj.Members.FirstOrDefault(m => m.Name == quoted) is { } member)
        {
            member.Value = value;
        }
        else
        {
            obj.Members.Add(new RawMember(quoted, value));
        }
    }

    private static RawObject RecordOf(string path)
    {
        var family = path[2..path.IndexOf('[', StringComparison.Ordinal)];
        return (RawObject)((RawArray)((RawObject)BaseTree.Value).Members.Single(m => RawJson.Unquote(m.Name) == family).Value).Items[0];
    }

    private static string? IdOf(RawObject record) =>
        record.Members.FirstOrDefault(m => m.Name == "\"id\"")?.Value is RawScalar { IsString: true } id ? RawJson.Unquote(id.Literal) : null;

    /// <summary>Every schema node with a pattern or an enum, with the JSON path of its value in the base document.</summary>
    private static IEnumerable<(string Pointer, string Path, JsonObject Schema)> Leaves(JsonObject schema, string pointer, string path)
    {
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, child) in properties)
            {
                foreach (var leaf in Leaves(child!.AsObject(), $"{pointer}/properties/{name}", $"{path}.{name}"))
                {
                    yield return leaf;
                }
            }
        }

        if (schema["items"] is JsonObject items)
        {
            foreach (var leaf in Leaves(items, pointer + "/items", path + "[0]"))
            {
                yield return leaf;
            }
        }

        if (schema["pattern"] is not null || schema["enum"] is not null)
        {
            yield return (pointer, path, schema);
        }
    }

    /// <summary>What kind of scalar a schema node describes, told by what its pattern accepts, not by how it is written.</summary>
    private static SchemaLocation Classify((string Pointer, string Path, JsonObject Schema) leaf)
    {
        if (leaf.Schema["enum"] is JsonArray members)
        {
            return new(leaf.Pointer, leaf.Path, ScalarKind.Enum, null, [.. members.OfType<JsonValue>().Select(m => m.GetValue<string>())], null);
        }

        var pattern = leaf.Schema["pattern"]!.GetValue<string>();
        bool Accepts(string text) => EcmaPattern.IsMatch(pattern, text);
        var families = RecordFamily.All.Select(f => f.IdPrefix).Where(f => Accepts($"{f}/x")).ToList();
        var kind = Accepts("Some text.") ? ScalarKind.Text
            : Accepts("https://example.org/a") ? ScalarKind.Url
            : Accepts("1995/2000") ? ScalarKind.DateRange
            : Accepts("1996-03") ? ScalarKind.PartialDate
            : Accepts("FY1997") ? ScalarKind.FiscalYear
            : Accepts("2026a") ? ScalarKind.DataVersion
            : Accepts("USD") ? ScalarKind.Currency
            : Accepts("MX") ? ScalarKind.Country
            : families.Count == 1 && leaf.Path.EndsWith(".id", StringComparison.Ordinal) ? ScalarKind.OwnId
            : families.Count > 0 ? ScalarKind.Reference
            : throw new InvalidOperationException($"{leaf.Pointer}: no kind of scalar accepts what '{pattern}' accepts");
        return new(leaf.Pointer, leaf.Path, kind, pattern, null, string.Join('|', families));
    }

    private sealed record SchemaLocation(string Pointer, string Path, ScalarKind Kind, string? Pattern, IReadOnlyList<string>? Members, string? Family);

    /// <summary>Verdicts counted, and disagreements grouped by judge, direction and shape of the value.</summary>
    private sealed partial class Tally
    {
        private readonly Dictionary<string, long> counts = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, SortedDictionary<string, (string Example, string Path, long Count)>> groups = new(StringComparer.Ordinal);

        private readonly Dictionary<string, long> inconclusive = new(StringComparer.Ordinal);

        /// <summary>How many disagreements are not exempt by design.</summary>
        public int Failures { get; private set; }

        public void Add(string judge, SchemaLocation location, string value, bool schemaAccepts, Verdict verdict, Func<string?> exemption, string? group = null)
        {
            Count($"{judge} {verdict.ToString().ToLowerInvariant()}");
            if (verdict == Verdict.Inconclusive)
            {
                inconclusive[location.Path] = inconclusive.GetValueOrDefault(location.Path) + 1;
            }

            if (verdict == Verdict.Inconclusive || (verdict == Verdict.Accepted) == schemaAccepts)
            {
                return;
            }

            var direction = verdict == Verdict.Crashed ? $"{judge} throws {lastCrash?.Split(':')[0]} (not a rejection)"
                : verdict == Verdict.Accepted ? $"{judge} accepts, the schema rejects"
                : $"{judge} rejects, the schema accepts";
            var exempt = verdict == Verdict.Rejected && schemaAccepts ? exemption() : null;
            var key = exempt is null ? direction : $"{direction} (by design: {exempt})";
            if (exempt is null)
            {
                Failures++;
            }

            var shapes = groups.TryGetValue(key, out var found) ? found : groups[key] = new(StringComparer.Ordinal);
            var shape = group ?? Shape(value);
            var where = location.Path + (verdict == Verdict.Crashed ? $": {LoaderContract.Escape(lastCrash ?? string.Empty)}" : string.Empty);
            shapes[shape] = shapes.TryGetValue(shape, out var seen)
                ? (value.Length < seen.Example.Length ? (value, where, seen.Count + 1) : (seen.Example, seen.Path, seen.Count + 1))
                : (value, where, 1);
        }

        public string Describe(string title)
        {
            var text = new StringBuilder().AppendLine(title)
                .AppendLine(CultureInfo.InvariantCulture, $"  verdicts: {string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"))}");
            if (inconclusive.Count > 0)
            {
                // The loader rejected the document for a rule of another property (such as the same country on both sides).
                text.AppendLine(CultureInfo.InvariantCulture, $"  inconclusive (a problem elsewhere): {string.Join(", ", inconclusive.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"))}");
            }

            foreach (var (key, shapes) in groups)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {key}: {shapes.Values.Sum(s => s.Count)} value(s) of {shapes.Count} shape(s), for example:");
                foreach (var (example, path, count) in shapes.Values.OrderByDescending(s => s.Count).ThenBy(s => s.Example, StringComparer.Ordinal).Take(40))
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    \"{LoaderContract.Escape(example)}\" at {path} ({count}x)");
                }
            }

            return text.ToString();
        }

        [System.Text.RegularExpressions.GeneratedRegex("(?<![0-9])0000(?![0-9])")]
        private static partial System.Text.RegularExpressions.Regex YearZero();

        private void Count(string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

        /// <summary>The value with runs of ASCII digits as 9, of upper-case letters as A, of lower-case ones as a (a year 0000 kept): one shape per kind of mistake.</summary>
        private static string Shape(string value)
        {
            var builder = new StringBuilder();
            var marked = YearZero().Replace(value, "\u0001");
            foreach (var c in marked)
            {
                var symbol = c == '\u0001' ? "0000" : char.IsAsciiDigit(c) ? "9" : char.IsAsciiLetterUpper(c) ? "A" : char.IsAsciiLetterLower(c) ? "a"
                    : c is >= ' ' and <= '~' ? c.ToString() : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                if (!(symbol is "9" or "A" or "a" && builder.Length > 0 && builder[^1] == symbol[0]))
                {
                    builder.Append(symbol);
                }
            }

            return builder.ToString();
        }
    }
}
