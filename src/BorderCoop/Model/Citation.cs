using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>
/// Where a claim comes from: a source and the exact words it uses. The quote is a byte-exact substring
/// of the source document, odd characters included (the paper writes <c>\$20 million</c>).
/// </summary>
/// <remarks>
/// <para>Two citations are equal when source id, quote and anchor are equal, compared ordinally.</para>
/// <para>The quote has two forms. <see cref="Quote"/> is the exact text, the verified form: the citation checks find
/// it byte for byte in the source document, and the JSON data and exports keep it. <see cref="ReadableQuote"/> is what
/// a reader of the document sees, without the document's Markdown backslash escapes (<c>$20 million</c>): show that
/// one wherever a person reads or copies a quote.</para>
/// <para><see cref="Anchor"/> says where the quote sits in the document (offsets in code points, with the words around
/// it), as the W3C Web Annotation selectors do. Every citation of the curated data has one; a user's may not.</para>
/// </remarks>
public sealed record Citation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="sourceId">The id of the <see cref="Source"/> quoted.</param>
    /// <param name="quote">The verbatim words; not empty or blank.</param>
    /// <param name="anchor">Where the quote sits in the source document, or null when not stated; its length in code points is the quote's.</param>
    /// <exception cref="ArgumentException"><paramref name="sourceId"/> is not a source id, <paramref name="quote"/> is empty or blank,
    /// or <paramref name="anchor"/> spans another number of code points than the quote has.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="sourceId"/> or <paramref name="quote"/> is null.</exception>
    [JsonConstructor]
    public Citation(string sourceId, string quote, QuoteAnchor? anchor = null)
    {
        SourceId = Guard.Id(sourceId, RecordFamily.Sources, nameof(sourceId));
        Quote = Guard.Text(quote, nameof(quote));
        if (anchor is not null && anchor.End - anchor.Start != QuoteAnchor.CodePoints(Quote))
        {
            throw new ArgumentException(
                $"The anchor spans {anchor.End - anchor.Start} code points ([{anchor.Start}, {anchor.End})), but the quote has {QuoteAnchor.CodePoints(Quote)}.", nameof(anchor));
        }

        Anchor = anchor;
    }

    /// <summary>The id of the <see cref="Source"/> quoted.</summary>
    [JsonPropertyName("source")]
    public string SourceId { get; }

    /// <summary>The verbatim words of the source, exactly as the document writes them: the verified form.</summary>
    /// <remarks>Markdown escapes included (<c>\$20 million</c>); see <see cref="ReadableQuote"/> for the form to show.</remarks>
    public string Quote { get; }

    /// <summary>
    /// Where <see cref="Quote"/> sits in the source document: its code point offsets and the words just before and
    /// after it (the W3C Web Annotation text position and text quote selectors); null when not stated.
    /// </summary>
    /// <remarks>Stated for every citation of the curated data, and checked by the tests against <c>seeds/</c>.</remarks>
    public QuoteAnchor? Anchor { get; }

    /// <summary>
    /// The quote as a reader of the document sees it: <see cref="Quote"/> without Markdown backslash escapes, so
    /// <c>appropriated \$20 million</c> reads <c>appropriated $20 million</c>. Not written to JSON.
    /// </summary>
    /// <remarks>
    /// <para>A backslash before an ASCII punctuation character is removed, as CommonMark reads it; nothing else changes.
    /// A backslash before a letter, a digit or a space stays, and <c>\\</c> reads as one backslash. Emphasis markers
    /// (<c>*Title*</c>), autolinks (<c>&lt;http://…&gt;</c>) and brackets are kept: they are what the page shows as
    /// italics, a link or words, and a quote cut from a longer passage may open an emphasis it does not close.</para>
    /// <para>This form is not found in the source document; check and cite by <see cref="Quote"/>. It is the same instance
    /// as <see cref="Quote"/> when the quote has no escape.</para>
    /// </remarks>
    [JsonIgnore]
    public string ReadableQuote => MarkdownEscapes.Remove(Quote);

    /// <summary>The source id and the quote, shortened to 60 characters.</summary>
    /// <returns>A one-line form for logs and debuggers.</returns>
    public override string ToString() => $"{SourceId}: \"{(Quote.Length <= 60 ? Quote : string.Concat(Quote.AsSpan(0, 57), "..."))}\"";
}
