using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>A dated happening: a meeting, arrest, killing, court ruling, announcement, signing or visit.</summary>
/// <remarks>
/// <see cref="Date"/> is null when the sources give no date (a note then says what they do give, such as
/// "18 February" without a year). Equality compares every property, lists by content.
/// </remarks>
public sealed record Event : ICitedRecord, IRecordContents
{
    /// <summary>Creates an event.</summary>
    /// <param name="id">The id, in the <c>event/</c> family.</param>
    /// <param name="date">When it happened, at the precision the sources give.</param>
    /// <param name="kind">What kind of happening it is.</param>
    /// <param name="title">A short title.</param>
    /// <param name="description">What happened, in the curators' words, built from the citations.</param>
    /// <param name="place">Where, as the sources name it.</param>
    /// <param name="participantIds">People who took part.</param>
    /// <param name="agencyIds">Agencies that took part.</param>
    /// <param name="relatedIds">Other records it concerns (agreements, programs, cases).</param>
    /// <param name="citations">At least one quote.</param>
    /// <param name="afterId">The record the sources say this event came after, or null.</param>
    /// <param name="notes">Curators' remarks, not claims.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed; the parameter is named.</exception>
    [JsonConstructor]
    public Event(
        string id,
        PartialDate? date,
        EventKind kind,
        string title,
        string description,
        string? place,
        IReadOnlyList<string>? participantIds,
        IReadOnlyList<string>? agencyIds,
        IReadOnlyList<string>? relatedIds,
        IReadOnlyList<Citation> citations,
        string? notes = null,
        string? afterId = null)
    {
        Id = Guard.Id(id, RecordFamily.Events, nameof(id));
        AfterId = Guard.OptionalReference(afterId, nameof(afterId));
        if (AfterId == Id)
        {
            throw new ArgumentException("An event cannot come after itself.", nameof(afterId));
        }

        Date = date;
        Kind = Guard.Defined(kind, nameof(kind));
        Title = Guard.Text(title, nameof(title));
        Description = Guard.Text(description, nameof(description));
        Place = Guard.OptionalText(place, nameof(place));
        ParticipantIds = Guard.References(participantIds, nameof(participantIds), RecordFamily.People);
        AgencyIds = Guard.References(agencyIds, nameof(agencyIds), RecordFamily.Agencies);
        RelatedIds = Guard.References(relatedIds, nameof(relatedIds));
        if (RelatedIds.Contains(Id))
        {
            throw new ArgumentException("An event cannot relate to itself.", nameof(relatedIds));
        }

        Citations = Guard.Citations(citations, nameof(citations));
        Notes = Guard.OptionalText(notes, nameof(notes));
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <summary>When it happened, or <see langword="null"/> when the sources give no usable date.</summary>
    public PartialDate? Date { get; }

    /// <summary>What kind of happening it is.</summary>
    public EventKind Kind { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>What happened, in the curators' words, built from the citations.</summary>
    public string Description { get; }

    /// <summary>Where, as the sources name it.</summary>
    public string? Place { get; }

    /// <summary>The ids of the people who took part.</summary>
    [JsonPropertyName("participants")]
    public IReadOnlyList<string> ParticipantIds { get; }

    /// <summary>The ids of the agencies that took part.</summary>
    [JsonPropertyName("agencies")]
    public IReadOnlyList<string> AgencyIds { get; }

    /// <summary>The ids of other records it concerns.</summary>
    [JsonPropertyName("related")]
    public IReadOnlyList<string> RelatedIds { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Curators' remarks; never a claim.</summary>
    public string? Notes { get; }

    /// <summary>
    /// The record this event came after, as the sources state ("a few days later", "at the end of that same year"), or
    /// null. The timeline lists the event after every entry of that record, whatever the precision of the dates.
    /// </summary>
    [JsonPropertyName("after")]
    public string? AfterId { get; }

    /// <summary>The id, the date and the title.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Id} ({Date?.ToString() ?? "undated"}: {Title})";

    IEnumerable<(string Path, string Id)> IRecordContents.Links() =>
        RecordContents.Links("participants", ParticipantIds)
            .Concat(RecordContents.Links("agencies", AgencyIds))
            .Concat(RecordContents.Links("related", RelatedIds))
            .Concat(RecordContents.Link("after", AfterId));

    IEnumerable<(string Path, Citation Citation)> IRecordContents.AllCitations() => RecordContents.Cited(Citations);

    IReadOnlyList<string> IRecordContents.Names() => [Title];

    IEnumerable<(string? Text, SearchField Field)> IRecordContents.SearchTexts(Func<string, IRecord?> find) =>
        RecordContents.AsNames([Title])
            .Concat(RecordContents.AsDescriptions(Description, Place))
            .Append(RecordContents.AsNotes(Notes));

    PartialDate? IRecordContents.ListedBy() => Date;

    string IRecordContents.Label(Func<string, IRecord?> find) => Title;

    IEnumerable<TimelineDate> IRecordContents.TimelineDates() => [new(Date, DateKind.Event, Display.Name(Kind))];
}
