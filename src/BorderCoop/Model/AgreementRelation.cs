using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>A link from one agreement to another: it follows up, implements or evaluates the target.</summary>
/// <remarks>Equality compares kind and target.</remarks>
public sealed record AgreementRelation
{
    /// <summary>Creates a relation.</summary>
    /// <param name="kind">How the agreement relates to the target.</param>
    /// <param name="targetId">The id of the target agreement.</param>
    /// <exception cref="ArgumentException">The target is not an agreement id, or the kind is undefined.</exception>
    [JsonConstructor]
    public AgreementRelation(AgreementRelationKind kind, string targetId)
    {
        Kind = Guard.Defined(kind, nameof(kind));
        TargetId = Guard.Id(targetId, RecordFamily.Agreements, nameof(targetId));
    }

    /// <summary>How the agreement relates to the target.</summary>
    public AgreementRelationKind Kind { get; }

    /// <summary>The id of the target agreement.</summary>
    [JsonPropertyName("target")]
    public string TargetId { get; }

    /// <summary>The kind and the target id.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Kind} {TargetId}";
}
