using System.Globalization;

namespace BorderCoop.Cli.Formatting;

/// <summary>
/// How many columns text output may take: the terminal's width when standard output is a terminal, else the
/// <c>COLUMNS</c> environment variable when it holds a width, else <see cref="Default"/>.
/// </summary>
internal static class TerminalWidth
{
    /// <summary>The width when neither the terminal nor <c>COLUMNS</c> gives one (output to a file or a pipe).</summary>
    public const int Default = 100;

    /// <summary>The narrowest width text is laid out in: a narrower terminal gets lines this wide, which it wraps itself.</summary>
    public const int Minimum = 20;

    /// <summary>The widest <c>COLUMNS</c> taken as a width; a larger value is taken as a mistake.</summary>
    public const int Largest = 10_000;

    /// <summary>The width to lay text out in, found as the summary of <see cref="TerminalWidth"/> says.</summary>
    public static int Detect() => Choose(TerminalColumns(), Environment.GetEnvironmentVariable("COLUMNS"));

    /// <summary>
    /// The width from what the terminal says (null when standard output is no terminal) and the <c>COLUMNS</c> variable
    /// (null when unset): the terminal's, else <c>COLUMNS</c> when it is a whole number from 1 to <see cref="Largest"/>,
    /// else <see cref="Default"/>; never less than <see cref="Minimum"/>.
    /// </summary>
    public static int Choose(int? terminal, string? columns) => Math.Max(
        Minimum,
        terminal is > 0 ? terminal.Value
        : int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width is >= 1 and <= Largest ? width
        : Default);

    /// <summary>The width of the terminal standard output writes to, or null when it is redirected or the width cannot be read.</summary>
    private static int? TerminalColumns()
    {
        try
        {
            return Console.IsOutputRedirected ? null : Console.WindowWidth;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }
}
