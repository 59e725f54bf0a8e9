using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BorderCoop.Tests.Loading;

/// <summary>
/// The curated data names its release (tzdb style, <c>2026a</c>) apart from the API: the name comes from one file,
/// the changelog's newest data release agrees with it, exports carry it, and loading reads it back or leaves it out.
/// </summary>
public sealed partial class DataVersionTests
{
    /// <summary>The release named in <c>Data/VERSION</c>, which a data correction renames (2026a, then 2026b).</summary>
    private static readonly string Shipped = File.ReadAllText(Path.Combine(Repository.Root, "src", "BorderCoop", "Data", "VERSION")).TrimEnd('\n');

    [Fact]
    public void Default_DataVersion_IsAReleaseName()
    {
        BorderCoopData.Default.DataVersion.Should().MatchRegex(@"^\d{4}[a-z]$");
    }

    [Fact]
    public void DefaultDataVersion_IsTheDataVersionOfDefault()
    {
        BorderCoopData.DefaultDataVersion.Should().Be(BorderCoopData.Default.DataVersion).And.Be(Shipped);
    }

    [Fact]
    public void Default_DataVersion_IsTheVersionFile()
    {
        var file = File.ReadAllText(Path.Combine(Repository.Root, "src", "BorderCoop", "Data", "VERSION"));

        file.Should().Be(BorderCoopData.Default.DataVersion + "\n", "Data/VERSION holds the release name alone on one line");
    }

    [Fact]
    public void Default_DataVersion_IsTheNewestDataReleaseInTheChangelog()
    {
        var releases = DataReleasesInTheChangelog();

        releases.Should().NotBeEmpty().And.OnlyHaveUniqueItems();
        releases[0].Should().Be(BorderCoopData.Default.DataVersion, "a data change is recorded in CHANGELOG.md under a new '### Data' heading");
        releases.Should().BeInDescendingOrder(StringComparer.Ordinal, "the newest release comes first, and release names sort in release order");
    }

    [Fact]
    public void TheChangelog_GivesEveryReleaseADataAndAnApiSection()
    {
        var releases = File.ReadAllText(Path.Combine(Repository.Root, "CHANGELOG.md")).ReplaceLineEndings("\n")
            .Split("\n## ").Skip(1).ToList();

        releases.Should().NotBeEmpty();
        releases.Should().OnlyContain(r => r.Contains("\n### Data ", StringComparison.Ordinal) && r.Contains("\n### API ", StringComparison.Ordinal));
    }

    [Fact]
    public void WriteJson_WritesTheDataVersionFirst()
    {
        using var export = new MemoryStream();
        BorderCoopData.Default.WriteJson(export);

        using var document = JsonDocument.Parse(export.ToArray());
        var first = document.RootElement.EnumerateObject().First();
        first.Name.Should().Be("dataVersion");
        first.Value.GetString().Should().Be(Shipped);
    }

    [Fact]
    public void TheCliJsonExport_CarriesTheDataVersion()
    {
        var (exitCode, output, _) = Cli.CliRunner.Run("export", "--format", "json");

        exitCode.Should().Be(0);
        JsonDocument.Parse(output).RootElement.GetProperty("dataVersion").GetString().Should().Be(Shipped);
    }

    [Fact]
    public void Load_OfAnExport_ReadsItsDataVersionBack()
    {
        using var export = new MemoryStream();
        BorderCoopData.Default.WriteJson(export);
        export.Position = 0;

        var data = BorderCoopData.Load(export, "export.json");

        data.DataVersion.Should().Be(Shipped);
        data.Records.Should().Equal(BorderCoopData.Default.Records);
    }

    [Fact]
    public void Load_OfADocumentWithoutDataVersion_HasNone()
    {
        var data = Load("""{ "sources": [] }""");

        data.DataVersion.Should().BeNull();
    }

    [Fact]
    public void WriteJson_OfADatasetWithoutDataVersion_LeavesThePropertyOut()
    {
        using var export = new MemoryStream();
        BorderCoopData.Create([]).WriteJson(export);

        JsonDocument.Parse(export.ToArray()).RootElement.TryGetProperty("dataVersion", out _).Should().BeFalse();
    }

    [Fact]
    public void Extend_KeepsTheReleaseOfTheDatasetExtended_WhateverTheFileDeclares()
    {
        var extended = BorderCoopData.Default.Extend(Utf8("""{ "dataVersion": "2019b", "sources": [] }"""), "mine.json");

        extended.DataVersion.Should().Be(Shipped);
    }

    [Fact]
    public void Extend_OfADatasetWithoutRelease_HasNone()
    {
        var extended = BorderCoopData.Create([]).Extend(Utf8("""{ "dataVersion": "2019b" }"""), "mine.json");

        extended.DataVersion.Should().BeNull();
    }

    [Fact]
    public void Create_HasNoDataVersion()
    {
        BorderCoopData.Create(BorderCoopData.Default.Records).DataVersion.Should().BeNull("records built in code are no data release");
    }

    [Theory]
    [InlineData("\"v1\"", "'v1' is not the name of a data release: expected a year and one lower-case letter, such as 2026a")]
    [InlineData("\"2026A\"", "'2026A' is not the name of a data release")]
    [InlineData("\"2026a \"", "'2026a ' is not the name of a data release")]
    [InlineData("2026", "expected the name of a data release, a year and one lower-case letter, such as 2026a, found a number")]
    [InlineData("null", "found null")]
    [InlineData("{ \"name\": \"2026a\" }", "found an object")]
    public void Load_RejectsAMalformedDataVersion_AtItsLine(string value, string message)
    {
        var load = () => Load($$"""
            {
              "dataVersion": {{value}},
              "sources": []
            }
            """);

        var problem = load.Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Location.Should().Be("mine.json:2 $.dataVersion");
        problem.Message.Should().Contain(message);
    }

    [Fact]
    public void Load_RejectsADataVersionGivenTwice()
    {
        var load = () => Load("""{ "dataVersion": "2026a", "dataVersion": "2026b" }""");

        load.Should().Throw<DatasetValidationException>()
            .Which.Problems.Should().ContainSingle().Which.Message.Should().Be("'dataVersion' appears more than once");
    }

    [Fact]
    public void Load_StillReportsProblemsInRecords_AfterAMalformedDataVersion()
    {
        var load = () => Load("""{ "dataVersion": "x", "sources": [{ "id": "source/x" }] }""");

        load.Should().Throw<DatasetValidationException>().Which.Problems.Should().HaveCountGreaterThan(1);
    }

    [Theory]
    [InlineData("2026a", "2026a")]
    [InlineData("2026a\n", "2026a")]
    [InlineData("2026a\r\n", "2026a")]
    public void DataRelease_Parse_ReadsTheNameAloneOnALine(string text, string expected)
    {
        DataRelease.Parse(Encoding.UTF8.GetBytes(text)).Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026")]
    [InlineData(" 2026a")]
    [InlineData("2026a\n\n2026b")]
    [InlineData("２０２６a")]
    public void DataRelease_Parse_RejectsAnythingElse(string text)
    {
        var parse = () => DataRelease.Parse(Encoding.UTF8.GetBytes(text));

        parse.Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Location.Should().Be("BorderCoop.Data.VERSION");
    }

    private static BorderCoopData Load(string json) => BorderCoopData.Load(Utf8(json), "mine.json");

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    private static List<string> DataReleasesInTheChangelog() =>
        [.. DataHeading().Matches(File.ReadAllText(Path.Combine(Repository.Root, "CHANGELOG.md"))).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^### Data (\S+)", RegexOptions.Multiline)]
    private static partial Regex DataHeading();
}
