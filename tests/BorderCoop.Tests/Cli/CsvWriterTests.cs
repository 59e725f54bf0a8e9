using BorderCoop.Cli.Export;

namespace BorderCoop.Tests.Cli;

public sealed class CsvWriterTests
{
    [Fact]
    public void Write_PlainFields_AreCommaSeparatedWithCrlfAfterEveryRecord()
    {
        var text = Write(["id", "name"], ["agency/us-dea", "Drug Enforcement Administration"]);

        text.Should().Be("id,name\r\nagency/us-dea,Drug Enforcement Administration\r\n");
    }

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line one\nline two", "\"line one\nline two\"")]
    [InlineData("line one\r\nline two", "\"line one\r\nline two\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    [InlineData("paragraph\n\nbreak", "\"paragraph\n\nbreak\"")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData(" spaces kept ", " spaces kept ")]
    [InlineData("Procuraduría “General”", "Procuraduría “General”")]
    public void WriteText_QuotesOnlyWhatRfc4180Requires_AndDoublesQuotes(string cell, string expected)
    {
        Write([cell]).Should().Be(expected + "\r\n");
    }

    [Theory]
    [InlineData("a\0b", @"a\u0000b")]
    [InlineData("\u001b[31mred\u001b[0m", @"\u001B[31mred\u001B[0m")]
    [InlineData("\u001b=cmd", @"\u001B=cmd")]
    [InlineData("del\u007F nel\u0085 csi\u009B", @"del\u007F nel\u0085 csi\u009B")]
    [InlineData("tab\tkept", "tab\tkept")]
    [InlineData("line\r\nbreak", "\"line\r\nbreak\"")]
    [InlineData("\u202Ebidi kept", "\u202Ebidi kept")]
    public void WriteText_ControlCharactersOtherThanTabAndLineBreaks_AreWrittenAsEscapes(string cell, string expected)
    {
        Write([cell]).Should().Be(expected + "\r\n");
    }

    [Fact]
    public void Write_NullAndEmpty_AreEmptyFields()
    {
        using var text = new StringWriter();
        var csv = new CsvWriter(text);
        csv.WriteText(null);
        csv.WriteValue(null);
        csv.WriteText(string.Empty);
        csv.EndRecord();

        text.ToString().Should().Be(",,\r\n");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tindented", "'\tindented")]
    [InlineData("\rreturn", "'\rreturn")]
    [InlineData("'=already quoted", "''=already quoted")]
    [InlineData("''-twice", "'''-twice")]
    public void Neutralise_FormulaStarts_GetOneApostrophe(string text, string expected)
    {
        CsvWriter.Neutralise(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("'two years ago' in an article")]
    [InlineData("'")]
    [InlineData("a=b+c-d@e")]
    [InlineData(" =leading space")]
    [InlineData("1996-03")]
    public void Neutralise_OtherText_IsUnchanged(string text)
    {
        CsvWriter.Neutralise(text).Should().BeSameAs(text);
    }

    [Fact]
    public void WriteValue_TypedCells_AreNeverNeutralised()
    {
        WriteValues("-5", "+3", "1989-01-01").Should().Be("-5,+3,1989-01-01\r\n");
    }

    [Fact]
    public void Written_Text_RoundTripsThroughAStandardReader_AfterRemovingTheDocumentedPrefix()
    {
        // No blank line inside a cell here: TextFieldParser skips blank lines even inside quoted fields (the written
        // form of such a cell is checked above, and the export tests check one quote that has one byte for byte).
        string[] nasty =
        [
            "plain", "comma, inside", "quote \" inside", "\"quoted\"", "multi\nline", "multi\r\nline", "lone\rcarriage",
            "trailing newline\n", " padded ", "=1+1", "+cmd", "-2", "@user", "\ttab", "\rCR first", "'=1", "''+x",
            "'quoted note'", "tab\tin the middle", "ünïcödé – ‘curly’ “quotes”", "\\$20 million",
        ];

        var parsed = CsvFile.Parse(new StringReader(Write(["a", "b", "c"], nasty[..3], nasty[3..6], nasty[6..9], nasty[9..12], nasty[12..15], nasty[15..18], nasty[18..21])));

        parsed.Rows.SelectMany(r => r).Select(CsvFile.Restore).Should().Equal(nasty);
        parsed.Rows.SelectMany(r => r).Should().NotContain(cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0]));
    }

    private static string Write(params string[][] records)
    {
        using var text = new StringWriter();
        var csv = new CsvWriter(text);
        foreach (var record in records)
        {
            foreach (var cell in record)
            {
                csv.WriteText(cell);
            }

            csv.EndRecord();
        }

        return text.ToString();
    }

    private static string WriteValues(params string[] values)
    {
        using var text = new StringWriter();
        var csv = new CsvWriter(text);
        foreach (var value in values)
        {
            csv.WriteValue(value);
        }

        csv.EndRecord();
        return text.ToString();
    }
}
