using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Report;

/// <summary>
/// The citations section: one entry per record the charts link to, with each of its citations as the source's title
/// and the quote, and the conflicts that touch the record.
/// </summary>
/// <remarks>
/// Entries are <c>&lt;article id="cite-…"&gt;</c>, the targets of every chart item's link, in the order of the record
/// families (<see cref="RecordFamily.All"/>) and then by id. A record with no citations of its own says why: an
/// agency's names are reference data, and the programs that name it cite its part in them. The source's address, where
/// it has one, is shown as text, never as a link, so the report makes no request. A quote is shown as a reader of the
/// source sees it (<see cref="Citation.ReadableQuote"/>: no Markdown backslash escapes), so that it can be copied.
/// </remarks>
internal static class CitationsSection
{
    /// <summary>Writes an entry for every record in <paramref name="targets"/>.</summary>
    public static void Write(TextWriter html, BorderCoopData data, CitationTargets targets)
    {
        var families = RecordFamily.All.ToList();
        var ids = targets.Ids
            .OrderBy(id => families.IndexOf(RecordId.FamilyOf(id)))
            .ThenBy(id => id, StringComparer.Ordinal)
            .ToList();
        foreach (var id in ids)
        {
            var record = data.Find(id) ?? throw new InvalidOperationException($"The report links to '{id}', which names no record.");
            html.Write($"<article class=\"record\" id=\"{Html.Escape(CitationTargets.Anchor(id))}\">\n");
            html.Write($"<h3>{Html.Escape(Display.Label(record, data))}</h3>\n");
            html.Write($"<p class=\"rid\"><code>{Html.Escape(id)}</code>{Html.Escape(Details(record))}</p>\n");
            WriteCitations(html, data, record);
            foreach (var conflict in data.ConflictsAbout(id))
            {
                html.Write($"<p class=\"conflict\">Sources disagree: <strong>{Html.Escape(conflict.Title)}</strong>. {Html.Escape(conflict.Explanation)}</p>\n");
            }

            html.Write("</article>\n");
        }
    }

    private static void WriteCitations(TextWriter html, BorderCoopData data, IRecord record)
    {
        var citations = data.CitationsOf(record.Id);
        if (citations.Count == 0)
        {
            var why = record is Agency
                ? "An agency’s names are reference data and carry no citation; the programs that name it cite its part in them."
                : "The data gives no citation for this record.";
            html.Write($"<p class=\"uncited\">{Html.Escape(why)}</p>\n");
            return;
        }

        html.Write("<ol class=\"citations\">\n");
        foreach (var citation in citations)
        {
            var source = citation.Source;
            html.Write($"<li><blockquote>{Html.Escape(citation.ReadableQuote)}</blockquote>");
            html.Write($"<p class=\"source\">— <cite>{Html.Escape(Display.Label(source, data))}</cite>");
            var about = string.Join(", ", new[] { source.Outlet, DateText.Of(source.Published) }.Where(s => !string.IsNullOrEmpty(s)));
            if (about.Length > 0)
            {
                html.Write($", {Html.Escape(about)}");
            }

            if (source.Url is not null)
            {
                html.Write($" <span class=\"url\">{Html.Escape(source.Url)}</span>");
            }

            html.Write($" <span class=\"path\">({Html.Escape(citation.Path)})</span></p></li>\n");
        }

        html.Write("</ol>\n");
    }

    /// <summary>A few words after the id: an agency's country and Spanish name, the kind of other records.</summary>
    private static string Details(IRecord record) => record switch
    {
        Agency agency => $" · {agency.Country ?? "no country"}{(agency.SpanishName is null ? string.Empty : " · " + agency.SpanishName)}",
        CooperationProgram program => $" · {EnumText.Of(program.Kind)} · {DateText.Of(program.Period)}",
        ExtraditionCase extradition => $" · {EnumText.Of(extradition.Mechanism)} · {EnumText.Of(extradition.Outcome)}",
        BudgetLine line => $" · {line.Amount} · {EnumText.Of(line.Stage)} · {(line.FiscalYear is { } year ? year.ToString() : DateText.Of(line.Period))}",
        _ => string.Empty,
    };
}
