namespace BorderCoop.Cli.Formatting;

/// <summary>
/// Makes text from the data (or typed by a user) safe to write to a terminal on one line: line breaks and tabs become
/// spaces, and every other character that could act on the terminal or reorder what a line appears to say is written
/// as <c>\uXXXX</c> by the library's rule, <see cref="Display.Visible"/>.
/// </summary>
internal static class TerminalText
{
    /// <summary>The indent of a wrapped line's continuation lines, beyond the line's own indent.</summary>
    public const int Hang = 2;

    /// <summary><paramref name="text"/> on one line, every control character visible; unchanged when it has none.</summary>
    public static string OneLine(string text) => Display.Visible(text.ReplaceLineEndings(" ").Replace('\t', ' '));

    /// <summary>
    /// Writes one line that may quote the data, such as <c>  - a statement [source/x]</c>, made safe as a whole by
    /// <see cref="OneLine"/>, on one line however long: for standard error, whose reasons are one line each.
    /// </summary>
    public static void WriteLine(TextWriter output, string line) => output.WriteLine(OneLine(line));

    /// <summary>
    /// Writes one line that may quote the data, made safe as a whole by <see cref="OneLine"/>, wrapped to
    /// <paramref name="width"/> columns: continuation lines are indented <see cref="Hang"/> columns more than the
    /// line's own indent, and record ids are never broken (see <see cref="TextWrap"/>). A command that prints lines of
    /// its own writes each through here, so no part is forgotten.
    /// </summary>
    public static void WriteLine(TextWriter output, string line, int width)
    {
        var text = OneLine(line);
        var body = text.TrimStart(' ');
        var indent = text[..(text.Length - body.Length)];
        foreach (var wrapped in TextWrap.Hanging(indent, body, width, indent.Length + Hang))
        {
            output.WriteLine(wrapped);
        }
    }
}
