namespace BorderCoop.Cli.Export;

/// <summary>
/// A column whose every non-empty value is the value of a column of another table (or the same one): a reference that
/// a database or the Frictionless validator can check.
/// </summary>
/// <param name="Field">The referencing column.</param>
/// <param name="Resource">The referenced table's name, such as <c>agencies</c>; for a table referring to itself, its own name.</param>
/// <param name="ReferencedField">The referenced column, unique in that table (its primary key).</param>
internal sealed record TableForeignKey(string Field, string Resource, string ReferencedField);
