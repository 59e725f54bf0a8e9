using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>
/// An aggregate extradition number: how many persons went from one country to another over a period
/// (or were denied, or were pending), with the qualifier the source gives and who reported it.
/// </summary>
/// <remarks>
/// Several figures may cover overlapping periods and disagree; each keeps its own citation and a
/// <see cref="Conflict"/> explains the disagreement. Equality compares every property, lists by content.
/// </remarks>
public sealed record ExtraditionFigure : ICitedRecord, IRecordContents
{
    /// <summary>Creates an extradition figure.</summary>
    /// <param name="id">The id, in the <c>extradition-figure/</c> family.</param>
    /// <param name="period">The period counted, if the source gives one.</param>
    /// <param name="asOf">The date the count stands at, for stocks such as pending requests.</param>
    /// <param name="from">The sending country.</param>
    /// <param name="to">The receiving country; differs from <paramref name="from"/>.</param>
    /// <param name="population">Whom it counts.</param>
    /// <param name="nationality">The nationality counted; required exactly when <paramref name="population"/> is <see cref="ExtraditionPopulation.Nationals"/>.</param>
    /// <param name="measure">What it measures.</param>
    /// <param name="value">The number with its qualifier.</param>
    /// <param name="reportedById">The agency or person the source attributes the number to.</param>
    /// <param name="citations">At least one quote.</param>
    /// <param name="notes">Curators' remarks, not claims.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed, or population and nationality disagree.</exception>
    [JsonConstructor]
    public ExtraditionFigure(
        string id,
        DateRange? period,
        PartialDate? asOf,
        string from,
        string to,
        ExtraditionPopulation population,
        string? nationality,
        ExtraditionMeasure measure,
        Quantity value,
        string? reportedById,
        IReadOnlyList<Citation> citations,
        string? notes = null)
    {
        Id = Guard.Id(id, RecordFamily.ExtraditionFigures, nameof(id));
        Period = period;
        AsOf = asOf;
        From = Guard.Country(from, nameof(from));
        To = Guard.Country(to, nameof(to));
        if (From == To)
        {
            throw new ArgumentException($"An extradition goes between two countries; both are {from}.", nameof(to));
        }

        Population = Guard.Defined(population, nameof(population));
        if ((population == ExtraditionPopulation.Nationals) != (nationality is not null))
        {
            throw new ArgumentException("A nationality is given exactly when the figure counts nationals.", nameof(nationality));
        }

        Nationality = nationality is null ? null : Guard.Country(nationality, nameof(nationality));
        Measure = Guard.Defined(measure, nameof(measure));
        Value = value ?? throw new ArgumentNullException(nameof(value));
        ReportedById = Guard.OptionalReference(reportedById, nameof(reportedById), RecordFamily.Agencies, RecordFamily.People);
        Citations = Guard.Citations(citations, nameof(citations));
        Notes = Guard.OptionalText(notes, nameof(notes));
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <summary>The period counted, if the source gives one.</summary>
    public DateRange? Period { get; }

    /// <summary>The date the count stands at, for stocks such as pending requests.</summary>
    public PartialDate? AsOf { get; }

    /// <summary>The sending country.</summary>
    public string From { get; }

    /// <summary>The receiving country.</summary>
    public string To { get; }

    /// <summary>Whom it counts.</summary>
    public ExtraditionPopulation Population { get; }

    /// <summary>The nationality counted, when <see cref="Population"/> is <see cref="ExtraditionPopulation.Nationals"/>.</summary>
    public string? Nationality { get; }

    /// <summary>What it measures.</summary>
    public ExtraditionMeasure Measure { get; }

    /// <summary>The number with its qualifier ("at least 136 persons").</summary>
    public Quantity Value { get; }

    /// <summary>The id of the agency or person the source attributes the number to, if any.</summary>
    [JsonPropertyName("reportedBy")]
    public string? ReportedById { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Curators' remarks; never a claim.</summary>
    public string? Notes { get; }

    /// <summary>The id, the direction, the measure, the value and the period.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Id} ({From}→{To} {Measure} {Value}{(Period is null ? "" : $", {Period}")})";

    IEnumerable<(string Path, string Id)> IRecordContents.Links() => RecordContents.Link("reportedBy", ReportedById);

    IEnumerable<(string Path, Citation Citation)> IRecordContents.AllCitations() => RecordContents.Cited(Citations);

    IReadOnlyList<string> IRecordContents.Names() => [];

    IEnumerable<(string? Text, SearchField Field)> IRecordContents.SearchTexts(Func<string, IRecord?> find) =>
        RecordContents.AsDescriptions(Nationality).Append(RecordContents.AsNotes(Notes));

    PartialDate? IRecordContents.ListedBy() => Period?.Start ?? Period?.End ?? AsOf;

    string IRecordContents.Label(Func<string, IRecord?> find) => $"{From}→{To} {Display.Name(Measure).Replace('-', ' ')}: {Value}";

    IEnumerable<TimelineDate> IRecordContents.TimelineDates() => [];
}
