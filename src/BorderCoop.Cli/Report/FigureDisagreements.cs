using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Report;

/// <summary>
/// Where the sources disagree about the extradition figures: each conflict that touches a figure, under the letter the
/// chart marks it with, with its versions side by side (what each says, the figure or record that holds it, and the
/// exact words quoted for it) and the explanation of why they cannot all be right.
/// </summary>
/// <remarks>
/// Quotes are shown as a reader of the source sees them (<see cref="Citation.ReadableQuote"/>: no Markdown backslash
/// escapes), as in the citations section. Each conflict is an <c>&lt;article data-item="extradition-conflict"&gt;</c> with <c>data-conflict</c> (its letter),
/// whose title links to the conflict's citations. The versions sit in a grid that puts them side by side where there is
/// room and one under the other on a phone.
/// </remarks>
internal static class FigureDisagreements
{
    /// <summary>The <c>data-item</c> of a conflict.</summary>
    public const string Item = "extradition-conflict";

    /// <summary>Writes the conflicts of <paramref name="conflicts"/>, or nothing when no source contradicts a figure.</summary>
    public static void Write(TextWriter html, BorderCoopData data, CitationTargets targets, FigureConflicts conflicts)
    {
        if (conflicts.All.Count == 0)
        {
            return;
        }

        html.Write("<h3>Where the sources disagree</h3>\n");
        foreach (var (conflict, letter) in conflicts.All)
        {
            var href = targets.Href(conflict.Id);
            html.Write($"<article class=\"disagreement\" data-item=\"{Item}\" data-conflict=\"{Html.Escape(letter)}\">\n");
            html.Write($"<h4><span class=\"badge\">{Html.Escape(letter)}</span> <a href=\"{href}\">{Html.Escape(conflict.Title)}</a></h4>\n");
            html.Write("<div class=\"versions\">\n");
            for (var i = 0; i < conflict.Versions.Count; i++)
            {
                WriteVersion(html, data, targets, conflict.Versions[i], i + 1);
            }

            html.Write("</div>\n");
            html.Write($"<p class=\"explanation\"><strong>Why they disagree:</strong> {Html.Escape(conflict.Explanation)}</p>\n");
            html.Write("</article>\n");
        }
    }

    private static void WriteVersion(TextWriter html, BorderCoopData data, CitationTargets targets, ConflictVersion version, int number)
    {
        html.Write("<div class=\"version\">\n");
        html.Write($"<p class=\"version-number\">Version {number}</p>\n");
        html.Write($"<p class=\"statement\">{Html.Escape(version.Statement)}</p>\n");
        if (version.RecordId is { } id && data.Find(id) is { } record)
        {
            var what = record is ExtraditionFigure figure
                ? $"{Display.FigureValue(figure)} · {RecordLabel.DirectionInWords(figure.From, figure.To)} · {Display.Population(figure)} · {ExtraditionFigureChart.WhenText(figure)}"
                : Display.Label(record, data);
            var kind = record is ExtraditionFigure ? "Figure" : "Record";
            html.Write($"<p class=\"version-record\">{kind}: <a href=\"{targets.Href(id)}\">{Html.Escape(what)}</a></p>\n");
        }

        // The quotes, each run of quotes from one source followed once by that source's title.
        var citations = version.Citations;
        for (var i = 0; i < citations.Count; i++)
        {
            html.Write($"<blockquote>{Html.Escape(citations[i].ReadableQuote)}</blockquote>\n");
            if (i == citations.Count - 1 || citations[i + 1].SourceId != citations[i].SourceId)
            {
                var source = data.TryGet<Source>(citations[i].SourceId, out var found) ? Display.Label(found, data) : citations[i].SourceId;
                html.Write($"<p class=\"source\">— <cite>{Html.Escape(source)}</cite></p>\n");
            }
        }

        html.Write("</div>\n");
    }
}
