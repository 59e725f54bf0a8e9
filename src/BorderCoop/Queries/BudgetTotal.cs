namespace BorderCoop;

/// <summary>The sum of budget lines that are alike: one fiscal year, one stage, one currency.</summary>
/// <remarks>Two totals are equal when every property is equal, the line ids compared in order.</remarks>
public sealed record BudgetTotal
{
    internal BudgetTotal(FiscalYear fiscalYear, BudgetStage stage, Money amount, IReadOnlyList<string> lineIds)
    {
        FiscalYear = fiscalYear;
        Stage = stage;
        Amount = amount;
        LineIds = lineIds;
    }

    /// <summary>The U.S. federal fiscal year.</summary>
    public FiscalYear FiscalYear { get; }

    /// <summary>The budget stage; requests and appropriations are never summed together.</summary>
    public BudgetStage Stage { get; }

    /// <summary>The sum of the lines' amounts.</summary>
    public Money Amount { get; }

    /// <summary>The ids of the budget lines summed.</summary>
    public IReadOnlyList<string> LineIds { get; }

    /// <summary>The fiscal year, stage and amount, such as <c>FY2011 Request USD 10,800,000 (1 line)</c>.</summary>
    /// <returns>A one-line form.</returns>
    public override string ToString() => $"{FiscalYear} {Stage} {Amount} ({LineIds.Count} line{(LineIds.Count == 1 ? "" : "s")})";
}
