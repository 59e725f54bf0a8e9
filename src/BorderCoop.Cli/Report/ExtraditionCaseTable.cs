using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Report;

/// <summary>
/// The individual extradition cases the sources describe, as a table: who, between which countries, by what legal
/// mechanism, the steps the sources date, and the outcome. A secondary list beside the reported figures: a handful of
/// named cases is not a count, so they are listed, never charted as one.
/// </summary>
/// <remarks>
/// Cases are in order of their first dated step (arrest, request, grant, surrender), undated ones last. Each row is a
/// <c>&lt;tr data-item="extradition-case"&gt;</c> whose person links to the case's citations; on a phone each row
/// reflows into a block whose cells carry their column's name.
/// </remarks>
internal static class ExtraditionCaseTable
{
    /// <summary>The <c>data-item</c> of a case's row.</summary>
    public const string Item = "extradition-case";

    /// <summary>Writes the table, or a note that the data has no cases.</summary>
    public static void Write(TextWriter html, BorderCoopData data, CitationTargets targets)
    {
        if (data.ExtraditionCases.Count == 0)
        {
            html.Write("<p class=\"empty\">No individual extradition cases.</p>\n");
            return;
        }

        html.Write("<table class=\"cases reflow\">\n<thead><tr><th>Person</th><th>Direction</th><th>Mechanism</th><th>Steps the sources date</th><th>Outcome</th></tr></thead>\n<tbody>\n");
        var cases = data.ExtraditionCases
            .OrderBy(c => Steps(c).Count == 0)
            .ThenBy(c => Steps(c).Select(s => s.Date).FirstOrDefault())
            .ThenBy(c => c.Id, StringComparer.Ordinal);
        foreach (var extradition in cases)
        {
            var person = data.Find(extradition.PersonId) is { } found ? Display.Label(found, data) : extradition.PersonId;
            var steps = Steps(extradition);
            var stepText = steps.Count == 0 ? "no date given" : string.Join("; ", steps.Select(s => $"{s.Step} {DateText.Of(s.Date)}"));
            html.Write($"<tr data-item=\"{Item}\">");
            html.Write($"<td data-label=\"Person\"><a href=\"{targets.Href(extradition.Id)}\">{Html.Escape(person)}</a></td>");
            html.Write($"<td data-label=\"Direction\">{Html.Escape(RecordLabel.DirectionInWords(extradition.From, extradition.To))}</td>");
            html.Write($"<td data-label=\"Mechanism\">{Html.Escape(EnumText.Of(extradition.Mechanism))}</td>");
            html.Write($"<td data-label=\"Steps\">{Html.Escape(stepText)}</td>");
            html.Write($"<td data-label=\"Outcome\">{Html.Escape(EnumText.Of(extradition.Outcome))}</td>");
            html.Write("</tr>\n");
        }

        html.Write("</tbody>\n</table>\n");
    }

    /// <summary>The steps of a case the sources date, in the order they happen.</summary>
    private static List<(string Step, PartialDate Date)> Steps(ExtraditionCase extradition) =>
        [.. new (string Step, PartialDate? Date)[]
            {
                ("arrested", extradition.Arrested),
                ("requested", extradition.Requested),
                ("granted", extradition.Granted),
                ("surrendered", extradition.Surrendered),
            }
            .Where(s => s.Date is not null)
            .Select(s => (s.Step, s.Date!))];
}
