using System.Globalization;

namespace BorderCoop.Cli.Report;

/// <summary>
/// Writes the whole report as one self-contained HTML page: the timeline, extraditions, budget and program network as
/// inline SVG drawn here, then the citations every chart item links to.
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

        html.Write("<header>\n<h1>U.S.–Mexico security cooperation</h1>\n");
        html.Write(Invariant($"<p class=\"lead\">{data.Records.Count} records from {data.Sources.Count} sources. Every mark, bar, line and node links to the citations it rests on: the source and its exact words.</p>\n"));
        html.Write("<nav><a href=\"#timeline\">Timeline</a><a href=\"#extraditions\">Extraditions</a><a href=\"#budget\">Budget</a><a href=\"#network\">Programs and agencies</a><a href=\"#citations\">Citations</a></nav>\n");
        html.Write("<pre id=\"report-errors\" hidden></pre>\n</header>\n<main>\n");

        OpenSection(html, "timeline", "Timeline", Invariant($"{data.Timeline.Count} dated moments: agreements signed and in force, programs started and ended, extradition steps, events, offices taken and left, sources published."));
        TimelineChart.Write(html, data, targets);
        CloseSection(html);

        OpenSection(html, "extraditions", "Extraditions", Invariant($"{data.ExtraditionCases.Count} cases in the data, counted per year and direction; the aggregate figures the sources report are listed beside them, never added in."));
        html.Write("<div class=\"side-by-side\">\n<div>\n");
        ExtraditionChart.Write(html, data, targets);
        html.Write("</div>\n<div>\n<h3>Reported figures</h3>\n");
        ExtraditionFigureList.Write(html, data, targets);
        html.Write("</div>\n</div>\n");
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
