namespace BorderCoop;

/// <summary>A record that answers a date-based question, with how sure the answer is and why.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <remarks>
/// Two matches are equal when record, certainty and reason are equal. The reason is worded when first read, not when
/// the query runs: a window query over a large dataset can return thousands of matches whose reasons nobody reads.
/// </remarks>
public sealed record DatedMatch<TRecord>
    where TRecord : class, IRecord
{
    private readonly Func<TRecord, string>? explain;
    private string? reason;

    internal DatedMatch(TRecord record, DateCertainty certainty, string reason)
    {
        Record = record;
        Certainty = certainty;
        this.reason = reason;
    }

    /// <summary>A match whose reason <paramref name="explain"/> words from the record when <see cref="Reason"/> is first read.</summary>
    internal DatedMatch(TRecord record, DateCertainty certainty, Func<TRecord, string> explain)
    {
        Record = record;
        Certainty = certainty;
        this.explain = explain;
    }

    /// <summary>The matching record.</summary>
    public TRecord Record { get; }

    /// <summary>Whether the match is certain or only possible.</summary>
    public DateCertainty Certainty { get; }

    /// <summary>Why the record matches, in words ("in force since 1991", "signed 1989; no date of entry into force is given").</summary>
    /// <remarks>Worded on first read and kept; reading it from several threads at once is safe (each gets the same text).</remarks>
    public string Reason => reason ??= explain!(Record);

    /// <summary>Whether <paramref name="other"/> is a match of an equal record, with the same certainty and reason.</summary>
    /// <param name="other">The match to compare with.</param>
    /// <returns>True when record, certainty and reason are equal.</returns>
    public bool Equals(DatedMatch<TRecord>? other) =>
        other is not null
        && (ReferenceEquals(this, other) || (Certainty == other.Certainty && Record.Equals(other.Record) && Reason == other.Reason));

    /// <summary>A hash of record, certainty and reason, consistent with <see cref="Equals(DatedMatch{TRecord})"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Record, Certainty, Reason);

    /// <summary>The record id, the certainty and the reason.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Record.Id} ({Certainty}: {Reason})";
}
