using System.Globalization;

namespace BorderCoop.Cli.Formatting;

/// <summary>
/// How many columns text output may take: the terminal's width when standard output is a terminal, else the
/// <c>COLUMNS</c> environment variable when it holds a width, else the terminal's width when standard error is one (the
/// output goes through a pipe to a pager or <c>head</c> in that terminal), else <see cref="Default"/>.
/// </summary>
internal static class TerminalWidth
{
    /// <summary>The width when neither a terminal nor <c>COLUMNS</c> gives one (output and errors to files or pipes).</summary>
    public const int Default = 100;

    /// <summary>The narrowest width text is laid out in: a narrower terminal gets lines this wide, which it wraps itself.</summary>
    public const int Minimum = 20;

    /// <summary>The widest <c>COLUMNS</c> taken as a width; a larger value is taken as a mistake.</summary>
    public const int Largest = 10_000;

    /// <summary>The width to lay text out in, found as the summary of <see cref="TerminalWidth"/> says.</summary>
    public static int Detect() =>
        Choose(Console.IsOutputRedirected ? null : TerminalColumns(), Environment.GetEnvironmentVariable("COLUMNS"), Console.IsErrorRedirected ? null : TerminalColumns());

    /// <summary>
    /// The width from the terminal standard output writes to (null when it writes to none), the <c>COLUMNS</c> variable
    /// (null when unset) and the terminal standard error writes to (null when none): the first, else <c>COLUMNS</c> when
    /// it is a whole number from 1 to <see cref="Largest"/>, else the last, else <see cref="Default"/>; never less than
    /// <see cref="Minimum"/>.
    /// </summary>
    public static int Choose(int? terminal, string? columns, int? errorTerminal = null) => Math.Max(
        Minimum,
        terminal is > 0 ? terminal.Value
        : int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width is >= 1 and <= Largest ? width
        : errorTerminal is > 0 ? errorTerminal.Value
        : Default);

    /// <summary>The width of the process's terminal, or null when it cannot be read.</summary>
    private static int? TerminalColumns()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }
}
