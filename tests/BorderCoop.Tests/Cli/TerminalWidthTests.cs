using BorderCoop.Cli.Formatting;

namespace BorderCoop.Tests.Cli;

/// <summary><see cref="TerminalWidth"/>: the output's terminal, else <c>COLUMNS</c>, else the terminal of standard error, else 100; at least 20.</summary>
public sealed class TerminalWidthTests
{
    [Theory]
    [InlineData(132, "80", 132)]
    [InlineData(null, "80", 80)]
    [InlineData(null, "200", 200)]
    [InlineData(null, null, TerminalWidth.Default)]
    [InlineData(null, "", TerminalWidth.Default)]
    [InlineData(null, "wide", TerminalWidth.Default)]
    [InlineData(null, "0", TerminalWidth.Default)]
    [InlineData(null, "-80", TerminalWidth.Default)]
    [InlineData(null, "99999", TerminalWidth.Default)]
    [InlineData(0, "90", 90)]
    [InlineData(null, "8", TerminalWidth.Minimum)]
    [InlineData(12, null, TerminalWidth.Minimum)]
    public void Choose_TakesTheTerminal_ThenAValidColumns_ThenTheDefault_NeverLessThanTheMinimum(int? terminal, string? columns, int expected) =>
        TerminalWidth.Choose(terminal, columns).Should().Be(expected);

    [Theory]
    [InlineData(132, null, 80, 132)]
    [InlineData(null, "120", 80, 120)]
    [InlineData(null, null, 80, 80)]
    [InlineData(null, "wide", 80, 80)]
    [InlineData(null, null, 0, TerminalWidth.Default)]
    public void Choose_ForOutputPipedToAPagerInATerminal_TakesTheTerminalOfStandardError_AfterColumns(int? terminal, string? columns, int? errorTerminal, int expected) =>
        TerminalWidth.Choose(terminal, columns, errorTerminal).Should().Be(expected);
}
