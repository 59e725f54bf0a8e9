namespace BorderCoop.Cli.Formatting;

/// <summary>
/// Makes text from the data (or typed by a user) safe to write to a terminal on one line: line breaks and tabs become
/// spaces, and every other character that could act on the terminal or reorder what a line appears to say is written
/// as <c>\uXXXX</c> by the library's rule, <see cref="Display.Visible"/>.
/// </summary>
internal static class TerminalText
{
    /// <summary><paramref name="text"/> on one line, every control character visible; unchanged when it has none.</summary>
    public static string OneLine(string text) => Display.Visible(text.ReplaceLineEndings(" ").Replace('\t', ' '));

    /// <summary>
    /// Writes one line that may quote the data, such as <c>  - a statement [source/x]</c>, made safe as a whole by
    /// <see cref="OneLine"/>: a command that prints lines of its own writes each through here, so no part is forgotten.
    /// </summary>
    public static void WriteLine(TextWriter output, string line) => output.WriteLine(OneLine(line));
}
