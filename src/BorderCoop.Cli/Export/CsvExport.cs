using System.Text;

namespace BorderCoop.Cli.Export;

/// <summary>Writes <see cref="ExportTable"/>s as CSV files: UTF-8 without a byte order mark, RFC 4180, a header row.</summary>
/// <remarks>
/// Text cells are neutralised against formula injection and typed cells written as they are (see <see cref="CsvWriter"/>).
/// Nothing depends on the clock, the culture or the platform, so the same dataset gives byte-identical files on every run.
/// </remarks>
internal static class CsvExport
{
    /// <summary>UTF-8 without a byte order mark, which some spreadsheets would otherwise show as part of the first header.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes every table to <c>{directory}/{name}.csv</c>, replacing files of the same name.</summary>
    /// <param name="tables">The tables.</param>
    /// <param name="directory">An existing directory.</param>
    /// <exception cref="IOException">A file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory or a file is not writable.</exception>
    public static void WriteAll(IEnumerable<ExportTable> tables, DirectoryInfo directory)
    {
        foreach (var table in tables)
        {
            using var stream = new FileStream(Path.Combine(directory.FullName, table.FileName), FileMode.Create, FileAccess.Write, FileShare.None);
            Write(table, stream);
        }
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="stream"/>: the header, then one record per row; the stream is left open.</summary>
    public static void Write(ExportTable table, Stream stream)
    {
        using var text = new StreamWriter(stream, Utf8, bufferSize: 64 * 1024, leaveOpen: true);
        var csv = new CsvWriter(text);
        foreach (var field in table.Fields)
        {
            csv.WriteText(field.Name);
        }

        csv.EndRecord();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < table.Fields.Count; i++)
            {
                if (table.Fields[i].Type is FieldType.String or FieldType.TextList)
                {
                    csv.WriteText(row[i]);
                }
                else
                {
                    csv.WriteValue(row[i]);
                }
            }

            csv.EndRecord();
        }
    }
}
