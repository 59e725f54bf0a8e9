using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace BorderCoop.Cli.Export;

/// <summary>
/// Writes the <see cref="ExportTables"/> into one SQLite database: a table per exported table with typed columns,
/// primary and foreign keys, a full-text index (<see cref="SearchTable"/>) and the views of <see cref="SqliteViews"/>.
/// </summary>
/// <remarks>
/// <para>Table names are the export's names in snake_case (<c>extradition-cases</c> becomes <c>extradition_cases</c>),
/// so that queries need no quotes; column names are the CSV headers. A <see cref="FieldType.Integer"/> column is
/// <c>INTEGER</c>; every other column is <c>TEXT</c>: dates as ISO <c>yyyy-MM-dd</c>, and numbers
/// (<see cref="FieldType.Number"/>: amounts, quantities) as their exact decimal text, never a floating-point
/// approximation (compare them with <c>CAST(amount AS REAL)</c>). Text is stored as the data has it, without the
/// spreadsheet neutralisation of the CSV files. A required field is <c>NOT NULL</c>; an enumeration has a <c>CHECK</c>
/// of its allowed values.</para>
/// <para>The file is the same, byte for byte, on every run over the same dataset: the rows are inserted in dataset
/// order in one transaction, nothing depends on the clock, and the database is vacuumed at the end.</para>
/// </remarks>
internal static class SqliteExport
{
    /// <summary>The FTS5 table over names, titles, descriptions and quotes.</summary>
    public const string SearchTable = "search";

    /// <summary>The columns whose text the <see cref="SearchTable"/> indexes, in any table that has one.</summary>
    private static readonly string[] SearchedColumns =
        ["name", "english_name", "spanish_name", "aliases", "title", "description", "explanation", "statement", "quote"];

    /// <summary>The SQLite name of an exported table: its name in snake_case.</summary>
    public static string TableName(string exportName) => exportName.Replace('-', '_');

    /// <summary>Writes <paramref name="tables"/> into a new database at <paramref name="path"/>, replacing any file there.</summary>
    /// <param name="tables">The tables, in export order.</param>
    /// <param name="path">The database file.</param>
    /// <exception cref="IOException">The file could not be replaced or written, SQLite's errors included (a full disk).</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder is not writable.</exception>
    public static void Write(IReadOnlyList<ExportTable> tables, string path)
    {
        // A journal left by an interrupted run would be played back into the new file.
        File.Delete(path + "-journal");
        File.Delete(path);
        try
        {
            WriteNew(tables, path);
        }
        catch (SqliteException e)
        {
            File.Delete(path);
            throw new IOException($"SQLite could not write {path}: {e.Message}", e);
        }
    }

    private static void WriteNew(IReadOnlyList<ExportTable> tables, string path)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,

            // The tables refer to each other both ways (records is last), so the keys are checked once all rows are in.
            ForeignKeys = false,
        }.ToString();

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = DELETE;");
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var table in tables)
            {
                Execute(connection, CreateTable(table));
                Insert(connection, table);
            }

            Execute(connection, $"CREATE VIRTUAL TABLE {SearchTable} USING fts5(record_id UNINDEXED, table_name UNINDEXED, column_name UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2');");
            foreach (var table in tables)
            {
                IndexText(connection, table);
            }

            foreach (var view in SqliteViews.All(tables))
            {
                Execute(connection, view);
            }

            transaction.Commit();
        }

        CheckForeignKeys(connection);
        Execute(connection, "VACUUM;");
    }

    /// <summary>The <c>CREATE TABLE</c> statement of <paramref name="table"/>.</summary>
    public static string CreateTable(ExportTable table)
    {
        var sql = new StringBuilder();
        sql.Append("CREATE TABLE ").Append(Quote(TableName(table.Name))).Append(" (\n");
        foreach (var field in table.Fields)
        {
            sql.Append("  ").Append(Quote(field.Name)).Append(' ').Append(ColumnType(field.Type));
            if (field.Required)
            {
                sql.Append(" NOT NULL");
            }

            if (field.AllowedValues is { } allowed)
            {
                sql.Append(" CHECK (").Append(Quote(field.Name)).Append(" IN (")
                    .AppendJoin(", ", allowed.Select(Literal)).Append("))");
            }

            sql.Append(",\n");
        }

        sql.Append("  PRIMARY KEY (").AppendJoin(", ", table.PrimaryKey.Select(Quote)).Append(')');
        foreach (var key in table.ForeignKeys)
        {
            sql.Append(",\n  FOREIGN KEY (").Append(Quote(key.Field)).Append(") REFERENCES ")
                .Append(Quote(TableName(key.Resource))).Append(" (").Append(Quote(key.ReferencedField)).Append(')');
        }

        return sql.Append("\n);").ToString();
    }

    /// <summary>The declared SQLite type of a column of <paramref name="type"/>.</summary>
    public static string ColumnType(FieldType type) => type == FieldType.Integer ? "INTEGER" : "TEXT";

    /// <summary>An identifier in double quotes, safe whatever its spelling.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A string literal in single quotes.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// The column that names the record a row belongs to: <c>id</c> when the table has one, otherwise the first column of
    /// its primary key (the owner of a list item, the record a citation backs).
    /// </summary>
    public static string RecordIdColumn(ExportTable table) =>
        table.Fields.Any(f => f.Name == "id") ? "id" : table.PrimaryKey[0];

    private static void Insert(SqliteConnection connection, ExportTable table)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            $"INSERT INTO {Quote(TableName(table.Name))} VALUES ({string.Join(", ", table.Fields.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))});";
        var parameters = table.Fields.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null))).ToArray();
        command.Prepare();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = Value(table.Fields[i].Type, row[i]);
            }

            command.ExecuteNonQuery();
        }
    }

    private static object Value(FieldType type, string? cell) => cell switch
    {
        null => DBNull.Value,
        _ when type == FieldType.Integer => long.Parse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        _ => cell,
    };

    private static void IndexText(SqliteConnection connection, ExportTable table)
    {
        var name = TableName(table.Name);
        var recordId = RecordIdColumn(table);
        foreach (var column in table.Fields.Where(f => SearchedColumns.Contains(f.Name)))
        {
            Execute(
                connection,
                $"INSERT INTO {SearchTable} (record_id, table_name, column_name, text) " +
                $"SELECT {Quote(recordId)}, {Literal(name)}, {Literal(column.Name)}, {Quote(column.Name)} FROM {Quote(name)} " +
                $"WHERE {Quote(column.Name)} IS NOT NULL ORDER BY rowid;");
        }
    }

    private static void CheckForeignKeys(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_key_check;";
        using var reader = command.ExecuteReader();
        if (reader.Read())
        {
            throw new InvalidOperationException(
                $"The exported table '{reader.GetString(0)}' refers to a missing row of '{reader.GetString(2)}' (a defect in the export's table definitions).");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
