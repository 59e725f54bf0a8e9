using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>
/// A place where sources, or passages of one source, disagree: every version with its own citations, and a
/// short explanation of why they cannot all be right. Nothing in the dataset silently picks one version.
/// </summary>
/// <remarks>Equality compares every property, lists by content.</remarks>
public sealed record Conflict : ICitedRecord, IRecordContents
{
    /// <summary>Creates a conflict.</summary>
    /// <param name="id">The id, in the <c>conflict/</c> family.</param>
    /// <param name="title">What the disagreement is about.</param>
    /// <param name="explanation">Why the versions disagree (the arithmetic, the two names).</param>
    /// <param name="recordIds">The records the conflict touches; may be empty only when a version names its record.</param>
    /// <param name="versions">At least two versions, each cited.</param>
    /// <exception cref="ArgumentException">A value is missing or malformed, fewer than two versions are given, or no record is named.</exception>
    [JsonConstructor]
    public Conflict(string id, string title, string explanation, IReadOnlyList<string>? recordIds, IReadOnlyList<ConflictVersion> versions)
    {
        Id = Guard.Id(id, RecordFamily.Conflicts, nameof(id));
        Title = Guard.Text(title, nameof(title));
        Explanation = Guard.Text(explanation, nameof(explanation));
        RecordIds = Guard.References(recordIds, nameof(recordIds));
        Versions = Guard.Items(versions, nameof(versions));
        if (Versions.Count < 2)
        {
            throw new ArgumentException("A conflict needs at least two versions.", nameof(versions));
        }

        if (RecordIds.Count == 0 && Versions.All(v => v.RecordId is null))
        {
            throw new ArgumentException("A conflict must name the records it touches, in its records or in a version's record.", nameof(recordIds));
        }

        Citations = ValueList<Citation>.From(Versions.SelectMany(v => v.Citations));
        SourceIds = ValueList<string>.From(Citations.Select(c => c.SourceId).Distinct(StringComparer.Ordinal));
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <summary>What the disagreement is about.</summary>
    public string Title { get; }

    /// <summary>Why the versions disagree.</summary>
    public string Explanation { get; }

    /// <summary>The ids of the records the conflict touches.</summary>
    [JsonPropertyName("records")]
    public IReadOnlyList<string> RecordIds { get; }

    /// <summary>The versions, each with its own citations.</summary>
    public IReadOnlyList<ConflictVersion> Versions { get; }

    /// <summary>Every version's citations, in order (not written to JSON: the versions carry them).</summary>
    [JsonIgnore]
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The sources the versions cite, each once, in the order first cited (not written to JSON: derived from the versions).</summary>
    [JsonIgnore]
    public IReadOnlyList<string> SourceIds { get; }

    /// <summary>
    /// Whether every version comes from one source: the document contradicts itself (two passages of one paper),
    /// rather than two sources disagreeing. Not written to JSON.
    /// </summary>
    [JsonIgnore]
    public bool IsWithinOneSource => SourceIds.Count == 1;

    /// <summary>The id and the title.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Id} ({Title})";

    IEnumerable<(string Path, string Id)> IRecordContents.Links() =>
        RecordContents.Links("records", RecordIds)
            .Concat(Versions.SelectMany((v, i) => RecordContents.Link($"versions[{i}].record", v.RecordId)
                .Concat(RecordContents.Link($"versions[{i}].dateOf", v.DateOfId))));

    IEnumerable<(string Path, Citation Citation)> IRecordContents.AllCitations() =>
        Versions.SelectMany((v, i) => RecordContents.Cited(v.Citations, $"versions[{i}]."));

    IReadOnlyList<string> IRecordContents.Names() => [Title];

    IEnumerable<(string? Text, SearchField Field)> IRecordContents.SearchTexts(Func<string, IRecord?> find) =>
        RecordContents.AsNames([Title]).Concat(RecordContents.AsDescriptions([Explanation, .. Versions.Select(v => v.Statement)]));

    PartialDate? IRecordContents.ListedBy() => null;

    string IRecordContents.Label(Func<string, IRecord?> find) => Title;

    IEnumerable<TimelineDate> IRecordContents.TimelineDates() => [];
}
