using System.Text;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// Reads exported CSV strictly as RFC 4180 describes it (fields separated by commas, records ended by CRLF, a quoted
/// field may hold commas, quotes doubled and line breaks, blank lines included; nothing trimmed), and undoes the
/// documented formula neutralisation, independently of the code under test. Anything else (a quote inside an unquoted
/// field, a bare LF or CR between records, text after a closing quote, a missing final CRLF) is an error.
/// </summary>
internal sealed class CsvFile
{
    private CsvFile(IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static CsvFile Read(string path) => Parse(new StringReader(File.ReadAllText(path)));

    public static CsvFile Parse(TextReader text)
    {
        var records = Records(text.ReadToEnd());
        if (records.Count == 0)
        {
            throw new InvalidDataException("The file has no header row.");
        }

        var header = records[0];
        for (var i = 1; i < records.Count; i++)
        {
            if (records[i].Length != header.Length)
            {
                throw new InvalidDataException($"Row {i} has {records[i].Length} fields; the header has {header.Length}.");
            }
        }

        return new CsvFile(header, records.Skip(1).ToList());
    }

    /// <summary>The records of RFC 4180 text, each ended by CRLF.</summary>
    private static List<string[]> Records(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                // A quoted field: up to the quote that is not doubled.
                for (i++; ; i++)
                {
                    if (i >= text.Length)
                    {
                        throw new InvalidDataException("A quoted field is not closed.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i++;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new InvalidDataException($"A quote inside an unquoted field at {i}.");
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                if (i == text.Length)
                {
                    throw new InvalidDataException("The file ends after a comma.");
                }
            }
            else if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                records.Add([.. fields]);
                fields.Clear();
                i += 2;
            }
            else
            {
                throw new InvalidDataException($"Expected a comma or CRLF at {i}.");
            }
        }

        if (fields.Count > 0)
        {
            throw new InvalidDataException("The last record does not end with CRLF.");
        }

        return records;
    }

    /// <summary>The column of the header named <paramref name="name"/>.</summary>
    public int Column(string name)
    {
        var index = Header.ToList().IndexOf(name);
        return index >= 0 ? index : throw new KeyNotFoundException($"No column '{name}' in [{string.Join(", ", Header)}].");
    }

    /// <summary>The cells of column <paramref name="name"/>, row by row.</summary>
    public IEnumerable<string> Values(string name)
    {
        var column = Column(name);
        return Rows.Select(r => r[column]);
    }

    /// <summary>The row whose <c>id</c> (or <paramref name="keyColumn"/>) is <paramref name="key"/>, by column name.</summary>
    public IReadOnlyDictionary<string, string> Row(string key, string keyColumn = "id")
    {
        var column = Column(keyColumn);
        var row = Rows.Single(r => r[column] == key);
        return Header.Select((h, i) => (h, row[i])).ToDictionary(p => p.h, p => p.Item2);
    }

    /// <summary>The documented inverse of neutralisation: a cell that starts with an apostrophe loses exactly one.</summary>
    public static string Restore(string cell) => cell.StartsWith('\'') ? cell[1..] : cell;
}
