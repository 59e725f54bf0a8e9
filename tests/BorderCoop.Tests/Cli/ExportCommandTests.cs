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
    public void Export_KeepsAccentsAndCurlyQuotesUnescaped()
    {
        var output = CliRunner.Run("export").Output;

        output.Should().Contain("Procuraduría General de la República").And.Contain("Mexico’s").And.NotContain("\\u00");
    }

    [Fact]
    public void Export_ToAFile_WritesTheSameDocument()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bordercoop-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, output, error) = CliRunner.Run("export", "--output", path);

            exitCode.Should().Be(0);
            output.Should().BeEmpty();
            error.Should().Contain("wrote");
            File.ReadAllText(path).TrimEnd().Should().Be(CliRunner.Run("export").Output.TrimEnd());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Export_UnsupportedFormat_IsAUsageError()
    {
        var (exitCode, output, error) = CliRunner.Run("export", "--format", "xml");

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("xml");
    }

    [Fact]
    public void Export_ToAMissingDirectory_FailsWithAClearMessage()
    {
        var (exitCode, _, error) = CliRunner.Run("export", "--output", "/nonexistent-dir/x/out.json");

        exitCode.Should().Be(3);
        error.Should().StartWith("bordercoop: ");
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
