using System.Collections.Immutable;
using BorderCoop.DataCompiler;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace BorderCoop.Tests.DataCompiler;

/// <summary>
/// The data compiler fails the build, at the place in the JSON file, on anything it cannot compile exactly as the
/// JSON contract reads it; and what it compiles builds. Each case runs the generator on a small library made here:
/// a registry of two families and their record types, with the contract's attributes.
/// </summary>
public sealed class CompiledDataGeneratorTests
{
    private const string Library = """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;

        namespace BorderCoop;

        public interface IRecord { string Id { get; } }

        public abstract class RecordFamily
        {
            private protected RecordFamily(string idPrefix, string propertyName) { }

            public static RecordFamily<Thing> Things { get; } = new("thing", "things");

            public static RecordFamily<GreatThing> GreatThings { get; } = new("great-thing", "greatThings");
        }

        public sealed class RecordFamily<T> : RecordFamily where T : IRecord
        {
            internal RecordFamily(string idPrefix, string propertyName) : base(idPrefix, propertyName) { }
        }

        public enum Shade { Light, DarkBlue }

        [JsonConverter(typeof(JsonStringEnumConverter))]
        public sealed class Day
        {
            private Day(string text) => Text = text;
            public string Text { get; }
            public static Day Parse(string text) => new(text);
        }

        public sealed record Part([property: JsonPropertyName("label")] string Name, decimal Weight);

        public sealed record Thing : IRecord
        {
            [JsonConstructor]
            public Thing(string id, Shade shade, IReadOnlyList<Part>? parts, Day? seen, string? note = null)
            {
                Id = id; Shade = shade; Parts = parts ?? []; Seen = seen; Note = note;
            }

            public string Id { get; }
            [JsonPropertyName("colour")]
            public Shade Shade { get; }
            public IReadOnlyList<Part> Parts { get; }
            public Day? Seen { get; }
            public string? Note { get; }
        }

        public sealed record GreatThing(string Id, int Size) : IRecord;
        """;

    private const string GreatThings = """[{ "id": "great-thing/a", "size": 3 }]""";

    [Fact]
    public void ValidFiles_CompileToCodeThatBuilds_WithEveryKindOfValue()
    {
        var (diagnostics, output) = Run(
            ("things.json", """
                [
                  { "id": "thing/a", "colour": "dark-blue", "parts": [{ "label": "x\n\"y\"", "weight": 1.50 }], "seen": "2001-02" },
                  { "id": "thing/b", "colour": "light", "parts": null, "note": "n" }
                ]
                """),
            ("great-things.json", GreatThings));

        diagnostics.Should().BeEmpty();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        var generated = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("CompiledData.g.cs", StringComparison.Ordinal)).ToString();
        generated.Should().Contain("shade: global::BorderCoop.Shade.DarkBlue")
            .And.Contain("Weight: 1.50m")
            .And.Contain("seen: global::BorderCoop.Day.Parse(\"2001-02\")")
            .And.Contain("Name: \"x\\n\\\"y\\\"\"")
            .And.Contain("seen: null", "a nullable parameter left out is null")
            .And.NotContain("note: null", "a parameter with a default left out keeps its default")
            .And.Contain("\"great-things.json\" => GreatThings()");
    }

    [Theory]
    [InlineData("""[{ "id": "thing/a", "colour": "light", "parts": [], "size": 2 }]""", "Thing has no property 'size'", 1)]
    [InlineData("""[{ "id": "thing/a", "parts": [] }]""", "Thing requires the property 'colour'", 1)]
    [InlineData("""[{ "id": "thing/a", "colour": "Light", "parts": [] }]""", "'Light' is not a value of Shade", 1)]
    [InlineData("""[{ "id": "thing/a", "colour": "light, dark-blue" }]""", "'light, dark-blue' is not a value of Shade", 1)]
    [InlineData("""[{ "id": null, "colour": "light" }]""", "null is not allowed for string", 1)]
    [InlineData("""[{ "id": "thing/a", "colour": "light", "parts": [{ "label": "p", "weight": "1" }] }]""", "expected a number, found a string", 1)]
    [InlineData("""[{ "id": "thing/a", "colour": "light", "seen": 2001 }]""", "expected a string, found a number", 1)]
    [InlineData("[\n{ \"id\": \"thing/a\",\n \"colour\": \"light\", \"colour\": \"light\" }]", "the property 'colour' is repeated", 3)]
    [InlineData("""[{ "id": "thing/a", "colour": "light", }]""", "a property name was expected", 1)]
    [InlineData("""{ "things": [] }""", "expected an array of records, found an object", 1)]
    public void AValueTheContractWouldRefuse_FailsTheBuild_AtItsLine(string json, string message, int line)
    {
        var (diagnostics, _) = Run(("things.json", json), ("great-things.json", GreatThings));

        var error = diagnostics.Should().ContainSingle().Which;
        error.Id.Should().Be("BCDATA001");
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Be("things.json: " + message);
        error.Location.GetLineSpan().Path.Should().EndWith("things.json");
        error.Location.GetLineSpan().StartLinePosition.Line.Should().Be(line - 1);
    }

    [Fact]
    public void AFamilyWithoutItsFile_FailsTheBuild()
    {
        var (diagnostics, _) = Run(("things.json", "[]"));

        diagnostics.Should().ContainSingle().Which.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be("The family GreatThings has no data file great-things.json among the additional files");
    }

    [Fact]
    public void AFileOfNoFamily_FailsTheBuild()
    {
        var (diagnostics, _) = Run(("things.json", "[]"), ("great-things.json", GreatThings), ("gizmos.json", "[]"));

        diagnostics.Should().ContainSingle().Which.Id.Should().Be("BCDATA003");
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, Compilation Output) Run(params (string Name, string Json)[] files)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Library",
            [CSharpSyntaxTree.ParseText(Library, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty("the small library itself must build");

        var driver = CSharpGeneratorDriver.Create(
            [new CompiledDataGenerator().AsSourceGenerator()],
            [.. files.Select(f => (AdditionalText)new InMemoryFile("/data/" + f.Name, f.Json))],
            new CSharpParseOptions(LanguageVersion.Latest));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (diagnostics, output);
    }

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
