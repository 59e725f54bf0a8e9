namespace BorderCoop;

/// <summary>A budget line a total did not add, and why.</summary>
/// <remarks>Two exclusions are equal when line and reason are equal.</remarks>
public sealed record BudgetExclusion
{
    internal BudgetExclusion(BudgetLine line, string reason)
    {
        Line = line;
        Reason = reason;
    }

    /// <summary>The line left out.</summary>
    public BudgetLine Line { get; }

    /// <summary>Why it was left out, in words.</summary>
    public string Reason { get; }

    /// <summary>The line id and the reason.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Line.Id}: {Reason}";
}
