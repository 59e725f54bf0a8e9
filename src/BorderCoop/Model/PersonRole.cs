using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>A position a person held, with the agency or organisation, the period when known, and citations.</summary>
/// <remarks>Equality compares every property, lists by content.</remarks>
public sealed record PersonRole
{
    /// <summary>Creates a role.</summary>
    /// <param name="title">The position ("Secretary of Public Security").</param>
    /// <param name="agencyId">The agency, when the role belongs to one in the dataset.</param>
    /// <param name="organization">The organisation in free text, when it is not an agency of the dataset.</param>
    /// <param name="period">When the person held the role, if the sources say.</param>
    /// <param name="citations">At least one quote that states the role.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed; the parameter is named.</exception>
    [JsonConstructor]
    public PersonRole(string title, string? agencyId, string? organization, DateRange? period, IReadOnlyList<Citation> citations)
    {
        Title = Guard.Text(title, nameof(title));
        AgencyId = Guard.OptionalReference(agencyId, nameof(agencyId), RecordFamily.Agencies);
        Organization = Guard.OptionalText(organization, nameof(organization));
        Period = period;
        Citations = Guard.Citations(citations, nameof(citations));
    }

    /// <summary>The position held.</summary>
    public string Title { get; }

    /// <summary>The id of the agency, when the role belongs to one in the dataset.</summary>
    [JsonPropertyName("agency")]
    public string? AgencyId { get; }

    /// <summary>The organisation in free text, when it is not an agency of the dataset.</summary>
    public string? Organization { get; }

    /// <summary>When the role was held, if the sources say.</summary>
    public DateRange? Period { get; }

    /// <summary>The quotes that state the role.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The title, the organisation and the period.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Title}{(AgencyId ?? Organization) switch { null => "", var o => $", {o}" }}{(Period is null ? "" : $" ({Period})")}";
}
