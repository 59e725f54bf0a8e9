using System.Text;

namespace BorderCoop.Cli.Export;

/// <summary>
/// Writes tab-separated values: fields separated by a tab, records ended by a line feed (the last one too), and in a
/// field each character that would break that layout written as a visible backslash escape.
/// </summary>
/// <remarks>
/// <para>The escapes, the same as PostgreSQL's and MySQL's text format: a tab as <c>\t</c>, a line feed as <c>\n</c>, a
/// carriage return as <c>\r</c>, a backslash as <c>\\</c>, and every other control character as <c>\uXXXX</c> (as
/// <see cref="Display.Visible"/> writes it). So a field never holds a raw tab or line break, and the original text
/// comes back by reading each escape back (the backslash being escaped too, nothing is ambiguous).</para>
/// <para>Text cells are neutralised against spreadsheet formula injection exactly as <see cref="CsvWriter"/> does
/// (<see cref="CsvWriter.Neutralise"/>), since spreadsheets open TSV files too. No quoting, no byte order mark.</para>
/// </remarks>
internal sealed class TsvWriter
{
    private readonly TextWriter writer;
    private bool atRecordStart = true;

    /// <summary>A writer that appends to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the TSV text goes; its own <see cref="TextWriter.NewLine"/> is never used.</param>
    public TsvWriter(TextWriter writer) => this.writer = writer;

    /// <summary>Writes a text cell, escaped and neutralised; null is an empty cell.</summary>
    /// <param name="text">The text, verbatim.</param>
    public void WriteText(string? text)
    {
        if (!atRecordStart)
        {
            writer.Write('\t');
        }

        atRecordStart = false;
        if (!string.IsNullOrEmpty(text))
        {
            writer.Write(Escape(CsvWriter.Neutralise(text)));
        }
    }

    /// <summary>Ends the current record with a line feed.</summary>
    public void EndRecord()
    {
        writer.Write('\n');
        atRecordStart = true;
    }

    /// <summary><paramref name="text"/> with tabs, line breaks, backslashes and other control characters escaped (see the remarks).</summary>
    public static string Escape(string text)
    {
        if (!text.Any(c => c == '\\' || char.IsControl(c)))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '\t' => @"\t",
                '\n' => @"\n",
                '\r' => @"\r",
                _ when char.IsControl(c) => Display.Visible(c.ToString()),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
