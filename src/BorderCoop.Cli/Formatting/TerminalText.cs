using System.Globalization;
using System.Text;

namespace BorderCoop.Cli.Formatting;

/// <summary>
/// Makes text from the data (or typed by a user) safe to write to a terminal on one line: line breaks and tabs become
/// spaces, and other control characters (such as the escape that starts a terminal control sequence) and the
/// invisible bidirectional controls that can reorder what a line appears to say are written as <c>\uXXXX</c>.
/// </summary>
internal static class TerminalText
{
    /// <summary><paramref name="text"/> on one line, every control character visible; unchanged when it has none.</summary>
    public static string OneLine(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        if (!flat.Any(IsUnsafe))
        {
            return flat;
        }

        var builder = new StringBuilder(flat.Length + 16);
        foreach (var c in flat)
        {
            if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (IsUnsafe(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
