using System.Text.Json.Serialization;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>Which kinds of text of a record a full-text search matched; several can be set at once.</summary>
[Flags]
[JsonConverter(typeof(ExactEnumConverter<SearchField>))]
public enum SearchField
{
    /// <summary>No field (not used in results).</summary>
    None = 0,

    /// <summary>A name, title, acronym or alias, such as an agency's Spanish name or a person's surname.</summary>
    Name = 1,

    /// <summary>A description, explanation, provision, charge, place or other descriptive text.</summary>
    Description = 2,

    /// <summary>A verbatim quote from a source.</summary>
    Quote = 4,

    /// <summary>The curators' notes on a record.</summary>
    Notes = 8,
}
