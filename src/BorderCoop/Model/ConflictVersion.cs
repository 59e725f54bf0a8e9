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
    /// <param name="date">The date this version gives, when the conflict is about a date.</param>
    /// <param name="dateKind">Which date of the record that is, when the sources say.</param>
    /// <param name="dateOfId">The record whose date <paramref name="date"/> is, when it is not <paramref name="recordId"/>.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed; the parameter is named.</exception>
    [JsonConstructor]
    public ConflictVersion(string statement, string? recordId, IReadOnlyList<Citation> citations, PartialDate? date = null, DateKind? dateKind = null, string? dateOfId = null)
    {
        if (dateKind is not null && date is null)
        {
            throw new ArgumentException("A version that names a kind of date must give the date.", nameof(dateKind));
        }

        if (dateOfId is not null && date is null)
        {
            throw new ArgumentException("A version that names whose date it gives must give the date.", nameof(dateOfId));
        }

        DateOfId = Guard.OptionalReference(dateOfId, nameof(dateOfId));
        Date = date;
        DateKind = dateKind is { } kind ? Guard.Defined(kind, nameof(dateKind)) : null;
        Statement = Guard.Text(statement, nameof(statement));
        RecordId = Guard.OptionalReference(recordId, nameof(recordId));
        Citations = Guard.Citations(citations, nameof(citations));
    }

    /// <summary>What this version says.</summary>
    public string Statement { get; }

    /// <summary>The id of the record that holds this version, if one does.</summary>
    [JsonPropertyName("record")]
    public string? RecordId { get; }

    /// <summary>The quotes for this version.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The date this version gives, when the conflict is about a date ("1980" against "1978"); null otherwise.</summary>
    /// <remarks>Date queries list the record this version is about as uncertain and name this date among the candidates
    /// (see <see cref="DatedMatch{TRecord}.Candidates"/>).</remarks>
    public PartialDate? Date { get; }

    /// <summary>Which date of the record <see cref="Date"/> is (its signing, its end…), or null when the sources do not say.</summary>
    public DateKind? DateKind { get; }

    /// <summary>
    /// The record whose date <see cref="Date"/> is, when that is not the record holding the version (an event that says
    /// when a program ended); null when it is <see cref="RecordId"/>, or, without one, the conflict's records.
    /// </summary>
    [JsonPropertyName("dateOf")]
    public string? DateOfId { get; }

    /// <summary>The statement.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => Statement;
}
