using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>One side of a <see cref="Conflict"/>: what one passage says, with its own citations.</summary>
/// <remarks>Equality compares every property, lists by content.</remarks>
public sealed record ConflictVersion
{
    /// <summary>Creates a version.</summary>
    /// <param name="statement">What this version says, briefly.</param>
    /// <param name="recordId">The record that holds this version, if one does.</param>
    /// <param name="citations">At least one quote.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed; the parameter is named.</exception>
    [JsonConstructor]
    public ConflictVersion(string statement, string? recordId, IReadOnlyList<Citation>? citations)
    {
        Statement = Guard.Text(statement, nameof(statement));
        RecordId = Guard.OptionalReference(recordId, nameof(recordId), BorderCoop.RecordId.AnyFamily);
        Citations = Guard.Citations(citations, nameof(citations));
    }

    /// <summary>What this version says.</summary>
    public string Statement { get; }

    /// <summary>The id of the record that holds this version, if one does.</summary>
    [JsonPropertyName("record")]
    public string? RecordId { get; }

    /// <summary>The quotes for this version.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The statement.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => Statement;
}
