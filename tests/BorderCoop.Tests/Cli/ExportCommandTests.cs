using System.Text.Json;

namespace BorderCoop.Tests.Cli;

public sealed class ExportCommandTests
{
    [Fact]
    public void Export_WritesTheWholeDatasetAsJson_WithQuotesFoundVerbatimInTheSeeds()
    {
        var (exitCode, output, _) = CliRunner.Run("export", "--format", "json");

        exitCode.Should().Be(0);
        using var document = JsonDocument.Parse(output);
        var data = BorderCoopData.Default;
        document.RootElement.GetProperty("events").GetArrayLength().Should().Be(data.Events.Count);
        document.RootElement.GetProperty("conflicts").GetArrayLength().Should().Be(data.Conflicts.Count);

        var seeds = data.Sources.ToDictionary(s => s.Id, s => File.ReadAllText(Path.Combine(Repository.Root, "seeds", s.FileName)));
        var quotes = Quotes(document.RootElement).ToList();
        quotes.Should().HaveCountGreaterThan(500);
        quotes.Should().OnlyContain(q => seeds[q.Source].Contains(q.Quote, StringComparison.Ordinal));
    }

    [Fact]
    public void Export_Json_WritesEachCitationsAnchor_WhoseCodePointOffsetsSliceItsQuote()
    {
        var output = CliRunner.Run("export", "--format", "json").Output;

        using var document = JsonDocument.Parse(output);
        var seeds = BorderCoopData.Default.Sources.ToDictionary(s => s.Id, s => File.ReadAllText(Path.Combine(Repository.Root, "seeds", s.FileName)).EnumerateRunes().ToArray());
        var citations = Citations(document.RootElement).ToList();
        citations.Should().HaveCountGreaterThan(500);
        foreach (var citation in citations)
        {
            var anchor = citation.GetProperty("anchor");
            var text = seeds[citation.GetProperty("source").GetString()!];
            string.Concat(text[anchor.GetProperty("start").GetInt32()..anchor.GetProperty("end").GetInt32()])
                .Should().Be(citation.GetProperty("quote").GetString());
        }
    }

    private static IEnumerable<JsonElement> Citations(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("quote", out _) && element.TryGetProperty("source", out _) => [element],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Citations(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Citations),
        _ => [],
    };

    [Fact]
    public void Export_KeepsAccentsAndCurlyQuotesUnescaped()
    {
        var data = TestRecords.Data(
            TestRecords.Agency("mx-pgr", "Attorney General's Office", "Procuraduría General de la República"),
            TestRecords.Event("statement", "A statement", "Mexico’s “new” policy"));

        var output = CliRunner.RunOn(data, "export").Output;

        output.Should().Contain("Procuraduría General de la República").And.Contain("Mexico’s “new” policy").And.NotContain("\\u00").And.NotContain("\\u20");
    }

    [Fact]
    public void Export_JsonToADirectory_WritesBordercoopJson_TheSameDocumentAsStandardOutput()
    {
        using var directory = new TempDirectory();

        var (exitCode, output, error) = CliRunner.Run("export", "--format", "json", "--output", directory.Path);

        exitCode.Should().Be(0);
        output.Should().BeEmpty();
        error.Should().StartWith("bordercoop: wrote ").And.Contain(directory.Path);
        Directory.GetFiles(directory.Path).Select(Path.GetFileName).Should().Equal("bordercoop.json");
        File.ReadAllText(directory.File("bordercoop.json")).TrimEnd().Should().Be(CliRunner.Run("export").Output.TrimEnd());
    }

    [Fact]
    public void Export_ToAMissingDirectory_CreatesIt()
    {
        using var directory = new TempDirectory();
        var nested = Path.Combine(directory.Path, "a", "b");

        CliRunner.Run("export", "--format", "csv", "--output", nested).ExitCode.Should().Be(0);

        File.Exists(Path.Combine(nested, "agencies.csv")).Should().BeTrue();
    }

    [Fact]
    public void Export_WithADataFile_WritesTheUserRecordsToStandardOutputToo()
    {
        var (exitCode, output, _) = CliRunner.Run("export", "--data", Path.Combine(AppContext.BaseDirectory, "Data", "UserData", "my-cases.json"));

        exitCode.Should().Be(0);
        using var document = JsonDocument.Parse(output);
        document.RootElement.GetProperty("extraditionCases").GetArrayLength().Should().Be(BorderCoopData.Default.ExtraditionCases.Count + 2);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("datapackage")]
    public void Export_SeveralFilesWithoutAnOutputDirectory_IsAUsageError(string format)
    {
        var (exitCode, output, error) = CliRunner.Run("export", "--format", format);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("bordercoop: ").And.Contain("--output");
        error.TrimEnd().Should().NotContain("\n", "the reason is one line");
    }

    [Fact]
    public void Export_ToAPathUnderAFile_IsAUsageError_AsForReport()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.Path);
        File.WriteAllText(directory.File("a-file"), "not a directory");

        // A directory cannot be created under a file, whoever runs the tests (root included).
        var (exitCode, output, error) = CliRunner.Run("export", "--format", "csv", "--output", Path.Combine(directory.File("a-file"), "out"));

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("bordercoop: --output ").And.Contain($"lies under a file ({directory.File("a-file")})");
        error.TrimEnd().Should().NotContain("\n");
    }

    [Fact]
    public void Export_ToAnExistingFile_IsAUsageError_SuggestingAFolderBesideIt_AndLeavesTheFileAlone()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.Path);
        var file = directory.File("a-file");
        File.WriteAllText(file, "not a directory");

        var (exitCode, output, error) = CliRunner.Run("export", "--format", "json", "--output", file);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"bordercoop: --output names a file ({file}); give a folder name such as {directory.File("bordercoop-export")}. (see 'bordercoop export --help'){Environment.NewLine}");
        File.ReadAllText(file).Should().Be("not a directory");
    }

    private static IEnumerable<(string Source, string Quote)> Quotes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("quote", out var quote) && element.TryGetProperty("source", out var source))
            {
                yield return (source.GetString()!, quote.GetString()!);
            }

            foreach (var property in element.EnumerateObject())
            {
                foreach (var found in Quotes(property.Value))
                {
                    yield return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var found in Quotes(item))
                {
                    yield return found;
                }
            }
        }
    }
}
