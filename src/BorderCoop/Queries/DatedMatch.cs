namespace BorderCoop;

/// <summary>A record that answers a date-based question, with how sure the answer is and why.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <remarks>Two matches are equal when record, certainty and reason are equal.</remarks>
public sealed record DatedMatch<TRecord>
    where TRecord : class, IRecord
{
    internal DatedMatch(TRecord record, DateCertainty certainty, string reason)
    {
        Record = record;
        Certainty = certainty;
        Reason = reason;
    }

    /// <summary>The matching record.</summary>
    public TRecord Record { get; }

    /// <summary>Whether the match is certain or only possible.</summary>
    public DateCertainty Certainty { get; }

    /// <summary>Why the record matches, in words ("in force since 1991", "signed 1989; no date of entry into force is given").</summary>
    public string Reason { get; }

    /// <summary>The record id, the certainty and the reason.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Record.Id} ({Certainty}: {Reason})";
}
