using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>
/// Which date of a record a question, a <see cref="DatedMatch{TRecord}"/> or a <see cref="TimelineEntry"/> is about:
/// every kind of date the records carry has one name here.
/// </summary>
/// <remarks>Each date query says which kind it reads: <see cref="BorderCoopData.AgreementsSignedIn"/> reads
/// <see cref="Signed"/> (or <see cref="Issued"/> for norms one government issues), extradition questions read
/// <see cref="Surrendered"/> unless asked for another step, program questions read <see cref="Active"/>.</remarks>
[JsonConverter(typeof(ExactEnumConverter<DateKind>))]
public enum DateKind
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

    /// <summary>Norms or rules one government issues (or publishes) on its own, instead of signing them with another.</summary>
    Issued = 12,

    /// <summary>The whole period a program ran or a role was held: the question is whether it overlaps.</summary>
    Active = 13,

    /// <summary>The period a figure counts, or the day it counts as of.</summary>
    Counted = 14,

    /// <summary>The period a person held a role (an office, a title): the question is whether it overlaps.</summary>
    Held = 15,
}
