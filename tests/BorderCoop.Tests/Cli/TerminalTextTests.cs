using System.Text.Json;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// Text from the data reaches the terminal on one line with nothing that can act on it: through
/// <see cref="TerminalText"/>, in every command that prints it and in the problems of a file that does not load.
/// </summary>
public sealed class TerminalTextTests
{
    /// <summary>What a record may hold that a terminal must not get raw: line breaks, a tab, bidirectional controls, a line separator.</summary>
    private const string Hostile = "Hostile title\r\nbordercoop: a forged line\t\u202Eevil\u202C \u2066x\u2069\u2028end";

    /// <summary>How <see cref="Hostile"/> prints: line breaks and the tab as spaces, the bidirectional controls as escapes.</summary>
    private const string Shown = @"Hostile title bordercoop: a forged line \u202Eevil\u202C \u2066x\u2069 end";

    private static readonly BorderCoopData Data = TestRecords.Data(
        new Event(
            "event/hostile", PartialDate.Parse("2005-06"), EventKind.Other, Hostile, "Description: " + Hostile, null, null, null, null,
            [new Citation(TestRecords.Source.Id, "Quote: " + Hostile)]));

    [Theory]
    [InlineData("a\r\nb\nc\rd", "a b c d")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\u2028b\u0085c", "a b c")]
    [InlineData("\u001b[31mred\u001b[0m", @"\u001B[31mred\u001B[0m")]
    [InlineData("\u202Eevil", @"\u202Eevil")]
    [InlineData("Procuraduría “General”", "Procuraduría “General”")]
    public void OneLine_FlattensLineBreaksAndTabs_AndEscapesTheRestAsTheLibraryDoes(string text, string expected) =>
        TerminalText.OneLine(text).Should().Be(expected);

    [Theory]
    [InlineData("show", "event/hostile")]
    [InlineData("timeline", "--from", "2005", "--to", "2005")]
    [InlineData("search", "hostile")]
    [InlineData("conflicts")]
    public void Commands_PrintTextFromTheData_OneLineEach_WithNothingRaw(params string[] args)
    {
        var data = args[0] == "conflicts"
            ? TestRecords.Data(TestRecords.Event("x", "An event"), TestRecords.Conflict("hostile", Hostile, "event/x"))
            : Data;

        var (exitCode, output, _) = CliRunner.RunOneLine(data, args);

        exitCode.Should().Be(0);
        output.Should().Contain(Shown);
        output.Should().NotContainAny("\r", "\t", "\u202E", "\u202C", "\u2066", "\u2069", "\u2028");
        output.Split('\n').Should().NotContain(line => line.StartsWith("bordercoop:", StringComparison.Ordinal), "no text can start a line of its own");
    }

    [Theory]
    [InlineData("show", "event/hostile", "--format", "json")]
    [InlineData("search", "hostile", "--format", "json")]
    [InlineData("export")]
    public void JsonOutput_EscapesTheBidiControlsToo_AndReadsBackAsTheSameText(params string[] args)
    {
        var (exitCode, output, _) = CliRunner.RunOn(Data, args);

        exitCode.Should().Be(0);
        output.Should().NotContainAny("\r", "\t", "\u202E", "\u202C", "\u2066", "\u2069", "\u2028").And.Contain(@"\u202Eevil\u202C");
        using var document = JsonDocument.Parse(output);
        Strings(document.RootElement).Should().Contain(Hostile);
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [Fact]
    public void Show_PrintsTheQuoteAndTheDescription_Escaped()
    {
        var (_, output, _) = CliRunner.RunOneLine(Data, "show", "event/hostile");

        output.Should().Contain($"  description: Description: {Shown}").And.Contain($"    “Quote: {Shown}”");
    }

    [Fact]
    public void UserDataThatDoesNotLoad_PrintsEachProblemOnOneLine_WithNamesAndValuesEscaped()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.Path);
        var file = directory.File("hostile.json");
        File.WriteAllText(file, """
            {
              "events": [
                {
                  "id": "event/hostile",
                  "kind": "other\u001b[2J\nforged.json:1 $ (event/x): a forged problem",
                  "title": "A title",
                  "description": "A description.",
                  "citations": [{ "source": "source/arzt-security-collaboration", "quote": "a quote" }],
                  "\u001b[31mlawyer\r\nforged.json:9 $.events[0] (event/hostile): a forged problem": "x"
                }
              ]
            }
            """);

        var (exitCode, output, error) = CliRunner.Run("agencies", "--data", file);

        exitCode.Should().Be(3);
        output.Should().BeEmpty();
        var lines = error.TrimEnd().Split(Environment.NewLine);
        lines.Should().HaveCount(3, "the heading, then one line for each of the two problems");
        lines.Should().OnlyContain(line => !line.Any(char.IsControl));
        lines.Skip(1).Should().OnlyContain(line => line.StartsWith("  " + file + ":", StringComparison.Ordinal));
        error.Should().Contain(@"unknown event kind 'other\u001B[2J\u000Aforged.json:1 $ (event/x): a forged problem'")
            .And.Contain(@"'\u001B[31mlawyer\u000D\u000Aforged.json:9 $.events[0] (event/hostile): a forged problem' is not a property of Event");
    }
}
