using System.Text;
using System.Text.Json.Serialization;

namespace BorderCoop;

/// <summary>
/// Where a citation's quote sits in its source document: its position and the words just around it. These are the
/// two selectors of the W3C Web Annotation model, a <c>TextPositionSelector</c> (<see cref="Start"/>, <see cref="End"/>)
/// and a <c>TextQuoteSelector</c> (the quote as <c>exact</c>, with <see cref="Prefix"/> and <see cref="Suffix"/>).
/// </summary>
/// <remarks>
/// <para><b>Unit.</b> Positions count Unicode code points (scalar values) of the document's text decoded from UTF-8,
/// from 0, as the Web Annotation model counts characters: a character outside the Basic Multilingual Plane is one,
/// not two UTF-16 units; a line break is one (the seed documents have no carriage returns). <see cref="End"/> is
/// exclusive, so the quote is the code points <c>[Start, End)</c>, and <c>End - Start</c> is its length in code points.</para>
/// <para><b>Which occurrence.</b> When the quote occurs more than once in its document, the anchor is its first
/// occurrence. Prefix and suffix then agree with it: the first place where prefix, quote and suffix occur together is
/// that same occurrence, so a reader that resolves the quote selector by its first match lands where the position
/// selector points.</para>
/// <para><b>Context.</b> <see cref="Prefix"/> is the <see cref="ContextLength"/> code points just before the quote and
/// <see cref="Suffix"/> the <see cref="ContextLength"/> just after, fewer at the start or end of the document (then
/// possibly empty), cut by code points only: they may begin or end inside a word, and hold line breaks and Markdown
/// escapes as the document writes them.</para>
/// <para>Two anchors are equal when their positions and context are equal, compared ordinally. The curated data stores
/// an anchor with every citation, generated from <c>seeds/</c> by the tests; a user's citation may have none.</para>
/// </remarks>
public sealed record QuoteAnchor
{
    /// <summary>The most code points <see cref="Prefix"/> and <see cref="Suffix"/> hold: 32.</summary>
    public const int ContextLength = 32;

    /// <summary>Creates an anchor.</summary>
    /// <param name="start">The code point offset where the quote starts; not negative.</param>
    /// <param name="end">The code point offset just past the quote; greater than <paramref name="start"/>.</param>
    /// <param name="prefix">The text just before the quote, at most <see cref="ContextLength"/> code points; may be empty.</param>
    /// <param name="suffix">The text just after the quote, at most <see cref="ContextLength"/> code points; may be empty.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative, or <paramref name="end"/> is not past it.</exception>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> or <paramref name="suffix"/> is longer than <see cref="ContextLength"/> code points.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> or <paramref name="suffix"/> is null.</exception>
    [JsonConstructor]
    public QuoteAnchor(int start, int end, string prefix, string suffix)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(end, start);
        Start = start;
        End = end;
        Prefix = Context(prefix, nameof(prefix));
        Suffix = Context(suffix, nameof(suffix));
    }

    /// <summary>The code point offset of the quote's first code point in its document (the position selector's <c>start</c>).</summary>
    public int Start { get; }

    /// <summary>The code point offset just past the quote's last code point (the position selector's <c>end</c>, exclusive).</summary>
    public int End { get; }

    /// <summary>Up to <see cref="ContextLength"/> code points of the document just before the quote (the quote selector's <c>prefix</c>).</summary>
    public string Prefix { get; }

    /// <summary>Up to <see cref="ContextLength"/> code points of the document just after the quote (the quote selector's <c>suffix</c>).</summary>
    public string Suffix { get; }

    /// <summary>
    /// The anchor of the first occurrence of <paramref name="quote"/> in <paramref name="document"/>, with its prefix and
    /// suffix by the rules of this type, or null when the document does not have the quote.
    /// </summary>
    /// <param name="document">The whole text of the source document.</param>
    /// <param name="quote">The exact words quoted; not empty.</param>
    /// <returns>The anchor, or null.</returns>
    /// <exception cref="ArgumentException"><paramref name="quote"/> is empty.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>The search is ordinal (exact code units), as the citation checks compare quotes.</remarks>
    public static QuoteAnchor? Find(string document, string quote)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(quote);
        var at = document.IndexOf(quote, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var before = document.AsSpan(0, at);
        var after = document.AsSpan(at + quote.Length);
        var start = CodePoints(before);
        return new QuoteAnchor(start, start + CodePoints(quote), Last(before, ContextLength), First(after, ContextLength));
    }

    /// <summary>The number of Unicode code points of <paramref name="text"/>: the unit of <see cref="Start"/> and <see cref="End"/>.</summary>
    /// <param name="text">Any text; an unpaired surrogate counts as one.</param>
    /// <returns>The count.</returns>
    public static int CodePoints(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>The positions and the start of the context, for logs and debuggers.</summary>
    /// <returns>A one-line form such as <c>[120, 168) after "the words before"</c>.</returns>
    public override string ToString() => $"[{Start}, {End}) after \"{Prefix}\"";

    private static string Context(string text, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(text, parameterName);
        if (CodePoints(text) > ContextLength)
        {
            throw new ArgumentException($"The context is longer than {ContextLength} code points.", parameterName);
        }

        return text;
    }

    private static string First(ReadOnlySpan<char> text, int codePoints)
    {
        var length = 0;
        for (var n = 0; n < codePoints && length < text.Length; n++)
        {
            Rune.DecodeFromUtf16(text[length..], out _, out var used);
            length += used;
        }

        return text[..length].ToString();
    }

    private static string Last(ReadOnlySpan<char> text, int codePoints)
    {
        var start = text.Length;
        for (var n = 0; n < codePoints && start > 0; n++)
        {
            Rune.DecodeLastFromUtf16(text[..start], out _, out var used);
            start -= used;
        }

        return text[start..].ToString();
    }
}
