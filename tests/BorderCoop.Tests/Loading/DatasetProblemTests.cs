using System.Text;

namespace BorderCoop.Tests.Loading;

/// <summary>
/// Problems quote text from the data, and a file can put anything there: what a problem and the exception print is one
/// line per problem, with control characters and bidirectional controls escaped.
/// </summary>
public sealed class DatasetProblemTests
{
    /// <summary>An event whose unknown property name and kind each hold an escape sequence and a forged problem line.</summary>
    private const string Hostile = """
        {
          "events": [
            {
              "id": "event/hostile",
              "kind": "other\u001b[2J\nforged.json:1 $ (event/x): a forged problem",
              "title": "A title",
              "description": "A description.",
              "citations": [{ "source": "source/notes", "quote": "a quote" }],
              "\u001b[31mlawyer\r\nforged.json:9 $.events[0] (event/hostile): a forged problem": "x"
            }
          ]
        }
        """;

    [Fact]
    public void Constructor_EscapesTheLocationAndTheMessage_AndKeepsFilePathAndIdVerbatim()
    {
        var problem = new DatasetProblem("my\u001b[1m.json", 3, "$.events[0]['\u001b\n']", "event/x", "'\u001b[2J' is wrong\nforged.json:1 $: fake");

        problem.Location.Should().Be(@"my\u001B[1m.json:3 $.events[0]['\u001B\u000A'] (event/x)");
        problem.Message.Should().Be(@"'\u001B[2J' is wrong\u000Aforged.json:1 $: fake");
        problem.ToString().Should().Be(@"my\u001B[1m.json:3 $.events[0]['\u001B\u000A'] (event/x): '\u001B[2J' is wrong\u000Aforged.json:1 $: fake");
        problem.File.Should().Be("my\u001b[1m.json");
        problem.JsonPath.Should().Be("$.events[0]['\u001b\n']");
    }

    [Fact]
    public void Constructor_WithAFreeFormLocation_EscapesBoth()
    {
        var problem = new DatasetProblem("agency/x: \u202Eparent", "line one\r\nline two");

        problem.ToString().Should().Be(@"agency/x: \u202Eparent: line one\u000D\u000Aline two");
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData(" \u2060 ")]
    [InlineData("")]
    public void Constructor_RejectsABlankFileOrMessage(string blank)
    {
        var file = () => new DatasetProblem(blank, 1, null, null, "a message");
        var message = () => new DatasetProblem("x.json", 1, null, null, blank);

        file.Should().Throw<ArgumentException>().WithParameterName("file");
        message.Should().Throw<ArgumentException>().WithParameterName("message");
    }

    [Fact]
    public void Load_EscapesTheNamesAndValuesItQuotes_SoEveryProblemIsOneLine()
    {
        var load = () => BorderCoopData.Load(new MemoryStream(Encoding.UTF8.GetBytes(Hostile)), "user\u001b[1m.json");

        var error = load.Should().Throw<DatasetValidationException>().Which;

        error.Problems.Should().HaveCount(2);
        error.Message.Split(Environment.NewLine).Should().HaveCount(3, "a heading, then one line per problem");
        error.Message.Replace(Environment.NewLine, string.Empty, StringComparison.Ordinal).Any(char.IsControl).Should().BeFalse();
        error.Message.Should()
            .Contain(@"user\u001B[1m.json:5 $.events[0].kind (event/hostile): unknown event kind 'other\u001B[2J\u000Aforged.json:1 $ (event/x): a forged problem'")
            .And.Contain(@"user\u001B[1m.json:9 $.events[0]['\u001B[31mlawyer\u000D\u000Aforged.json:9 $.events[0] (event/hostile): a forged problem'] (event/hostile): '\u001B[31mlawyer\u000D\u000Aforged.json:9 $.events[0] (event/hostile): a forged problem' is not a property of Event");
        error.Problems.Should().OnlyContain(p => p.File == "user\u001b[1m.json");
    }
}
