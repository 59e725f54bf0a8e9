namespace BorderCoop.Tests.Cli;

/// <summary>
/// What the report must draw for a dataset, computed here from the records themselves (not from the report's code):
/// the number of chart items of each <c>data-item</c> kind.
/// </summary>
internal static class ReportExpectations
{
    /// <summary>The expected count of each kind of chart item.</summary>
    public static Dictionary<string, int> ItemCounts(BorderCoopData data)
    {
        var counted = data.ExtraditionCases
            .Select(c => (c.From, c.To, Date: c.Surrendered ?? c.Granted ?? c.Requested ?? c.Arrested))
            .ToList();
        var datedBudget = data.BudgetLines.Where(l => l.FiscalYear is not null).ToList();
        var named = data.Programs.SelectMany(p => p.LeadAgencyIds.Concat(p.ParticipatingAgencyIds)).Distinct().Count();

        return new Dictionary<string, int>
        {
            // Every timeline entry is one mark.
            ["timeline"] = data.Timeline.Count,

            // One bar per direction and year with cases, counted at surrender, else grant, else request, else arrest; a
            // step known only as a bound ("by January 2007") names no year, so its case is listed with the undated ones.
            ["extradition"] = counted.Where(c => c.Date is { IsBound: false }).Select(c => (c.From, c.To, c.Date!.Year)).Distinct().Count(),
            ["extradition-undated"] = counted.Count(c => c.Date is null or { IsBound: true }),
            ["extradition-figure"] = data.ExtraditionFigures.Count,

            // One bar per fiscal year, stage and currency; lines over calendar spans are spans of their own.
            ["budget"] = datedBudget.Select(l => (l.FiscalYear!.Year, l.Stage, l.Amount.Currency)).Distinct().Count(),
            ["budget-span"] = data.BudgetLines.Count - datedBudget.Count,

            // Every program, and every agency a program names as lead or participant; an edge per lead and participation.
            ["network-node"] = data.Programs.Count + named,
            ["network-edge"] = data.Programs.Sum(p => p.LeadAgencyIds.Count + p.ParticipatingAgencyIds.Count),
        };
    }

    /// <summary>The expected counts without the kinds that have none, as a page counts them.</summary>
    public static Dictionary<string, int> NonZeroItemCounts(BorderCoopData data) =>
        ItemCounts(data).Where(p => p.Value > 0).ToDictionary(p => p.Key, p => p.Value);
}
