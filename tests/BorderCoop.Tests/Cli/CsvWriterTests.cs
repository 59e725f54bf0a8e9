using BorderCoop.Cli.Export;
using CsCheck;

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
    [InlineData("'two years ago' in an article", "''two years ago' in an article")]
    [InlineData("'", "''")]
    public void Neutralise_FormulaAndApostropheStarts_GetOneApostrophe(string text, string expected)
    {
        CsvWriter.Neutralise(text).Should().Be(expected);
        CsvFile.Restore(expected).Should().Be(text, "removing one leading apostrophe restores it");
    }

    [Theory]
    [InlineData("a=b+c-d@e")]
    [InlineData("it's")]
    [InlineData(" =leading space")]
    [InlineData(" 'leading space")]
    [InlineData("1996-03")]
    public void Neutralise_OtherText_IsUnchanged(string text)
    {
        CsvWriter.Neutralise(text).Should().BeSameAs(text);
        CsvFile.Restore(text).Should().BeSameAs(text, "a cell that does not start with an apostrophe is the exact text");
    }

    [Fact]
    public void WriteValue_TypedCells_AreNeverNeutralised()
    {
        WriteValues("-5", "+3", "1989-01-01").Should().Be("-5,+3,1989-01-01\r\n");
    }

    [Fact]
    public void Written_Text_RoundTripsThroughARfc4180Reader_AfterRemovingTheDocumentedPrefix()
    {
        string[] nasty =
        [
            "plain", "comma, inside", "quote \" inside", "\"quoted\"", "multi\nline", "multi\r\nline", "lone\rcarriage",
            "trailing newline\n", " padded ", "=1+1", "+cmd", "-2", "@user", "\ttab", "\rCR first", "'=1", "''+x",
            "'quoted note'", "tab\tin the middle", "ünïcödé – ‘curly’ “quotes”", "\\$20 million", "paragraph\n\nbreak",
            "'", "''", "it's",
        ];

        var parsed = CsvFile.Parse(new StringReader(Write(["a", "b", "c", "d", "e"], nasty[..5], nasty[5..10], nasty[10..15], nasty[15..20], nasty[20..25])));

        parsed.Rows.SelectMany(r => r).Select(CsvFile.Restore).Should().Equal(nasty);
        parsed.Rows.SelectMany(r => r).Should().NotContain(cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0]));
    }

    [Fact]
    public void Written_AnyText_RoundTripsThroughARfc4180Reader_AfterRemovingOneLeadingApostrophe()
    {
        // Records of random cells drawn mostly from the characters the rules are about. Controls other than tab, CR
        // and LF are left out: records refuse them, and the writer escapes them.
        string[] pieces = ["'", "'", "=", "+", "-", "@", "\t", "\r", "\n", "\r\n", ",", "\"", " ", "a", "|", "\\", "$", "é", "“", "\u202E", "\U0001F1F2"];
        var cell = Gen.Int[0, pieces.Length - 1].Array[0, 8].Select(picks => string.Concat(picks.Select(p => pieces[p])));

        cell.Array[1, 6].Sample(cells =>
        {
            var parsed = CsvFile.Parse(new StringReader(Write([.. cells.Select((_, i) => $"c{i}")], cells)));
            var written = parsed.Rows.Single();
            return written.Select(CsvFile.Restore).SequenceEqual(cells)
                && !written.Any(c => c.Length > 0 && "=+-@\t\r".Contains(c[0]))
                && written.Zip(cells).All(p => p.First == p.Second || p.First == "'" + p.Second);
        }, iter: 5_000);
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
