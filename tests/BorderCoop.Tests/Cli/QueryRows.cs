using System.Data.Common;

namespace BorderCoop.Tests.Cli;

/// <summary>The rows a query answers on any ADO.NET connection (SQLite, DuckDB), a missing value as null.</summary>
internal static class QueryRows
{
    public static List<object?[]> Of(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
