using System.Text.Json;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// <c>export --format annotations</c>: a W3C Web Annotation collection with one annotation per citation, each
/// with the fields the model requires, its target's selectors proved against <c>seeds/</c>.
/// </summary>
public sealed class AnnotationExportTests
{
    private static readonly BorderCoopData Data = BorderCoopData.Default;

    [Fact]
    public void Annotations_AreAWebAnnotationCollection_OneAnnotationPerCitation_WithBothSelectors()
    {
        var (exitCode, output, error) = CliRunner.Run("export", "--format", "annotations");

        exitCode.Should().Be(0, error);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        root.GetProperty("@context").GetString().Should().Be("http://www.w3.org/ns/anno.jsonld");
        root.GetProperty("type").GetString().Should().Be("AnnotationCollection");
        root.GetProperty("id").GetString().Should().StartWith("urn:bordercoop:");
        var page = root.GetProperty("first");
        page.GetProperty("type").GetString().Should().Be("AnnotationPage");
        var items = page.GetProperty("items").EnumerateArray().ToList();

        var citations = Data.Records.SelectMany(r => Data.CitationsOf(r.Id)).ToList();
        root.GetProperty("total").GetInt32().Should().Be(citations.Count);
        items.Should().HaveCount(citations.Count);
        items.Select(a => a.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems("every citation once, each with its own IRI");

        var seeds = Data.Sources.ToDictionary(s => s.Url ?? "urn:bordercoop:" + s.Id, s => File.ReadAllText(Path.Combine(Repository.Root, "seeds", s.FileName)));
        for (var i = 0; i < items.Count; i++)
        {
            var annotation = items[i];
            var citation = citations[i];
            annotation.GetProperty("type").GetString().Should().Be("Annotation");
            annotation.GetProperty("id").GetString().Should().MatchRegex("^urn:bordercoop:citation:[a-z-]+/[a-z0-9-]+:[a-z0-9.]+$");
            annotation.GetProperty("body").GetProperty("id").GetString().Should().Be("urn:bordercoop:" + citation.Record.Id);

            var target = annotation.GetProperty("target");
            var source = target.GetProperty("source").GetString()!;
            source.Should().Be(citation.Source.Url ?? "urn:bordercoop:" + citation.Source.Id);
            var selectors = target.GetProperty("selector").EnumerateArray().ToDictionary(s => s.GetProperty("type").GetString()!);
            selectors.Keys.Should().BeEquivalentTo("TextQuoteSelector", "TextPositionSelector");

            // The selectors, resolved in the seed as a Web Annotation client would: positions in code points.
            var text = seeds[source].EnumerateRunes().Select(r => r.Value).ToArray();
            var quote = selectors["TextQuoteSelector"];
            var position = selectors["TextPositionSelector"];
            var (start, end) = (position.GetProperty("start").GetInt32(), position.GetProperty("end").GetInt32());
            var exact = quote.GetProperty("exact").GetString()!;
            exact.Should().Be(citation.Quote);
            Runes(text[start..end]).Should().Be(exact, $"annotation {i} selects its quote by position");
            Runes(text[Math.Max(0, start - 32)..start]).Should().Be(quote.GetProperty("prefix").GetString());
            Runes(text[end..Math.Min(text.Length, end + 32)]).Should().Be(quote.GetProperty("suffix").GetString());
        }
    }

    [Fact]
    public void Annotations_AreTheSameBytesEveryTime_AndTheFileIsStandardOutput()
    {
        using var directory = new TempDirectory();
        var first = CliRunner.Run("export", "--format", "annotations").Output;
        var again = CliRunner.Run("export", "--format", "annotations").Output;
        var (exitCode, _, error) = CliRunner.Run("export", "--format", "annotations", "--output", directory.Path);

        first.Should().Be(again);
        exitCode.Should().Be(0, error);
        File.ReadAllText(Path.Combine(directory.Path, "bordercoop-annotations.jsonld")).ReplaceLineEndings("\n").TrimEnd()
            .Should().Be(first.ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public void Annotations_OfACitationWithoutAnAnchor_HaveOnlyTheQuoteSelector_AndASourceWithoutUrl_IsItsUrn()
    {
        var data = TestRecords.Data(TestRecords.Event("statement", "A statement", "It said so."));

        var output = CliRunner.RunOn(data, "export", "--format", "annotations").Output;

        using var document = JsonDocument.Parse(output);
        var annotation = document.RootElement.GetProperty("first").GetProperty("items").EnumerateArray().Single();
        var target = annotation.GetProperty("target");
        target.GetProperty("source").GetString().Should().Be(TestRecords.Source.Url ?? "urn:bordercoop:" + TestRecords.Source.Id);
        var selector = target.GetProperty("selector").EnumerateArray().Single();
        selector.GetProperty("type").GetString().Should().Be("TextQuoteSelector");
        selector.TryGetProperty("prefix", out _).Should().BeFalse();
        annotation.GetProperty("body").GetProperty("label").GetString().Should().Be("A statement");
    }

    private static string Runes(int[] codePoints) => string.Concat(codePoints.Select(char.ConvertFromUtf32));
}
