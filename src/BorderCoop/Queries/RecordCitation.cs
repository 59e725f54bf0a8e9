namespace BorderCoop;

/// <summary>
/// One citation of one claim, with where it sits in its record and the source it quotes: the answer to "what backs
/// this record, word for word" and "what does this source back".
/// </summary>
public sealed record RecordCitation
{
    internal RecordCitation(IRecord record, string path, Citation citation, Source source)
    {
        Record = record;
        Path = path;
        Citation = citation;
        Source = source;
    }

    /// <summary>The record the claim belongs to.</summary>
    public IRecord Record { get; }

    /// <summary>
    /// Where the citation sits in the record, as in the JSON: <c>citations[0]</c> for the record itself,
    /// <c>roles[1].citations[0]</c> for a person's role, <c>versions[0].citations[1]</c> for one side of a conflict.
    /// </summary>
    public string Path { get; }

    /// <summary>The citation: the source id and the verbatim quote.</summary>
    public Citation Citation { get; }

    /// <summary>The quoted source document.</summary>
    public Source Source { get; }

    /// <summary>The verbatim quote, a byte-exact substring of the source document.</summary>
    public string Quote => Citation.Quote;

    /// <summary>The quote as a reader of the document sees it, without Markdown backslash escapes (see <see cref="Citation.ReadableQuote"/>).</summary>
    public string ReadableQuote => Citation.ReadableQuote;

    /// <summary>The record id, the path and the citation.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Record.Id} {Path}: {Citation}";

    /// <summary>Every citation in the dataset, in record order and, within a record, in JSON order.</summary>
    internal static ValueList<RecordCitation> All(BorderCoopData data) =>
        ValueList<RecordCitation>.From(data.Records.SelectMany(record => RecordContents.Of(record).AllCitations()
            .Select(c => new RecordCitation(record, c.Path, c.Citation, data.Get<Source>(c.Citation.SourceId)))));
}
