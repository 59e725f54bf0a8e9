using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>Which dated moment of a record a <see cref="TimelineEntry"/> stands for.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<TimelineEntryKind>))]
public enum TimelineEntryKind
{
    /// <summary>An agreement was signed.</summary>
    Signed = 0,

    /// <summary>An agreement entered into force.</summary>
    InForce = 1,

    /// <summary>A program started.</summary>
    Started = 2,

    /// <summary>A program ended.</summary>
    Ended = 3,

    /// <summary>The person in an extradition case was arrested.</summary>
    Arrested = 4,

    /// <summary>The extradition was requested.</summary>
    Requested = 5,

    /// <summary>The extradition was granted.</summary>
    Granted = 6,

    /// <summary>The person was surrendered (extradited, expelled or deported).</summary>
    Surrendered = 7,

    /// <summary>An <see cref="BorderCoop.Event"/> happened; its own <see cref="Event.Kind"/> says what kind.</summary>
    Event = 8,

    /// <summary>A person took up a role.</summary>
    TookOffice = 9,

    /// <summary>A person left a role.</summary>
    LeftOffice = 10,

    /// <summary>A source document was published.</summary>
    Published = 11,
}
