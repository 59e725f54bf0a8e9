namespace BorderCoop;

/// <summary>One record found by <see cref="BorderCoopData.Search"/>, with how well and where it matched.</summary>
public sealed record SearchHit
{
    internal SearchHit(IRecord record, double score, SearchField fields)
    {
        Record = record;
        Score = score;
        Fields = fields;
    }

    /// <summary>The record found.</summary>
    public IRecord Record { get; }

    /// <summary>
    /// The relevance: higher is better. Matches in names weigh most, then descriptions, then quotes and notes; whole
    /// words weigh more than prefixes, and a name equal to the whole query earns a large bonus. Only the order of
    /// scores within one search is meaningful.
    /// </summary>
    public double Score { get; }

    /// <summary>The kinds of text the words were found in.</summary>
    public SearchField Fields { get; }

    /// <summary>The record id, the score and the fields.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Record.Id} ({Score:0.##}: {Fields})";
}
