namespace BorderCoop.Benchmarks;

/// <summary>The shape of one table of the <see cref="SqliteMirror"/>, as SQLite declares it, for copying it elsewhere.</summary>
/// <param name="Name">The table's name.</param>
/// <param name="Columns">Its columns, in declared order.</param>
internal sealed record MirroredTable(string Name, IReadOnlyList<MirroredTable.Column> Columns)
{
    /// <summary>One column of a mirrored table.</summary>
    /// <param name="Name">The column's name.</param>
    /// <param name="Type">Its declared type: <c>INTEGER</c> or <c>TEXT</c>.</param>
    /// <param name="NotNull">Whether it is declared <c>NOT NULL</c>.</param>
    /// <param name="KeyPosition">Its position in the primary key, from 1; 0 when it is not part of the key.</param>
    internal sealed record Column(string Name, string Type, bool NotNull, int KeyPosition);
}
