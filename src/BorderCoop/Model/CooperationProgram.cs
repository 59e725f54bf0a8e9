using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>
/// A cooperation program: a vetted unit, task force, intelligence or fusion center, joint patrol, embedded
/// agents, a cross-border or aerial operation, or training, with its agencies, places, period and status.
/// </summary>
/// <remarks>
/// Outcomes are <see cref="Figure"/> records whose <see cref="Figure.ProgramId"/> points here; funding is
/// <see cref="BudgetLine"/> records with <see cref="BudgetLine.ProgramId"/>. <see cref="Status"/> is as of the
/// sources, not as of today. Equality compares every property, lists by content.
/// </remarks>
public sealed record CooperationProgram : ICitedRecord, IRecordContents
{
    /// <summary>Creates a program.</summary>
    /// <param name="id">The id, in the <c>program/</c> family.</param>
    /// <param name="name">The name the sources use.</param>
    /// <param name="aliases">Other names and acronyms.</param>
    /// <param name="kind">What kind of cooperation it is.</param>
    /// <param name="leadAgencyIds">Agencies that lead it.</param>
    /// <param name="participatingAgencyIds">Other agencies taking part.</param>
    /// <param name="countries">Countries involved (ISO 3166-1 alpha-2).</param>
    /// <param name="places">Places where it operates, as the sources name them.</param>
    /// <param name="period">When it ran, if the sources say.</param>
    /// <param name="status">Where it stood as of its sources.</param>
    /// <param name="agreementIds">Agreements it implements or stems from.</param>
    /// <param name="description">What it is, in the curators' words, built from the citations.</param>
    /// <param name="citations">At least one quote.</param>
    /// <param name="notes">Curators' remarks, not claims.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed; the parameter is named.</exception>
    [JsonConstructor]
    public CooperationProgram(
        string id,
        string name,
        IReadOnlyList<string>? aliases,
        ProgramKind kind,
        IReadOnlyList<string>? leadAgencyIds,
        IReadOnlyList<string>? participatingAgencyIds,
        IReadOnlyList<string>? countries,
        IReadOnlyList<string>? places,
        DateRange? period,
        ProgramStatus status,
        IReadOnlyList<string>? agreementIds,
        string description,
        IReadOnlyList<Citation> citations,
        string? notes = null)
    {
        Id = Guard.Id(id, RecordFamily.Programs, nameof(id));
        Name = Guard.Text(name, nameof(name));
        Aliases = Guard.Texts(aliases, nameof(aliases));
        Kind = Guard.Defined(kind, nameof(kind));
        LeadAgencyIds = Guard.References(leadAgencyIds, nameof(leadAgencyIds), RecordFamily.Agencies);
        ParticipatingAgencyIds = Guard.References(participatingAgencyIds, nameof(participatingAgencyIds), RecordFamily.Agencies);
        Countries = Guard.Countries(countries, nameof(countries));
        Places = Guard.Texts(places, nameof(places));
        Period = period;
        Status = Guard.Defined(status, nameof(status));
        AgreementIds = Guard.References(agreementIds, nameof(agreementIds), RecordFamily.Agreements);
        Description = Guard.Text(description, nameof(description));
        Citations = Guard.Citations(citations, nameof(citations));
        Notes = Guard.OptionalText(notes, nameof(notes));
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <summary>The name the sources use.</summary>
    public string Name { get; }

    /// <summary>Other names and acronyms.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>What kind of cooperation it is.</summary>
    public ProgramKind Kind { get; }

    /// <summary>The ids of the agencies that lead it.</summary>
    [JsonPropertyName("leadAgencies")]
    public IReadOnlyList<string> LeadAgencyIds { get; }

    /// <summary>The ids of the other agencies taking part.</summary>
    [JsonPropertyName("participatingAgencies")]
    public IReadOnlyList<string> ParticipatingAgencyIds { get; }

    /// <summary>Countries involved (ISO 3166-1 alpha-2).</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>Places where it operates, as the sources name them.</summary>
    public IReadOnlyList<string> Places { get; }

    /// <summary>When it ran, if the sources say; either end may be unknown or open.</summary>
    public DateRange? Period { get; }

    /// <summary>Where it stood as of its sources.</summary>
    public ProgramStatus Status { get; }

    /// <summary>The ids of agreements it implements or stems from.</summary>
    [JsonPropertyName("agreements")]
    public IReadOnlyList<string> AgreementIds { get; }

    /// <summary>What it is, in the curators' words, built from the citations.</summary>
    public string Description { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Curators' remarks; never a claim.</summary>
    public string? Notes { get; }

    /// <summary>The id and the name.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Id} ({Name})";

    IEnumerable<(string Path, string Id)> IRecordContents.Links() =>
        RecordContents.Links("leadAgencies", LeadAgencyIds)
            .Concat(RecordContents.Links("participatingAgencies", ParticipatingAgencyIds))
            .Concat(RecordContents.Links("agreements", AgreementIds));

    IEnumerable<(string Path, Citation Citation)> IRecordContents.AllCitations() => RecordContents.Cited(Citations);

    IReadOnlyList<string> IRecordContents.Names() => [Name, .. Aliases];

    IEnumerable<(string? Text, SearchField Field)> IRecordContents.SearchTexts(Func<string, IRecord?> find) =>
        RecordContents.AsNames(((IRecordContents)this).Names())
            .Concat(RecordContents.AsDescriptions([Description, .. Places]))
            .Append(RecordContents.AsNotes(Notes));

    PartialDate? IRecordContents.ListedBy() => Period?.Start ?? Period?.End;

    string IRecordContents.Label(Func<string, IRecord?> find) => Name;

    IEnumerable<TimelineDate> IRecordContents.TimelineDates() =>
        [new(Period?.Start, DateKind.Started, "started"), .. Period is { IsSingleDate: false } ? [new TimelineDate(Period.End, DateKind.Ended, "ended")] : Array.Empty<TimelineDate>()];
}
