using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>
/// An amount of money appropriated, budgeted, requested or reported as assistance, for a fiscal year or a
/// calendar span, with who funds it and who receives it.
/// </summary>
/// <remarks>
/// A line has exactly one of <see cref="FiscalYear"/> (U.S. federal fiscal year) and <see cref="Period"/>
/// (a calendar span such as 2000–2007). Lines at different <see cref="Stage"/>s must never be added together.
/// Equality compares every property, lists by content.
/// </remarks>
public sealed record BudgetLine : ICitedRecord, IRecordContents
{
    /// <summary>Creates a budget line.</summary>
    /// <param name="id">The id, in the <c>budget-line/</c> family.</param>
    /// <param name="programId">The program funded, if the line is for one.</param>
    /// <param name="description">What the money is for, in the curators' words.</param>
    /// <param name="funderId">The agency that provides or appropriates it.</param>
    /// <param name="recipientCountries">Countries that receive it (ISO 3166-1 alpha-2).</param>
    /// <param name="recipientAgencyIds">Agencies that receive it.</param>
    /// <param name="fiscalYear">The U.S. fiscal year; exclusive with <paramref name="period"/>.</param>
    /// <param name="period">The calendar span; exclusive with <paramref name="fiscalYear"/>.</param>
    /// <param name="amount">The amount; never negative.</param>
    /// <param name="stage">The budget stage.</param>
    /// <param name="qualifiers">Qualifiers such as "non-personnel".</param>
    /// <param name="reportedById">The agency or person the source attributes the figure to.</param>
    /// <param name="citations">At least one quote.</param>
    /// <param name="notes">Curators' remarks, not claims.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed, or not exactly one of fiscal year and period is given.</exception>
    [JsonConstructor]
    public BudgetLine(
        string id,
        string? programId,
        string description,
        string? funderId,
        IReadOnlyList<string>? recipientCountries,
        IReadOnlyList<string>? recipientAgencyIds,
        FiscalYear? fiscalYear,
        DateRange? period,
        Money amount,
        BudgetStage stage,
        IReadOnlyList<string>? qualifiers,
        string? reportedById,
        IReadOnlyList<Citation> citations,
        string? notes = null)
    {
        Id = Guard.Id(id, RecordFamily.BudgetLines, nameof(id));
        ProgramId = Guard.OptionalReference(programId, nameof(programId), RecordFamily.Programs);
        Description = Guard.Text(description, nameof(description));
        FunderId = Guard.OptionalReference(funderId, nameof(funderId), RecordFamily.Agencies);
        RecipientCountries = Guard.Countries(recipientCountries, nameof(recipientCountries));
        RecipientAgencyIds = Guard.References(recipientAgencyIds, nameof(recipientAgencyIds), RecordFamily.Agencies);
        if ((fiscalYear is null) == (period is null))
        {
            throw new ArgumentException("A budget line has exactly one of a fiscal year and a calendar period.", nameof(period));
        }

        FiscalYear = fiscalYear;
        Period = period;
        Amount = amount ?? throw new ArgumentNullException(nameof(amount));
        Stage = Guard.Defined(stage, nameof(stage));
        Qualifiers = Guard.Texts(qualifiers, nameof(qualifiers));
        ReportedById = Guard.OptionalReference(reportedById, nameof(reportedById), RecordFamily.Agencies, RecordFamily.People);
        Citations = Guard.Citations(citations, nameof(citations));
        Notes = Guard.OptionalText(notes, nameof(notes));
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <summary>The id of the program funded, if the line is for one.</summary>
    [JsonPropertyName("program")]
    public string? ProgramId { get; }

    /// <summary>What the money is for, in the curators' words.</summary>
    public string Description { get; }

    /// <summary>The id of the agency that provides or appropriates it, if the sources say.</summary>
    [JsonPropertyName("funder")]
    public string? FunderId { get; }

    /// <summary>Countries that receive it.</summary>
    public IReadOnlyList<string> RecipientCountries { get; }

    /// <summary>The ids of agencies that receive it.</summary>
    [JsonPropertyName("recipientAgencies")]
    public IReadOnlyList<string> RecipientAgencyIds { get; }

    /// <summary>The U.S. federal fiscal year, or <see langword="null"/> when the line covers a calendar <see cref="Period"/>.</summary>
    public FiscalYear? FiscalYear { get; }

    /// <summary>The calendar span, or <see langword="null"/> when the line is for a <see cref="FiscalYear"/>.</summary>
    public DateRange? Period { get; }

    /// <summary>The amount.</summary>
    public Money Amount { get; }

    /// <summary>The budget stage; never add lines of different stages.</summary>
    public BudgetStage Stage { get; }

    /// <summary>Qualifiers such as "non-personnel".</summary>
    public IReadOnlyList<string> Qualifiers { get; }

    /// <summary>The id of the agency or person the source attributes the figure to, if any.</summary>
    [JsonPropertyName("reportedBy")]
    public string? ReportedById { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Curators' remarks; never a claim.</summary>
    public string? Notes { get; }

    /// <summary>The id, the amount, the stage and the year or span.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Id} ({Amount} {Stage}, {(object?)FiscalYear ?? Period})";

    IEnumerable<(string Path, string Id)> IRecordContents.Links() =>
        RecordContents.Link("program", ProgramId)
            .Concat(RecordContents.Link("funder", FunderId))
            .Concat(RecordContents.Links("recipientAgencies", RecipientAgencyIds))
            .Concat(RecordContents.Link("reportedBy", ReportedById));

    IEnumerable<(string Path, Citation Citation)> IRecordContents.AllCitations() => RecordContents.Cited(Citations);

    IReadOnlyList<string> IRecordContents.Names() => [];

    IEnumerable<(string? Text, SearchField Field)> IRecordContents.SearchTexts(Func<string, IRecord?> find) =>
        RecordContents.AsDescriptions([Description, .. Qualifiers]).Append(RecordContents.AsNotes(Notes));

    PartialDate? IRecordContents.ListedBy() =>
        FiscalYear is { } year ? PartialDate.FromLocalDate(year.Start) : Period?.Start ?? Period?.End;

    string IRecordContents.Label(Func<string, IRecord?> find) => Description;

    IEnumerable<TimelineDate> IRecordContents.TimelineDates() => [];
}
