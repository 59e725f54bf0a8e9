using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>A person the sources name: an official, a suspect, an author or an expert, with roles over time.</summary>
/// <remarks>
/// <see cref="Name"/> keeps accents as the person writes the name; <see cref="Aliases"/> holds accent-free
/// spellings and the forms the sources use, so "Calderon" finds Calderón. Equality compares every property,
/// lists by content.
/// </remarks>
public sealed record Person : ICitedRecord, IRecordContents
{
    /// <summary>Creates a person.</summary>
    /// <param name="id">The id, in the <c>person/</c> family.</param>
    /// <param name="name">The name, in the fullest form the sources give.</param>
    /// <param name="aliases">Other spellings and forms.</param>
    /// <param name="roles">Positions held, each cited.</param>
    /// <param name="citations">At least one quote that names the person.</param>
    /// <param name="notes">Curators' remarks, not claims.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed; the parameter is named.</exception>
    [JsonConstructor]
    public Person(string id, string name, IReadOnlyList<string>? aliases, IReadOnlyList<PersonRole>? roles, IReadOnlyList<Citation> citations, string? notes = null)
    {
        Id = Guard.Id(id, RecordFamily.People, nameof(id));
        Name = Guard.Text(name, nameof(name));
        Aliases = Guard.Texts(aliases, nameof(aliases));
        Roles = Guard.Items(roles, nameof(roles));
        Citations = Guard.Citations(citations, nameof(citations));
        Notes = Guard.OptionalText(notes, nameof(notes));
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <summary>The name, in the fullest form the sources give, with its accents.</summary>
    public string Name { get; }

    /// <summary>Other spellings (accent-free) and forms the sources use.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Positions held, each with its own citations.</summary>
    public IReadOnlyList<PersonRole> Roles { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Curators' remarks; never a claim.</summary>
    public string? Notes { get; }

    /// <summary>The id and the name.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Id} ({Name})";

    IEnumerable<(string Path, string Id)> IRecordContents.Links() =>
        Roles.SelectMany((role, i) => RecordContents.Link($"roles[{i}].agency", role.AgencyId));

    IEnumerable<(string Path, Citation Citation)> IRecordContents.AllCitations() =>
        RecordContents.Cited(Citations).Concat(Roles.SelectMany((role, i) => RecordContents.Cited(role.Citations, $"roles[{i}].")));

    IReadOnlyList<string> IRecordContents.Names() => [Name, .. Aliases];

    IEnumerable<(string? Text, SearchField Field)> IRecordContents.SearchTexts(Func<string, IRecord?> find) =>
        RecordContents.AsNames(((IRecordContents)this).Names())
            .Concat(RecordContents.AsDescriptions(Roles.Select(r => r.Title)))
            .Append(RecordContents.AsNotes(Notes));

    PartialDate? IRecordContents.ListedBy() => Roles.Select(r => r.Period?.Start).OfType<PartialDate>().Min();

    string IRecordContents.Label(Func<string, IRecord?> find) => Name;

    IEnumerable<TimelineDate> IRecordContents.TimelineDates() => Roles.SelectMany(role =>
    {
        IReadOnlyList<string> agencies = role.AgencyId is null ? [] : [role.AgencyId];
        return role.Period is { IsSingleDate: false }
            ? [new TimelineDate(role.Period.Start, DateKind.TookOffice, "took office: " + role.Title, agencies), new TimelineDate(role.Period.End, DateKind.LeftOffice, "left office: " + role.Title, agencies)]
            : new[] { new TimelineDate(role.Period?.Start, DateKind.TookOffice, "took office: " + role.Title, agencies) };
    });
}
