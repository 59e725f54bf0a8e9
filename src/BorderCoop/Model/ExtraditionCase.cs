using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>
/// One person sent, or to be sent, from one country to another: how (extradition, expulsion or
/// deportation), when (arrest, request, grant, surrender) and with what outcome.
/// </summary>
/// <remarks>
/// When sources call the same act by different names (deported, expelled, extradited), <see cref="Mechanism"/>
/// holds the legal route the sources state most precisely and a <see cref="Conflict"/> keeps every version.
/// Equality compares every property, lists by content.
/// </remarks>
public sealed record ExtraditionCase : ICitedRecord, IRecordContents
{
    /// <summary>Creates an extradition case.</summary>
    /// <param name="id">The id, in the <c>extradition-case/</c> family.</param>
    /// <param name="personId">The person.</param>
    /// <param name="from">The country that holds the person (ISO 3166-1 alpha-2).</param>
    /// <param name="to">The country that asks for the person; differs from <paramref name="from"/>.</param>
    /// <param name="mechanism">The legal route.</param>
    /// <param name="arrested">When the person was arrested.</param>
    /// <param name="arrestPlace">Where the person was arrested.</param>
    /// <param name="requested">When the surrender was requested.</param>
    /// <param name="granted">When it was granted.</param>
    /// <param name="surrendered">When the person was handed over; not before the arrest or the grant.</param>
    /// <param name="outcome">How it ended as of the sources.</param>
    /// <param name="charges">The charges, as short phrases.</param>
    /// <param name="organization">The criminal organisation the person is tied to, in free text.</param>
    /// <param name="agencyIds">Agencies involved.</param>
    /// <param name="citations">At least one quote.</param>
    /// <param name="notes">Curators' remarks, not claims.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed, the two countries are the same, or the dates are out of order.</exception>
    [JsonConstructor]
    public ExtraditionCase(
        string id,
        string personId,
        string from,
        string to,
        ExtraditionMechanism mechanism,
        PartialDate? arrested,
        string? arrestPlace,
        PartialDate? requested,
        PartialDate? granted,
        PartialDate? surrendered,
        ExtraditionOutcome outcome,
        IReadOnlyList<string>? charges,
        string? organization,
        IReadOnlyList<string>? agencyIds,
        IReadOnlyList<Citation> citations,
        string? notes = null)
    {
        Id = Guard.Id(id, RecordFamily.ExtraditionCases, nameof(id));
        PersonId = Guard.Id(personId, RecordFamily.People, nameof(personId));
        From = Guard.Country(from, nameof(from));
        To = Guard.Country(to, nameof(to));
        if (From == To)
        {
            throw new ArgumentException($"An extradition goes between two countries; both are {from}.", nameof(to));
        }

        Mechanism = Guard.Defined(mechanism, nameof(mechanism));
        Guard.NotBefore(surrendered, arrested, nameof(surrendered), "A person cannot be surrendered before the arrest");
        Guard.NotBefore(surrendered, granted, nameof(surrendered), "A person cannot be surrendered before the surrender is granted");
        Arrested = arrested;
        ArrestPlace = Guard.OptionalText(arrestPlace, nameof(arrestPlace));
        Requested = requested;
        Granted = granted;
        Surrendered = surrendered;
        Outcome = Guard.Defined(outcome, nameof(outcome));
        Charges = Guard.Texts(charges, nameof(charges));
        Organization = Guard.OptionalText(organization, nameof(organization));
        AgencyIds = Guard.References(agencyIds, nameof(agencyIds), RecordFamily.Agencies);
        Citations = Guard.Citations(citations, nameof(citations));
        Notes = Guard.OptionalText(notes, nameof(notes));
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <summary>The id of the person.</summary>
    [JsonPropertyName("person")]
    public string PersonId { get; }

    /// <summary>The country that holds the person.</summary>
    public string From { get; }

    /// <summary>The country that receives the person.</summary>
    public string To { get; }

    /// <summary>The legal route.</summary>
    public ExtraditionMechanism Mechanism { get; }

    /// <summary>When the person was arrested, if the sources say.</summary>
    public PartialDate? Arrested { get; }

    /// <summary>Where the person was arrested, if the sources say.</summary>
    public string? ArrestPlace { get; }

    /// <summary>When the surrender was requested, if the sources say.</summary>
    public PartialDate? Requested { get; }

    /// <summary>When the surrender was granted, if the sources say.</summary>
    public PartialDate? Granted { get; }

    /// <summary>When the person was handed over, if the sources say.</summary>
    public PartialDate? Surrendered { get; }

    /// <summary>How the case stood as of the sources.</summary>
    public ExtraditionOutcome Outcome { get; }

    /// <summary>The charges, as short phrases.</summary>
    public IReadOnlyList<string> Charges { get; }

    /// <summary>The criminal organisation, in free text, if the sources name one.</summary>
    public string? Organization { get; }

    /// <summary>The ids of the agencies involved.</summary>
    [JsonPropertyName("agencies")]
    public IReadOnlyList<string> AgencyIds { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Curators' remarks; never a claim.</summary>
    public string? Notes { get; }

    /// <summary>The id, the person, the direction and the outcome.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Id} ({PersonId}, {From}→{To}, {Mechanism}, {Outcome})";

    IEnumerable<(string Path, string Id)> IRecordContents.Links() =>
        RecordContents.Link("person", PersonId).Concat(RecordContents.Links("agencies", AgencyIds));

    IEnumerable<(string Path, Citation Citation)> IRecordContents.AllCitations() => RecordContents.Cited(Citations);

    IReadOnlyList<string> IRecordContents.Names() => [];

    IEnumerable<(string? Text, SearchField Field)> IRecordContents.SearchTexts(Func<string, IRecord?> find) =>
        RecordContents.AsNames(find(PersonId) is IRecordContents person ? person.Names() : [])
            .Concat(RecordContents.AsDescriptions([.. Charges, Organization, ArrestPlace]))
            .Append(RecordContents.AsNotes(Notes));

    PartialDate? IRecordContents.ListedBy() => Arrested ?? Requested ?? Granted ?? Surrendered;

    string IRecordContents.Label(Func<string, IRecord?> find) => $"{(find(PersonId) as Person)?.Name ?? PersonId} ({From}→{To})";

    IEnumerable<TimelineDate> IRecordContents.TimelineDates() =>
    [
        new(Arrested, DateKind.Arrested, "arrested"), new(Requested, DateKind.Requested, "requested"),
        new(Granted, DateKind.Granted, "granted"), new(Surrendered, DateKind.Surrendered, "surrendered"),
    ];
}
