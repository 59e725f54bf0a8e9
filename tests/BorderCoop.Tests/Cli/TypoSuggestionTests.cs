using BorderCoop.Cli;

namespace BorderCoop.Tests.Cli;

/// <summary>The name a mistyped word most likely meant, and the "did you mean" the command line adds for it.</summary>
public sealed class TypoSuggestionTests
{
    private static readonly string[] Commands = ["timeline", "agreements", "agencies", "people", "show", "search"];

    [Theory]
    [InlineData("form", "from", 1)]
    [InlineData("timelin", "timeline", 1)]
    [InlineData("agnecies", "agencies", 1)]
    [InlineData("shwo", "show", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_CountsASwapOfNeighboursAsOneEdit(string a, string b, int expected)
    {
        TypoSuggestion.Distance(a, b).Should().Be(expected);
        TypoSuggestion.Distance(b, a).Should().Be(expected);
    }

    [Theory]
    [InlineData("timelin", "timeline")]
    [InlineData("TIMELINE", "timeline")]
    [InlineData("agencys", "agencies")]
    [InlineData("shw", "show")]
    [InlineData("time", "timeline")]
    [InlineData("peo", "people")]
    public void For_ACloseWord_GivesTheOneName(string word, string expected)
    {
        TypoSuggestion.For(word, Commands).Should().Be(expected);
    }

    [Theory]
    [InlineData("extradite")]
    [InlineData("xyz")]
    [InlineData("ag")]
    [InlineData("s")]
    [InlineData("")]
    public void For_NoCloseName_OrTwoEquallyClose_GivesNone(string word)
    {
        TypoSuggestion.For(word, Commands).Should().BeNull();
    }

    [Fact]
    public void For_Options_ComparesWithoutDashes_AndPrefersTheClosestToALongerPrefix()
    {
        string[] options = ["--from", "--to", "--format", "--agency"];

        TypoSuggestion.For("--form", options).Should().Be("--from", "one swap away, where --format is two letters away");
        TypoSuggestion.For("-from", options).Should().Be("--from");
        TypoSuggestion.For("--agncy", options).Should().Be("--agency");
        TypoSuggestion.For("--colour", options).Should().BeNull();
    }

    [Theory]
    [InlineData("'timeline'", "timelin")]
    [InlineData("'timeline'", "timline", "--from", "1995")]
    [InlineData("'--from'", "timeline", "--form", "1995")]
    [InlineData("'--from'", "timeline", "--form=1995")]
    [InlineData("'--limit'", "search", "merida", "--limt", "3")]
    [InlineData("'--data'", "agencies", "--dta", "my.json")]
    [InlineData("'--data'", "people", "--dta")]
    [InlineData("'--data-limit'", "agencies", "--data-limt", "3")]
    [InlineData("'--format'", "show", "x", "--fromat", "json")]
    [InlineData("'extraditions'", "--data-limit", "3", "extradtions")]
    public void AMistypedCommandOrOption_IsOneUsageLine_WithTheNameItMeant(string meant, params string[] args)
    {
        var (exitCode, output, error) = CliRunner.RunOn(TestRecords.Data(), args);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().StartWith("bordercoop: Unrecognized command or argument ").And.Contain($"Did you mean {meant}?");
        error.TrimEnd().Should().NotContain("\n");
    }

    [Theory]
    [InlineData("extradite")]
    [InlineData("zzz")]
    [InlineData("timeline", "--colour", "red")]
    [InlineData("timeline", "1995")]
    public void AnUnknownWord_NothingIsClose_IsOneUsageLine_WithoutASuggestion(params string[] args)
    {
        var (exitCode, _, error) = CliRunner.RunOn(TestRecords.Data(), args);

        exitCode.Should().Be(2);
        error.Should().StartWith("bordercoop: Unrecognized command or argument ").And.NotContain("Did you mean");
        error.TrimEnd().Should().NotContain("\n");
    }
}
