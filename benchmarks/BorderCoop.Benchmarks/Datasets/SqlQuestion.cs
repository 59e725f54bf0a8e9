using System.Data.Common;

namespace BorderCoop.Benchmarks;

/// <summary>
/// One question in SQL, prepared once in each mirror: <see cref="Sqlite"/> over the <see cref="SqliteMirror"/> and
/// <see cref="DuckDb"/> over the <see cref="DuckDbMirror"/>, usually from the same text, with the same parameters in
/// the same order, so a benchmark sets them by position and reads the rows the same way on both engines.
/// </summary>
/// <param name="Sqlite">The command on the SQLite mirror.</param>
/// <param name="DuckDb">The command on the DuckDB mirror.</param>
internal sealed record SqlQuestion(DbCommand Sqlite, DbCommand DuckDb)
{
    /// <summary>Runs <paramref name="command"/> and reads every row with <paramref name="read"/>.</summary>
    public static List<T> Read<T>(DbCommand command, Func<DbDataReader, T> read)
    {
        var rows = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
