namespace BorderCoop.Cli.Export;

/// <summary>
/// Writes CSV as RFC 4180 describes it: fields separated by commas, records ended by CRLF (the last one too), a field
/// quoted when it holds a comma, a double quote, a CR or an LF, and a double quote inside a quoted field doubled.
/// </summary>
/// <remarks>
/// <para>Text cells are also neutralised against spreadsheet formula injection (see <see cref="Neutralise"/>): a
/// spreadsheet that opens the file must never run a cell such as <c>=HYPERLINK(…)</c> taken from a record. Typed cells
/// (numbers, dates) are written exactly as given, so a value is never altered; the caller guarantees they are in their
/// canonical invariant form, which never starts with a formula character (amounts and counts are never negative).</para>
/// <para>A control character in a text cell other than tab, CR and LF (which RFC 4180 carries in a quoted field) is
/// written as <c>\uXXXX</c>, as <see cref="Display.Visible"/> writes it: a NUL or an escape never reaches a CSV reader
/// or a spreadsheet. The records refuse such characters in their text, so this is a second line of defence that keeps
/// the writer safe on its own. Other characters, bidirectional controls included, are data and kept as they are.</para>
/// <para>The writer adds nothing else: no byte order mark (the caller picks the encoding), no trailing separator, no
/// blank line. The same cells give the same characters on every run and every platform.</para>
/// </remarks>
internal sealed class CsvWriter
{
    /// <summary>The character put in front of a text cell that a spreadsheet would read as a formula, or that starts with this character.</summary>
    public const char NeutralisingPrefix = '\'';

    /// <summary>
    /// The inverse of <see cref="Neutralise"/> in words, for the descriptions of the text columns in
    /// <c>datapackage.json</c>: the one sentence a reader of the files needs.
    /// </summary>
    public const string RestoreRule =
        "Spreadsheet-safe: a cell that starts with ' had one ' put in front (so that =, +, -, @, tab, CR and ' never start a cell); remove exactly one leading ' from such a cell to get the exact text.";

    private const string RecordEnd = "\r\n";

    private readonly TextWriter writer;
    private bool atRecordStart = true;

    /// <summary>A writer that appends to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the CSV text goes; its own <see cref="TextWriter.NewLine"/> is never used.</param>
    public CsvWriter(TextWriter writer) => this.writer = writer;

    /// <summary>Writes a text cell, its control characters made visible, neutralised and then quoted as needed; null is an empty (missing) cell.</summary>
    /// <param name="text">The text, verbatim.</param>
    public void WriteText(string? text) => WriteField(text is null ? null : Neutralise(VisibleControls(text)));

    /// <summary>Writes a typed cell (a number, a date, a count) exactly as given, quoted only if RFC 4180 requires it.</summary>
    /// <param name="value">The value in its canonical invariant form, or null for a missing value.</param>
    public void WriteValue(string? value) => WriteField(value);

    /// <summary>Ends the current record with CRLF.</summary>
    public void EndRecord()
    {
        writer.Write(RecordEnd);
        atRecordStart = true;
    }

    /// <summary>
    /// The text a spreadsheet will show as text: <paramref name="text"/> with one <see cref="NeutralisingPrefix"/>
    /// (<c>'</c>) in front when its first character is <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab, a carriage return
    /// or an apostrophe; otherwise <paramref name="text"/> unchanged.
    /// </summary>
    /// <remarks>
    /// <para>The first six make Excel, LibreOffice and Google Sheets read a cell as a formula (OWASP's "CSV
    /// injection"); an apostrophe in front makes it text.</para>
    /// <para>Text that already starts with an apostrophe (a note quoting a source, <c>'two years ago' in …</c>) gets one
    /// too, so the inverse is one rule with no exception, which anyone can apply without reading the text: <b>a cell
    /// that starts with an apostrophe had one put in front; remove exactly one</b>. Every other cell is the exact
    /// text. Cells of numbers and dates never start with an apostrophe, so the inverse may be applied to every cell of
    /// a file.</para>
    /// </remarks>
    /// <param name="text">The text, verbatim.</param>
    /// <returns>The text to write.</returns>
    public static string Neutralise(string text) =>
        NeedsPrefix(text) ? NeutralisingPrefix + text : text;

    /// <summary><paramref name="text"/> with each control character other than tab, CR and LF as <see cref="Display.Visible"/> writes it.</summary>
    private static string VisibleControls(string text) =>
        text.Any(IsHiddenControl) ? string.Concat(text.Select(c => IsHiddenControl(c) ? Display.Visible(c.ToString()) : c.ToString())) : text;

    private static bool IsHiddenControl(char c) => char.IsControl(c) && c is not ('\t' or '\r' or '\n');

    private static bool NeedsPrefix(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or NeutralisingPrefix;

    private void WriteField(string? value)
    {
        if (!atRecordStart)
        {
            writer.Write(',');
        }

        atRecordStart = false;
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
