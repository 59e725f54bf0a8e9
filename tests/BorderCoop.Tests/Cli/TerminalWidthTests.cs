using BorderCoop.Cli.Formatting;

namespace BorderCoop.Tests.Cli;

/// <summary><see cref="TerminalWidth"/>: the terminal's width, else <c>COLUMNS</c>, else 100; at least 20.</summary>
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
}
