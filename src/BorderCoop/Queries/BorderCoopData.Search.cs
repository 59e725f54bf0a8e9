namespace BorderCoop;

/// <summary>Full-text search.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>
    /// Finds the records whose names, descriptions, notes or quotes contain the words of <paramref name="text"/>,
    /// compared without regard to case or accents ("procuraduria" finds the Procuraduría General de la República),
    /// singular or plural ("extraditions" finds "extradition"), best match first; and the records linked to a record
    /// found by name (searching a program's name finds its budget lines and figures).
    /// </summary>
    /// <param name="text">One or more words. A word of three letters or more also matches words it starts ("extradit" finds "extradition").</param>
    /// <param name="maxResults">The most hits to return.</param>
    /// <returns>
    /// The hits: those with every word first, then those with fewer (<see cref="SearchHit.MatchedWords"/> says which);
    /// among hits with as many words, by descending <see cref="SearchHit.Score"/> (a name equal to the whole query
    /// first, then matches in names, descriptions, and quotes or notes), then dataset order. A record that points to a
    /// record found by name (a budget line to its program, a program to its agency, a conflict to its records) is a
    /// hit through it (<see cref="SearchHit.Via"/>), scored at half of it, so below it, with the words it has itself
    /// added; a record that has those words itself keeps them as its own and gains that half score. Each record
    /// appears once, with its best standing. Empty when no word matches or the text has no words.
    /// </returns>
    /// <remarks>
    /// Singular and plural meet by simple English and Spanish rules ("agencies"/"agency", "operaciones"/"operación");
    /// irregular plurals ("people") do not. The answer comes from an index built once: a query reads the postings of
    /// its words, not every record.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxResults"/> is negative.</exception>
    public IReadOnlyList<SearchHit> Search(string text, int maxResults = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxResults);
        return Indexes.Search.Search(text, maxResults);
    }
}
