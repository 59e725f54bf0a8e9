using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>How one <see cref="Agreement"/> relates to another.</summary>
[JsonConverter(typeof(ExactEnumConverter<AgreementRelationKind>))]
public enum AgreementRelationKind
{
    /// <summary>Continues or follows up the target.</summary>
    FollowsUp = 0,

    /// <summary>Puts the target into practice.</summary>
    Implements = 1,

    /// <summary>Measures or evaluates the target.</summary>
    Evaluates = 2,
}
