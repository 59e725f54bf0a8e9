using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>One of the documents the dataset is taken from, with what the document says about itself.</summary>
/// <remarks>
/// Sources are reference records: their citations (possibly none) back the metadata, such as the date line.
/// Two sources are equal when every property is equal, lists compared element by element.
/// </remarks>
public sealed record Source : ICitedRecord, IRecordContents
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">The id, in the <c>source/</c> family.</param>
    /// <param name="title">The title as the document gives it, or null when it gives none.</param>
    /// <param name="description">What the document is, in the curators' words.</param>
    /// <param name="authors">The authors the document names; empty when it names none.</param>
    /// <param name="outlet">The publication or outlet, when the document names it.</param>
    /// <param name="published">The publication date, when the document states it.</param>
    /// <param name="kind">What kind of document it is.</param>
    /// <param name="url">The document's own address, when the text gives it; must be an absolute URL.</param>
    /// <param name="fileName">The seed file name under <c>seeds/</c>.</param>
    /// <param name="citations">Quotes that back the metadata; may be empty.</param>
    /// <param name="notes">Curators' remarks, not claims.</param>
    /// <exception cref="ArgumentException">A required value is missing or malformed; the parameter is named.</exception>
    [JsonConstructor]
    public Source(
        string id,
        string? title,
        string description,
        IReadOnlyList<string>? authors,
        string? outlet,
        PartialDate? published,
        SourceKind kind,
        string? url,
        string fileName,
        IReadOnlyList<Citation>? citations,
        string? notes = null)
    {
        Id = Guard.Id(id, RecordFamily.Sources, nameof(id));
        Title = Guard.OptionalText(title, nameof(title));
        Description = Guard.Text(description, nameof(description));
        Authors = Guard.Texts(authors, nameof(authors));
        Outlet = Guard.OptionalText(outlet, nameof(outlet));
        Published = published;
        Kind = Guard.Defined(kind, nameof(kind));
        if (Guard.OptionalText(url, nameof(url)) is { } address && !Serialization.TextPatterns.IsUrl(address))
        {
            throw new ArgumentException($"'{url}' is not an absolute http or https URL.", nameof(url));
        }

        Url = url;
        FileName = Guard.Text(fileName, nameof(fileName));
        if (!Serialization.TextPatterns.IsFileName(FileName))
        {
            throw new ArgumentException($"'{fileName}' must be a bare file name.", nameof(fileName));
        }

        Citations = Guard.Items(citations, nameof(citations));
        Notes = Guard.OptionalText(notes, nameof(notes));
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <summary>The title as the document gives it, or <see langword="null"/> when it gives none.</summary>
    public string? Title { get; }

    /// <summary>What the document is, in the curators' words (not a claim).</summary>
    public string Description { get; }

    /// <summary>The authors the document names; empty when it names none.</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>The outlet, when the document names it.</summary>
    public string? Outlet { get; }

    /// <summary>The publication date, when the document states it.</summary>
    public PartialDate? Published { get; }

    /// <summary>What kind of document it is.</summary>
    public SourceKind Kind { get; }

    /// <summary>The document's own address, when the text gives it.</summary>
    public string? Url { get; }

    /// <summary>The seed file name under <c>seeds/</c> in the repository (the package ships quotes, not the texts).</summary>
    [JsonPropertyName("file")]
    public string FileName { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Curators' remarks about how the metadata was read; never a claim.</summary>
    public string? Notes { get; }

    /// <summary>The id and title (or file name).</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Id} ({Title ?? FileName})";

    IEnumerable<(string Path, string Id)> IRecordContents.Links() => [];

    IEnumerable<(string Path, Citation Citation)> IRecordContents.AllCitations() => RecordContents.Cited(Citations);

    IReadOnlyList<string> IRecordContents.Names() => RecordContents.OneOrNone(Title);

    IEnumerable<(string? Text, SearchField Field)> IRecordContents.SearchTexts(Func<string, IRecord?> find) =>
        RecordContents.AsNames([.. RecordContents.OneOrNone(Title), .. Authors, Outlet])
            .Concat(RecordContents.AsDescriptions(Description))
            .Append(RecordContents.AsNotes(Notes));

    PartialDate? IRecordContents.ListedBy() => Published;

    string IRecordContents.Label(Func<string, IRecord?> find) => Title ?? FileName;

    IEnumerable<TimelineDate> IRecordContents.TimelineDates() => [new(Published, DateKind.Published, "published", [])];
}
