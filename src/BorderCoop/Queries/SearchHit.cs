namespace BorderCoop;

/// <summary>One record found by <see cref="BorderCoopData.Search"/>, with how well, where, by which words and through which record it matched.</summary>
/// <remarks>Two hits are equal when their record, score, fields, matched words (compared item by item) and <see cref="Via"/> are equal.</remarks>
public sealed record SearchHit
{
    internal SearchHit(IRecord record, double score, SearchField fields, ValueList<string> matchedWords, IRecord? via)
    {
        Record = record;
        Score = score;
        Fields = fields;
        MatchedWords = matchedWords;
        Via = via;
    }

    /// <summary>The record found.</summary>
    public IRecord Record { get; }

    /// <summary>
    /// The relevance among hits with as many <see cref="MatchedWords"/>: higher is better. Matches in names weigh most,
    /// then descriptions, then quotes and notes; whole words weigh more than prefixes, a name equal to the whole query
    /// earns a large bonus; a record that points to a record found by name gains half that record's score where that
    /// keeps it below the record (so a budget line of a program named in the query ranks above a mere mention
    /// elsewhere, and below the program). Only the
    /// order of scores within one search is meaningful.
    /// </summary>
    public double Score { get; }

    /// <summary>The kinds of text the words were found in: in this record and, for a hit reached through <see cref="Via"/>, in that record.</summary>
    public SearchField Fields { get; }

    /// <summary>
    /// The words of the query that matched, folded (lower case, without accents) and in query order: all of them, or
    /// for a record that has only some, those. A word matches its singular or plural and, from three letters on, the
    /// start of a longer word.
    /// </summary>
    public IReadOnlyList<string> MatchedWords { get; }

    /// <summary>
    /// The record through which this one has words it lacks itself, or null when its words are all its own: a budget
    /// line or figure of a program found by name, a program of an agency, a case of a person. A record reached so that
    /// has other words of the query itself has the words of both (a figure with "labs" of a program named "SIU").
    /// </summary>
    public IRecord? Via { get; }

    /// <summary>The record id, the score, the fields, and the record it was reached through.</summary>
    /// <returns>A one-line form, such as <c>budget-line/x (2: Name via program/dea-siu)</c>.</returns>
    public override string ToString() => $"{Record.Id} ({Score:0.##}: {Fields}{(Via is null ? string.Empty : $" via {Via.Id}")})";
}
