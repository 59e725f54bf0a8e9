namespace BorderCoop;

/// <summary>Full-text search.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>
    /// Finds the records whose names, descriptions, notes or quotes contain every word of <paramref name="text"/>,
    /// compared without regard to case or accents ("procuraduria" finds the Procuraduría General de la República),
    /// best match first.
    /// </summary>
    /// <param name="text">One or more words. A word of three letters or more also matches words it starts ("extradit" finds "extradition").</param>
    /// <param name="maxResults">The most hits to return.</param>
    /// <returns>
    /// The hits, by descending <see cref="SearchHit.Score"/> and then dataset order: a name equal to the whole query
    /// first, then matches in names, descriptions, and quotes or notes. Empty when a word matches nothing or the text has
    /// no words.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxResults"/> is negative.</exception>
    public IReadOnlyList<SearchHit> Search(string text, int maxResults = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxResults);
        return indexes.Search.Search(text, maxResults);
    }
}
