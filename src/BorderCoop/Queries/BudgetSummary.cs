namespace BorderCoop;

/// <summary>
/// Budget totals by fiscal year that only add like with like, and the lines they left out. Lines at different
/// stages (a request and an appropriation) or in different currencies are never summed; lines that cover a
/// calendar span rather than one fiscal year are left out rather than split or overlapped.
/// </summary>
/// <remarks>Two summaries are equal when their totals and exclusions are equal, in order.</remarks>
public sealed record BudgetSummary
{
    internal BudgetSummary(IReadOnlyList<BudgetTotal> totals, IReadOnlyList<BudgetExclusion> leftOut)
    {
        Totals = totals;
        LeftOut = leftOut;
    }

    /// <summary>One total per fiscal year, stage and currency, ordered by fiscal year, then stage.</summary>
    public IReadOnlyList<BudgetTotal> Totals { get; }

    /// <summary>The lines no total includes, each with the reason.</summary>
    public IReadOnlyList<BudgetExclusion> LeftOut { get; }

    /// <summary>The counts of totals and exclusions.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{Totals.Count} totals, {LeftOut.Count} lines left out";

    internal static BudgetSummary Of(IEnumerable<BudgetLine> lines)
    {
        var leftOut = new List<BudgetExclusion>();
        var byYear = new List<BudgetLine>();
        foreach (var line in lines)
        {
            if (line.FiscalYear is null)
            {
                leftOut.Add(new(line, $"covers the calendar span {line.Period}, not one fiscal year; it is not split or added to yearly totals"));
            }
            else
            {
                byYear.Add(line);
            }
        }

        var totals = byYear
            .GroupBy(l => (l.FiscalYear!.Year, l.Stage, l.Amount.Currency))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Stage).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
            .Select(g => new BudgetTotal(
                g.First().FiscalYear!,
                g.Key.Stage,
                new Money(g.Sum(l => l.Amount.Amount), g.Key.Currency),
                ValueList<string>.From(g.Select(l => l.Id))))
            .ToList();

        return new BudgetSummary(ValueList<BudgetTotal>.From(totals), ValueList<BudgetExclusion>.From(leftOut));
    }
}
