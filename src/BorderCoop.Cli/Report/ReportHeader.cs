using System.Globalization;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Report;

/// <summary>
/// The top of the report: the title, the data release the report was made from, and the sources every claim comes
/// from, each with its full title, authors, outlet and date as the data gives them.
/// </summary>
/// <remarks>
/// A source the document gives no title is named as untitled, with its file and the curators' description of it; a
/// missing author, outlet or date is said to be missing rather than left out, so a reader knows the data was checked.
/// The source's address is shown as text, never as a link, so the report makes no request.
/// </remarks>
internal static class ReportHeader
{
    /// <summary>Writes the header of the report of <paramref name="data"/>.</summary>
    public static void Write(TextWriter html, BorderCoopData data)
    {
        html.Write("<header>\n<h1>U.S.–Mexico security cooperation</h1>\n");
        var release = data.DataVersion is { } version
            ? $"Data release <strong>{Html.Escape(version)}</strong>"
            : "Records not from a data release";
        html.Write(string.Create(CultureInfo.InvariantCulture, $"<p class=\"release\">{release} · {data.Records.Count} records from {data.Sources.Count} source{(data.Sources.Count == 1 ? string.Empty : "s")} · made with bordercoop</p>\n"));
        html.Write("<p class=\"lead\">Every mark, bar, line and node links to the citations it rests on: the source and its exact words.</p>\n");
        html.Write("<nav><a href=\"#timeline\">Timeline</a><a href=\"#extraditions\">Extraditions</a><a href=\"#budget\">Budget</a><a href=\"#network\">Programs and agencies</a><a href=\"#citations\">Citations</a></nav>\n");
        WriteSources(html, data);
        html.Write("<pre id=\"report-errors\" hidden></pre>\n</header>\n");
    }

    private static void WriteSources(TextWriter html, BorderCoopData data)
    {
        if (data.Sources.Count == 0)
        {
            return;
        }

        html.Write("<section id=\"sources\" class=\"sources\">\n<h2>Sources</h2>\n<ol class=\"sources\">\n");
        foreach (var source in data.Sources)
        {
            html.Write($"<li data-source=\"{Html.Escape(source.Id)}\">");
            html.Write(source.Title is { } title
                ? $"<cite>{Html.Escape(title)}</cite>"
                : $"<cite class=\"untitled\">Untitled {Html.Escape(EnumText.Of(source.Kind))}</cite> <span class=\"file\">(file {Html.Escape(source.FileName)})</span>");
            var about = new[]
            {
                source.Authors.Count > 0 ? "by " + string.Join(", ", source.Authors) : "no author named",
                source.Outlet ?? "no outlet named",
                source.Published is { } published ? "published " + DateText.Of(published) : "no date given",
                EnumText.Of(source.Kind),
            };
            html.Write($"<br><span class=\"about\">{Html.Escape(string.Join(" · ", about))}</span>");
            if (source.Url is not null)
            {
                html.Write($"<br><span class=\"url\">{Html.Escape(source.Url)}</span>");
            }

            if (source.Title is null)
            {
                html.Write($"<br><span class=\"description\">{Html.Escape(source.Description)}</span>");
            }

            html.Write("</li>\n");
        }

        html.Write("</ol>\n</section>\n");
    }
}
