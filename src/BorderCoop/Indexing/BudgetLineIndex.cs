using System.Collections.Frozen;

namespace BorderCoop;

/// <summary>Budget lines by program, funder, recipient and fiscal year, so a filter starts from its smallest group.</summary>
internal sealed class BudgetLineIndex
{
    private readonly ValueList<BudgetLine> all;
    private readonly FrozenDictionary<string, ValueList<BudgetLine>> byProgram;
    private readonly FrozenDictionary<string, ValueList<BudgetLine>> byFunder;
    private readonly FrozenDictionary<string, ValueList<BudgetLine>> byRecipient;
    private readonly FrozenDictionary<int, ValueList<BudgetLine>> byFiscalYear;

    public BudgetLineIndex(IReadOnlyList<BudgetLine> lines)
    {
        all = ValueList<BudgetLine>.From(lines);
        byProgram = Grouping.ByKey(lines, l => l.ProgramId, StringComparer.Ordinal);
        byFunder = Grouping.ByKey(lines, l => l.FunderId, StringComparer.Ordinal);
        byRecipient = Grouping.By(lines, l => l.RecipientCountries.Concat(l.RecipientAgencyIds), StringComparer.OrdinalIgnoreCase);
        byFiscalYear = Grouping.By<int, BudgetLine>(lines, l => l.FiscalYear is { } year ? [year.Year] : []);
    }

    /// <summary>The lines matching every given filter, in dataset order.</summary>
    public ValueList<BudgetLine> Find(string? programId, string? funderId, string? recipient, FiscalYear? fiscalYear, BudgetStage? stage)
    {
        // Start from the smallest group a filter selects, then check the other filters on it alone.
        var candidates = all;
        if (programId is not null)
        {
            candidates = Smaller(candidates, byProgram.Get(programId));
        }

        if (funderId is not null)
        {
            candidates = Smaller(candidates, byFunder.Get(funderId));
        }

        if (recipient is not null)
        {
            candidates = Smaller(candidates, byRecipient.Get(recipient));
        }

        if (fiscalYear is not null)
        {
            candidates = Smaller(candidates, byFiscalYear.Get(fiscalYear.Year));
        }

        var matches = new List<BudgetLine>();
        foreach (var line in candidates)
        {
            if ((programId is null || line.ProgramId == programId)
                && (funderId is null || line.FunderId == funderId)
                && (recipient is null || IsRecipient(line, recipient))
                && (fiscalYear is null || line.FiscalYear == fiscalYear)
                && (stage is null || line.Stage == stage))
            {
                matches.Add(line);
            }
        }

        return matches.Count == candidates.Count ? candidates : ValueList<BudgetLine>.From(matches);
    }

    private static ValueList<BudgetLine> Smaller(ValueList<BudgetLine> current, ValueList<BudgetLine> group) =>
        group.Count < current.Count ? group : current;

    private static bool IsRecipient(BudgetLine line, string recipient) =>
        line.RecipientCountries.Contains(recipient, StringComparer.OrdinalIgnoreCase)
        || line.RecipientAgencyIds.Contains(recipient, StringComparer.Ordinal);
}
