using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>
/// Any statistic other than extraditions and money lines: deaths, seizures, convictions, counts of teams
/// or troops, with its unit, qualifier, and the period or date it stands for.
/// </summary>
/// <remarks>A figure has at most one of <see cref="Period"/> and <see cref="AsOf"/>. Equality compares every property, lists by content.</remarks>
public sealed record Figure : ICitedRecord, IRecordContents
{
    /// <summary>Creates a figure.</summary>
    /// <param name="id">The id, in the <c>figure/</c> family.</param>
    /// <param name="measure">What is counted, as a short phrase ("people killed in drug-related violence").</param>
    /// <param name="subject">Of what or where, when not clear from the measure.</param>
    /// <param name="value">The number with qualifier and unit.</param>
    /// <param name="period">The period counted.</param>
    /// <param name="asOf">The date the count stands at; exclusive with <paramref name="period"/>.</param>
    /// <param name="place">Where, as the source names it.</param>
    /// <param name="programId">The program whose outcome this is.</param>
    /// <param name="agencyIds">Agencies it concerns.</param>
    /// <param name="reportedById">The agency or person the source attributes it to.</param>
    /// <param name="citations">At least one quote.</param>
    /// <param name="notes">Curators' remarks, not claims.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed, or both a period and an as-of date are given.</exception>
    [JsonConstructor]
    public Figure(
        string id,
        string measure,
        string? subject,
        Quantity value,
        DateRange? period,
        PartialDate? asOf,
        string? place,
        string? programId,
        IReadOnlyList<string>? agencyIds,
        string? reportedById,
        IReadOnlyList<Citation> citations,
        string? notes = null)
    {
        Id = Guard.Id(id, RecordFamily.Figures, nameof(id));
        Measure = Guard.Text(measure, nameof(measure));
        Subject = Guard.OptionalText(subject, nameof(subject));
        Value = value ?? throw new ArgumentNullException(nameof(value));
        if (period is not null && asOf is not null)
        {
            throw new ArgumentException("A figure has a period or an as-of date, not both.", nameof(asOf));
        }

        Period = period;
        AsOf = asOf;
        Place = Guard.OptionalText(place, nameof(place));
        ProgramId = Guard.OptionalReference(programId, nameof(programId), RecordFamily.Programs);
        AgencyIds = Guard.References(agencyIds, nameof(agencyIds), RecordFamily.Agencies);
        ReportedById = Guard.OptionalReference(reportedById, nameof(reportedById), RecordFamily.Agencies, RecordFamily.People);
        Citations = Guard.Citations(citations, nameof(citations));
        Notes = Guard.OptionalText(notes, nameof(notes));
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <summary>What is counted.</summary>
    public string Measure { get; }

    /// <summary>Of what or where, when not clear from the measure.</summary>
    public string? Subject { get; }

    /// <summary>The number with qualifier and unit.</summary>
    public Quantity Value { get; }

    /// <summary>The period counted, if the source gives one.</summary>
    public DateRange? Period { get; }

    /// <summary>The date the count stands at, if the source gives one.</summary>
    public PartialDate? AsOf { get; }

    /// <summary>Where, as the source names it.</summary>
    public string? Place { get; }

    /// <summary>The id of the program whose outcome this is, if any.</summary>
    [JsonPropertyName("program")]
    public string? ProgramId { get; }

    /// <summary>The ids of the agencies it concerns.</summary>
    [JsonPropertyName("agencies")]
    public IReadOnlyList<string> AgencyIds { get; }

    /// <summary>The id of the agency or person the source attributes it to, if any.</summary>
    [JsonPropertyName("reportedBy")]
    public string? ReportedById { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Curators' remarks; never a claim.</summary>
    public string? Notes { get; }

    /// <summary>The id, the measure and the value.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Id} ({Measure}: {Value})";

    IEnumerable<(string Path, string Id)> IRecordContents.Links() =>
        RecordContents.Link("program", ProgramId)
            .Concat(RecordContents.Links("agencies", AgencyIds))
            .Concat(RecordContents.Link("reportedBy", ReportedById));

    IEnumerable<(string Path, Citation Citation)> IRecordContents.AllCitations() => RecordContents.Cited(Citations);

    IReadOnlyList<string> IRecordContents.Names() => [];

    IEnumerable<(string? Text, SearchField Field)> IRecordContents.SearchTexts(Func<string, IRecord?> find) =>
        RecordContents.AsNames([Measure])
            .Concat(RecordContents.AsDescriptions(Subject, Place))
            .Append(RecordContents.AsNotes(Notes));

    PartialDate? IRecordContents.ListedBy() => Period?.Start ?? Period?.End ?? AsOf;

    string IRecordContents.Label(Func<string, IRecord?> find) => Subject is null ? $"{Measure}: {Value}" : $"{Measure} ({Subject}): {Value}";

    IEnumerable<TimelineDate> IRecordContents.TimelineDates() => [];
}
