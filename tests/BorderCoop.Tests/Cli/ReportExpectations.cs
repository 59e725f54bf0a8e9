namespace BorderCoop.Tests.Cli;

/// <summary>
/// What the report must draw for a dataset, computed here from the records themselves (not from the report's code):
/// the number of chart items of each <c>data-item</c> kind, in each layout of the charts (wide and narrow draw the same
/// items).
/// </summary>
internal static class ReportExpectations
{
    /// <summary>The expected count of each kind of chart item.</summary>
    public static Dictionary<string, int> ItemCounts(BorderCoopData data)
    {
        var figures = data.ExtraditionFigures.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var datedBudget = data.BudgetLines.Where(l => l.FiscalYear is not null).ToList();
        var named = data.Programs.SelectMany(p => p.LeadAgencyIds.Concat(p.ParticipatingAgencyIds)).Distinct().Count();

        return new Dictionary<string, int>
        {
            // Every timeline entry is one numbered mark, and one entry of the numbered list under the chart.
            ["timeline"] = data.Timeline.Count,
            ["timeline-entry"] = data.Timeline.Count,

            // Every reported figure is one row of the figures chart; every conflict that names a figure, in its records
            // or in a version, is shown once with its versions; every individual case is one row of the cases table.
            ["extradition-figure"] = data.ExtraditionFigures.Count,
            ["extradition-conflict"] = data.Conflicts.Count(c => c.RecordIds.Concat(c.Versions.Select(v => v.RecordId)).Any(id => id is not null && figures.Contains(id))),
            ["extradition-case"] = data.ExtraditionCases.Count,

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
