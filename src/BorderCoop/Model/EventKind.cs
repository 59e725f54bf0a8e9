using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>What kind of happening an <see cref="Event"/> is.</summary>
[JsonConverter(typeof(ExactEnumConverter<EventKind>))]
public enum EventKind
{
    /// <summary>Anything not listed below.</summary>
    Other = 0,

    /// <summary>A meeting of officials.</summary>
    Meeting = 1,

    /// <summary>An arrest.</summary>
    Arrest = 2,

    /// <summary>A killing or a massacre.</summary>
    Killing = 3,

    /// <summary>A court ruling.</summary>
    CourtRuling = 4,

    /// <summary>A public announcement or promise.</summary>
    Announcement = 5,

    /// <summary>The signing of an agreement.</summary>
    Signing = 6,

    /// <summary>Testimony before a legislature.</summary>
    Testimony = 7,

    /// <summary>An extradition, expulsion or deportation.</summary>
    Extradition = 8,

    /// <summary>A law-enforcement or military operation.</summary>
    Operation = 9,

    /// <summary>The creation of an agency, unit or program.</summary>
    Founding = 10,

    /// <summary>The publication of a report.</summary>
    Report = 11,

    /// <summary>An election.</summary>
    Election = 12,

    /// <summary>An official visit.</summary>
    Visit = 13,

    /// <summary>A seizure of drugs, arms or money.</summary>
    Seizure = 14,
}
