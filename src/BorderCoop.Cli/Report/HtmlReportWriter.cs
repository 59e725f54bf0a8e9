using System.Globalization;

namespace BorderCoop.Cli.Report;

/// <summary>
/// Writes the whole report as one self-contained HTML page: the header with the data release and the sources, the
/// timeline, the reported extradition figures, the budget and the program network as inline SVG drawn here (each for
/// wide screens and for phones, see <see cref="ChartLayout"/>), then the citations every chart item links to.
/// </summary>
/// <remarks>
/// <para>
/// The page loads nothing: styles and scripts are inline, charts are inline SVG, and a content security policy
/// (<see cref="ReportAssets.ContentSecurityPolicy"/>) makes the browser refuse any request all the same. It opens from a
/// file, offline, in any current browser.
/// </para>
/// <para>
/// The same data always gives the same bytes: no clock, no random numbers, no culture-dependent formatting, lines
/// ending in <c>\n</c>, and every order fixed by the data or by ordinal comparisons. Every string from the data goes
/// through <see cref="Html.Escape"/>.
/// </para>
/// </remarks>
internal static class HtmlReportWriter
{
    /// <summary>The report page for <paramref name="data"/>.</summary>
    public static string Write(BorderCoopData data)
    {
        using var html = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(html, data);
        return html.ToString();
    }

    /// <summary>Writes the report page for <paramref name="data"/> to <paramref name="html"/>.</summary>
    public static void Write(TextWriter html, BorderCoopData data)
    {
        var targets = new CitationTargets();
        html.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{Html.Escape(ReportAssets.ContentSecurityPolicy)}\">\n");
        html.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Write("<title>BorderCoop report: U.S.–Mexico security cooperation</title>\n");
        html.Write($"<script>\n{ReportAssets.ErrorScript}\n</script>\n");
        html.Write($"<style>\n{ReportAssets.Stylesheet}\n</style>\n</head>\n<body>\n");

        ReportHeader.Write(html, data);
        html.Write("<main>\n");

        OpenSection(html, "timeline", "Timeline", Invariant($"{data.Timeline.Count} dated moments: agreements signed and in force, programs started and ended, extradition steps, events, offices taken and left, sources published."));
        TimelineChart.Write(html, data, targets);
        CloseSection(html);

        OpenSection(html, "extraditions", "Extraditions", Invariant($"{data.ExtraditionFigures.Count} figures the sources report, as they report them; {data.ExtraditionCases.Count} individual cases are listed below them, never counted into the figures."));
        var conflicts = new FigureConflicts(data);
        html.Write("<h3>Reported extradition figures</h3>\n");
        ExtraditionFigureChart.Write(html, data, targets, conflicts);
        FigureDisagreements.Write(html, data, targets, conflicts);
        html.Write("<h3>Individual cases</h3>\n");
        ExtraditionCaseTable.Write(html, data, targets);
        CloseSection(html);

        OpenSection(html, "budget", "Budget", Invariant($"{data.BudgetLines.Count} budget lines by fiscal year and stage."));
        BudgetChart.Write(html, data, targets);
        CloseSection(html);

        OpenSection(html, "network", "Programs and agencies", Invariant($"{data.Programs.Count} cooperation programs and the agencies the sources name as leading them or taking part."));
        NetworkChart.Write(html, data, targets);
        CloseSection(html);

        OpenSection(html, "citations", "Citations", "Each record linked from the charts, with the exact words of its sources.");
        CitationsSection.Write(html, data, targets);
        CloseSection(html);

        html.Write("</main>\n<pre id=\"render-check\" hidden></pre>\n");
        html.Write($"<script>\n{ReportAssets.RenderCheckScript}\n</script>\n</body>\n</html>\n");
    }

    private static void OpenSection(TextWriter html, string id, string title, string lead) =>
        html.Write($"<section id=\"{id}\" data-chart=\"{id}\">\n<h2>{Html.Escape(title)}</h2>\n<p class=\"lead\">{Html.Escape(lead)}</p>\n");

    private static void CloseSection(TextWriter html) => html.Write("</section>\n");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
