namespace BorderCoop.Cli.Export;

/// <summary>One column of an exported table, as the CSV header names it and the Table Schema describes it.</summary>
/// <param name="Name">The header: snake_case ASCII, unique within the table.</param>
/// <param name="Type">How the cells are written and what they parse as.</param>
/// <param name="Description">What the column holds, for the data package.</param>
/// <param name="Required">Whether every row has a value (the data contract requires it); otherwise an empty cell means "not stated".</param>
/// <param name="AllowedValues">The only values the column can hold (an enumeration in kebab-case), or null when any value of the type may occur.</param>
internal sealed record TableField(string Name, FieldType Type, string Description, bool Required, IReadOnlyList<string>? AllowedValues = null);
