using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Report;

/// <summary>
/// The aggregate extradition figures the sources report (totals, annual averages, denials, pending requests), listed
/// beside the case chart with who reported them and the sources that say so.
/// </summary>
/// <remarks>
/// Figures are claims about totals over periods that overlap and disagree (see the conflicts); they are listed as the
/// sources give them and never added to each other or to the case counts. Each row is a
/// <c>&lt;tr data-item="extradition-figure"&gt;</c> whose value links to the figure's citations.
/// </remarks>
internal static class ExtraditionFigureList
{
    /// <summary>The <c>data-item</c> of a figure's row.</summary>
    public const string Item = "extradition-figure";

    /// <summary>How much of a source's title fits in the narrow column (the whole title is its tooltip and in the citations).</summary>
    private const int SourceTitleLength = 40;

    /// <summary>Writes the table, or a note that the data has no figures.</summary>
    public static void Write(TextWriter html, BorderCoopData data, CitationTargets targets)
    {
        if (data.ExtraditionFigures.Count == 0)
        {
            html.Write("<p class=\"empty\">No reported extradition figures.</p>\n");
            return;
        }

        html.Write("<table class=\"figures\">\n<thead><tr><th>Direction</th><th>Period</th><th>What</th><th>Value</th><th>Reported by</th><th>Sources</th></tr></thead>\n<tbody>\n");
        foreach (var figure in data.ExtraditionFigures)
        {
            var period = figure.Period is not null ? DateText.Of(figure.Period) : figure.AsOf is not null ? "as of " + DateText.Of(figure.AsOf) : "undated";
            var population = figure.Population switch
            {
                ExtraditionPopulation.AllPersons => "all persons",
                ExtraditionPopulation.Nationals => $"nationals of {figure.Nationality}",
                _ => "persons",
            };
            var reporter = figure.ReportedById is { } reporterId && data.Find(reporterId) is { } reportedBy ? Display.Label(reportedBy, data) : string.Empty;
            var sources = figure.Citations
                .Select(c => c.SourceId)
                .Distinct(StringComparer.Ordinal)
                .Select(id => data.TryGet<Source>(id, out var source) ? Display.Label(source, data) : id)
                .Select(title => $"<span title=\"{Html.Escape(title)}\">{Html.Escape(Svg.Shorten(title, SourceTitleLength))}</span>");

            html.Write($"<tr data-item=\"{Item}\" data-direction=\"{Html.Escape(RecordLabel.Direction(figure.From, figure.To))}\">");
            html.Write($"<td>{Html.Escape(RecordLabel.Direction(figure.From, figure.To))}</td>");
            html.Write($"<td>{Html.Escape(period)}</td>");
            html.Write($"<td>{Html.Escape(EnumText.Of(figure.Measure))}, {Html.Escape(population)}</td>");
            html.Write($"<td class=\"value\"><a href=\"{targets.Href(figure.Id)}\">{Html.Escape(figure.Value.ToString())}</a></td>");
            html.Write($"<td>{Html.Escape(reporter)}</td>");
            html.Write($"<td class=\"sources\">{string.Join("; ", sources)}</td>");
            html.Write("</tr>\n");
        }

        html.Write("</tbody>\n</table>\n");
    }
}
