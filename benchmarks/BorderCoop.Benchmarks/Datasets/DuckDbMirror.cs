using System.Globalization;
using DuckDB.NET.Data;

namespace BorderCoop.Benchmarks;

/// <summary>
/// The tables of a <see cref="SqliteMirror"/> copied into an in-memory DuckDB database, so the benchmarks can measure
/// how a columnar analytical engine answers the same questions, mostly in the same SQL, over the same rows.
/// </summary>
/// <remarks>
/// <para>
/// Every table of the SQLite mirror but its full-text index is copied with the same name and columns
/// (<c>INTEGER</c> as <c>BIGINT</c>, <c>TEXT</c> as <c>VARCHAR</c>), the same <c>NOT NULL</c>s and the same primary
/// key, its rows appended through DuckDB's appender in the order SQLite stores them (by key, or by row id). The columns
/// the SQLite mirror derives in SQL are copied as they are, so each date rule of <c>docs/semantics.md</c> is written
/// once, and a row means the same in both databases: an ordinal is a position in the dataset's lists, a day is a day
/// number, and <see cref="SqliteMirror.UnboundedStart"/> and <see cref="SqliteMirror.UnboundedEnd"/> stand for "no limit".
/// </para>
/// <para>
/// Indexes are what a DuckDB user would have. DuckDB keeps a min-max index (a zone map) of every column of every row
/// group automatically, and builds an ART index for each <c>PRIMARY KEY</c>; its documentation recommends ART indexes
/// only for constraints and point or very selective queries, so the mirror declares the primary keys SQLite has and no
/// other index. The tables SQLite keys by name or id (<c>WITHOUT ROWID</c>) come out of it sorted by their key, so
/// their zone maps also narrow a lookup of the key's first column.
/// </para>
/// <para>
/// Full-text search differs: DuckDB's <c>fts</c> extension is not part of the bundled library, cannot be installed
/// without a network, and has no prefix queries. The mirror holds instead one row for each distinct word of each
/// record's searchable texts (<see cref="SqliteMirror.SearchableWords"/>, the words the SQLite index and the LINQ
/// baseline see), sorted by word, so that a word or a prefix is a range that the zone maps narrow.
/// </para>
/// <para>
/// DuckDB runs with its defaults, as many threads as the machine has cores. DuckDB.NET 1.5.6.1 plans a command again
/// on each execution (<see cref="DuckDBCommand.Prepare"/> does nothing), so the benchmarks reuse one command with its
/// parameters per question, as they do with SQLite, and DuckDB's times include parsing and planning.
/// </para>
/// </remarks>
internal sealed class DuckDbMirror : IDisposable
{
    private const string SearchWords = """
        CREATE TABLE search_words_unsorted (word VARCHAR NOT NULL, record BIGINT NOT NULL);
        """;

    private const string SortSearchWords = """
        CREATE TABLE search_words AS SELECT word, record FROM search_words_unsorted ORDER BY word, record;
        DROP TABLE search_words_unsorted;
        """;

    private readonly DuckDBConnection connection;
    private readonly List<DuckDBCommand> commands = [];

    private DuckDbMirror(DuckDBConnection connection) => this.connection = connection;

    /// <summary>How many rows the mirror holds, over all tables.</summary>
    public long RowCount { get; private set; }

    /// <summary>Copies the tables of <paramref name="source"/> into a new in-memory database, and the searchable words of <paramref name="data"/>.</summary>
    /// <param name="data">The dataset <paramref name="source"/> mirrors.</param>
    /// <param name="source">The SQLite mirror of <paramref name="data"/>.</param>
    public static DuckDbMirror Load(BorderCoopData data, SqliteMirror source)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var mirror = new DuckDbMirror(connection);
        try
        {
            foreach (var table in source.Tables())
            {
                mirror.Copy(source, table);
            }

            mirror.FillSearchWords(data);
            return mirror;
        }
        catch
        {
            mirror.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A command for <paramref name="sql"/>, with the named parameters declared (<c>$name</c>, as in SQLite); set their
    /// values before each execution. The mirror owns the command and disposes of it.
    /// </summary>
    public DuckDBCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            // DuckDB.NET names a parameter without its sigil.
            command.Parameters.Add(new DuckDBParameter(name.TrimStart('$'), DBNull.Value));
        }

        commands.Add(command);
        return command;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var command in commands)
        {
            command.Dispose();
        }

        connection.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Creates <paramref name="table"/> as SQLite declares it and appends its rows.</summary>
    private void Copy(SqliteMirror source, MirroredTable table)
    {
        var key = table.Columns.Where(c => c.KeyPosition > 0).OrderBy(c => c.KeyPosition).Select(c => c.Name).ToList();
        var columns = table.Columns.Select(c => $"{c.Name} {DuckDbType(c)}{(c.NotNull ? " NOT NULL" : string.Empty)}");
        Execute($"CREATE TABLE {table.Name} ({string.Join(", ", key.Count == 0 ? columns : columns.Append($"PRIMARY KEY ({string.Join(", ", key)})"))})");

        var integers = table.Columns.Select(c => c.Type == "INTEGER").ToArray();
        using var appender = connection.CreateAppender(table.Name);
        source.ReadRows(table, reader =>
        {
            var row = appender.CreateRow();
            for (var i = 0; i < integers.Length; i++)
            {
                row = reader.IsDBNull(i) ? row.AppendNullValue()
                    : integers[i] ? row.AppendValue(reader.GetInt64(i))
                    : row.AppendValue(reader.GetString(i));
            }

            row.EndRow();
            RowCount++;
        });
    }

    /// <summary>One row for each distinct word of each record's searchable texts, sorted by word.</summary>
    private void FillSearchWords(BorderCoopData data)
    {
        Execute(SearchWords);
        using (var appender = connection.CreateAppender("search_words_unsorted"))
        {
            for (var i = 0; i < data.Records.Count; i++)
            {
                foreach (var word in SqliteMirror.SearchableWords(data.Records[i], data).Distinct(StringComparer.Ordinal))
                {
                    appender.CreateRow().AppendValue(word).AppendValue((long)i).EndRow();
                    RowCount++;
                }
            }
        }

        Execute(SortSearchWords);
    }

    private static string DuckDbType(MirroredTable.Column column) => column.Type switch
    {
        "INTEGER" => "BIGINT",
        "TEXT" => "VARCHAR",
        _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The mirror has no DuckDB type for the SQLite type '{column.Type}' of column {column.Name}.")),
    };
}
