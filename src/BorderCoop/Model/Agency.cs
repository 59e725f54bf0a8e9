using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>A government body, with its official names and acronyms in English and Spanish.</summary>
/// <remarks>
/// Names and acronyms are reference labels and carry no citations; what an agency did is recorded in the
/// claim records that name it. <see cref="Aliases"/> keeps the other names the sources use, mistakes
/// included ("Drug Enforcement Agency"), so lookups find them. Equality compares every property, lists by content.
/// </remarks>
public sealed record Agency : IRecord, IRecordContents
{
    /// <summary>Creates an agency.</summary>
    /// <param name="id">The id, in the <c>agency/</c> family.</param>
    /// <param name="country">The ISO 3166-1 alpha-2 country, or null for an international body.</param>
    /// <param name="englishName">The official English name.</param>
    /// <param name="spanishName">The official Spanish name, when it has one.</param>
    /// <param name="englishAcronyms">English acronyms ("DEA").</param>
    /// <param name="spanishAcronyms">Spanish acronyms ("PGR").</param>
    /// <param name="aliases">Other names the sources use.</param>
    /// <param name="kind">What the agency does.</param>
    /// <param name="parentId">The agency it belongs to, if any.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed; the parameter is named.</exception>
    [JsonConstructor]
    public Agency(
        string id,
        string? country,
        string englishName,
        string? spanishName,
        IReadOnlyList<string>? englishAcronyms,
        IReadOnlyList<string>? spanishAcronyms,
        IReadOnlyList<string>? aliases,
        AgencyKind kind,
        string? parentId)
    {
        Id = Guard.Id(id, RecordFamily.Agencies, nameof(id));
        Country = country is null ? null : Guard.Country(country, nameof(country));
        EnglishName = Guard.Text(englishName, nameof(englishName));
        SpanishName = Guard.OptionalText(spanishName, nameof(spanishName));
        EnglishAcronyms = Guard.Texts(englishAcronyms, nameof(englishAcronyms));
        SpanishAcronyms = Guard.Texts(spanishAcronyms, nameof(spanishAcronyms));
        Aliases = Guard.Texts(aliases, nameof(aliases));
        Kind = Guard.Defined(kind, nameof(kind));
        ParentId = Guard.OptionalReference(parentId, nameof(parentId), RecordFamily.Agencies);
        if (ParentId == Id)
        {
            throw new ArgumentException("An agency cannot be its own parent.", nameof(parentId));
        }
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <summary>The ISO 3166-1 alpha-2 country code, or <see langword="null"/> for an international body.</summary>
    public string? Country { get; }

    /// <summary>The official English name.</summary>
    public string EnglishName { get; }

    /// <summary>The official Spanish name, when it has one.</summary>
    public string? SpanishName { get; }

    /// <summary>English acronyms, such as "DEA".</summary>
    public IReadOnlyList<string> EnglishAcronyms { get; }

    /// <summary>Spanish acronyms, such as "PGR".</summary>
    public IReadOnlyList<string> SpanishAcronyms { get; }

    /// <summary>Other names the sources use, including their mistakes.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>What the agency does.</summary>
    public AgencyKind Kind { get; }

    /// <summary>The id of the agency this one belongs to, if any.</summary>
    [JsonPropertyName("parent")]
    public string? ParentId { get; }

    /// <summary>The id and the English name.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Id} ({EnglishName})";

    IEnumerable<(string Path, string Id)> IRecordContents.Links() => RecordContents.Link("parent", ParentId);

    IEnumerable<(string Path, Citation Citation)> IRecordContents.AllCitations() => [];

    IReadOnlyList<string> IRecordContents.Names() =>
        [EnglishName, .. RecordContents.OneOrNone(SpanishName), .. EnglishAcronyms, .. SpanishAcronyms, .. Aliases];

    IEnumerable<(string? Text, SearchField Field)> IRecordContents.SearchTexts(Func<string, IRecord?> find) =>
        RecordContents.AsNames(((IRecordContents)this).Names());

    PartialDate? IRecordContents.ListedBy() => null;

    string IRecordContents.Label(Func<string, IRecord?> find) => EnglishAcronyms.Count > 0 ? $"{EnglishName} ({EnglishAcronyms[0]})" : EnglishName;

    IEnumerable<TimelineDate> IRecordContents.TimelineDates() => [];
}
