using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>
/// A treaty, memorandum, agreement, declaration, strategy, set of norms, initiative or joint statement,
/// with its parties, dates and provisions as the sources state them.
/// </summary>
/// <remarks>
/// Dates are partial: an agreement "signed in 1989" has <see cref="Signed"/> with year precision, and null
/// when the sources give no date. Equality compares every property, lists by content.
/// </remarks>
public sealed record Agreement : ICitedRecord, IRecordContents
{
    /// <summary>Creates an agreement.</summary>
    /// <param name="id">The id, in the <c>agreement/</c> family.</param>
    /// <param name="title">The title as the sources give it (in English where they do).</param>
    /// <param name="aliases">Other titles, such as the Spanish title.</param>
    /// <param name="kind">The legal or political form.</param>
    /// <param name="parties">The countries party to it (ISO 3166-1 alpha-2).</param>
    /// <param name="partyAgencyIds">Agencies party to it, when it was made at agency level.</param>
    /// <param name="signatoryIds">People who signed it.</param>
    /// <param name="signed">When it was signed or launched.</param>
    /// <param name="inForce">When it entered into force.</param>
    /// <param name="venue">Where it was signed or launched.</param>
    /// <param name="provisions">Areas or provisions the sources list, as short phrases.</param>
    /// <param name="relations">Links to other agreements.</param>
    /// <param name="description">What it is, in the curators' words, built from the citations.</param>
    /// <param name="citations">At least one quote.</param>
    /// <param name="notes">Curators' remarks, not claims.</param>
    /// <param name="issued">When one government issued or published the norms on its own (for regulations).</param>
    /// <exception cref="ArgumentException">A value is missing or malformed, or it enters into force before it is signed.</exception>
    [JsonConstructor]
    public Agreement(
        string id,
        string title,
        IReadOnlyList<string>? aliases,
        AgreementKind kind,
        IReadOnlyList<string>? parties,
        IReadOnlyList<string>? partyAgencyIds,
        IReadOnlyList<string>? signatoryIds,
        PartialDate? signed,
        PartialDate? inForce,
        string? venue,
        IReadOnlyList<string>? provisions,
        IReadOnlyList<AgreementRelation>? relations,
        string description,
        IReadOnlyList<Citation> citations,
        string? notes = null,
        PartialDate? issued = null)
    {
        Id = Guard.Id(id, RecordFamily.Agreements, nameof(id));
        Title = Guard.Text(title, nameof(title));
        Aliases = Guard.Texts(aliases, nameof(aliases));
        Kind = Guard.Defined(kind, nameof(kind));
        Parties = Guard.Countries(parties, nameof(parties));
        PartyAgencyIds = Guard.References(partyAgencyIds, nameof(partyAgencyIds), RecordFamily.Agencies);
        SignatoryIds = Guard.References(signatoryIds, nameof(signatoryIds), RecordFamily.People);
        Guard.NotBefore(inForce, signed, nameof(inForce), "An agreement cannot enter into force before it is signed");
        Guard.NotBefore(inForce, issued, nameof(inForce), "Norms cannot enter into force before they are issued");
        Signed = signed;
        Issued = issued;
        InForce = inForce;
        Venue = Guard.OptionalText(venue, nameof(venue));
        Provisions = Guard.Texts(provisions, nameof(provisions));
        Relations = Guard.Items(relations, nameof(relations));
        if (Relations.Any(r => r.TargetId == id))
        {
            throw new ArgumentException("An agreement cannot relate to itself.", nameof(relations));
        }

        Description = Guard.Text(description, nameof(description));
        Citations = Guard.Citations(citations, nameof(citations));
        Notes = Guard.OptionalText(notes, nameof(notes));
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <summary>The title as the sources give it.</summary>
    public string Title { get; }

    /// <summary>Other titles, such as the Spanish title a source gives.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The legal or political form.</summary>
    public AgreementKind Kind { get; }

    /// <summary>The countries party to it (ISO 3166-1 alpha-2); one country for norms issued by one side.</summary>
    public IReadOnlyList<string> Parties { get; }

    /// <summary>The ids of agencies party to it, when it was made at agency level.</summary>
    [JsonPropertyName("partyAgencies")]
    public IReadOnlyList<string> PartyAgencyIds { get; }

    /// <summary>The ids of the people who signed it.</summary>
    [JsonPropertyName("signatories")]
    public IReadOnlyList<string> SignatoryIds { get; }

    /// <summary>When it was signed, issued or launched; <see langword="null"/> when the sources give no date.</summary>
    public PartialDate? Signed { get; }

    /// <summary>When one government issued (or published) the norms on its own, instead of signing them with another; null when not given.</summary>
    /// <remarks>Set for regulations and norms (<see cref="AgreementKind.Regulation"/>); queries about signing read it as the
    /// date of <see cref="DateKind.Issued"/> when <see cref="Signed"/> is not given.</remarks>
    public PartialDate? Issued { get; }

    /// <summary>When it entered into force; <see langword="null"/> when the sources do not say.</summary>
    public PartialDate? InForce { get; }

    /// <summary>Where it was signed or launched, when the sources say.</summary>
    public string? Venue { get; }

    /// <summary>Areas or provisions the sources list.</summary>
    public IReadOnlyList<string> Provisions { get; }

    /// <summary>Links to other agreements.</summary>
    public IReadOnlyList<AgreementRelation> Relations { get; }

    /// <summary>What it is, in the curators' words, built from the citations.</summary>
    public string Description { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Curators' remarks; never a claim.</summary>
    public string? Notes { get; }

    /// <summary>The id, the title and the signing date when known.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => Signed is null ? $"{Id} ({Title})" : $"{Id} ({Title}, {Signed})";

    IEnumerable<(string Path, string Id)> IRecordContents.Links() =>
        RecordContents.Links("partyAgencies", PartyAgencyIds)
            .Concat(RecordContents.Links("signatories", SignatoryIds))
            .Concat(Relations.Select((r, i) => ($"relations[{i}].target", r.TargetId)));

    IEnumerable<(string Path, Citation Citation)> IRecordContents.AllCitations() => RecordContents.Cited(Citations);

    IReadOnlyList<string> IRecordContents.Names() => [Title, .. Aliases];

    IEnumerable<(string? Text, SearchField Field)> IRecordContents.SearchTexts(Func<string, IRecord?> find) =>
        RecordContents.AsNames(((IRecordContents)this).Names())
            .Concat(RecordContents.AsDescriptions([Description, Venue, .. Provisions]))
            .Append(RecordContents.AsNotes(Notes));

    PartialDate? IRecordContents.ListedBy() => Signed ?? Issued ?? InForce;

    string IRecordContents.Label(Func<string, IRecord?> find) => Title;

    IEnumerable<TimelineDate> IRecordContents.TimelineDates() =>
        [new(Signed, DateKind.Signed, "signed"), new(Issued, DateKind.Issued, "issued"), new(InForce, DateKind.InForce, "in force")];
}
