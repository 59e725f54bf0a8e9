using Microsoft.VisualBasic.FileIO;

namespace BorderCoop.Tests.Cli;

/// <summary>
/// Reads exported CSV the way a standard reader does (<see cref="TextFieldParser"/>, fields enclosed in quotes, no
/// trimming), and undoes the documented formula neutralisation, independently of the code under test.
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
        using var parser = new TextFieldParser(text)
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? throw new InvalidDataException("The file has no header row.");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            if (fields.Length != header.Length)
            {
                throw new InvalidDataException($"Row {rows.Count + 1} has {fields.Length} fields; the header has {header.Length}.");
            }

            rows.Add(fields);
        }

        return new CsvFile(header, rows);
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

    /// <summary>
    /// The documented inverse of neutralisation: drop the first character of a cell that is an apostrophe followed,
    /// after any further apostrophes, by = + - @ tab or CR.
    /// </summary>
    public static string Restore(string cell)
    {
        var rest = cell.TrimStart('\'');
        return cell.Length > rest.Length && rest.Length > 0 && rest[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? cell[1..] : cell;
    }
}
