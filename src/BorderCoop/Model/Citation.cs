using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>
/// Where a claim comes from: a source and the exact words it uses. The quote is a byte-exact substring
/// of the source document, odd characters included (the paper writes <c>\$20 million</c>).
/// </summary>
/// <remarks>Two citations are equal when source id and quote are equal, compared ordinally.</remarks>
public sealed record Citation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="sourceId">The id of the <see cref="Source"/> quoted.</param>
    /// <param name="quote">The verbatim words; not empty or blank.</param>
    /// <exception cref="ArgumentException"><paramref name="sourceId"/> is not a source id, or <paramref name="quote"/> is empty or blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [JsonConstructor]
    public Citation(string sourceId, string quote)
    {
        SourceId = Guard.Id(sourceId, RecordFamily.Sources, nameof(sourceId));
        Quote = Guard.Text(quote, nameof(quote));
    }

    /// <summary>The id of the <see cref="Source"/> quoted.</summary>
    [JsonPropertyName("source")]
    public string SourceId { get; }

    /// <summary>The verbatim words of the source.</summary>
    public string Quote { get; }

    /// <summary>The source id and the quote, shortened to 60 characters.</summary>
    /// <returns>A one-line form for logs and debuggers.</returns>
    public override string ToString() => $"{SourceId}: \"{(Quote.Length <= 60 ? Quote : string.Concat(Quote.AsSpan(0, 57), "..."))}\"";
}
