using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Report;

/// <summary>
/// The timeline of everything dated: one mark per <see cref="BorderCoopData.Timeline"/> entry on a year axis, in one
/// band per kind of record (agreements, programs, extraditions, events, people's offices, sources).
/// </summary>
/// <remarks>
/// <para>
/// A mark is drawn at the precision of its date: a dot for a day, a short bar over the month for a month, a bar over
/// the whole year for a year. An approximate date (<c>c. 2006</c>) is drawn hollow with a dashed outline. Marks that
/// would overlap go on the next row of their band, so no mark hides another.
/// </para>
/// <para>Each mark is an <c>&lt;a data-item="timeline"&gt;</c> linking to its record's citations; its tooltip gives the date, what happened and the record.</para>
/// </remarks>
internal static class TimelineChart
{
    /// <summary>The <c>data-item</c> of a timeline mark.</summary>
    public const string Item = "timeline";

    private const double Width = 1180;
    private const double Left = 150;
    private const double Right = 20;
    private const double Top = 34;
    private const double RowHeight = 13;
    private const double BandGap = 10;
    private const double DayRadius = 4;
    private const double MarkHeight = 8;
    private const double MinimumMarkWidth = 6;
    private const double Gap = 2;

    /// <summary>Runs of more empty years than this are collapsed into a break on the axis.</summary>
    private const int LongestGap = 15;

    private static readonly Band[] Bands =
    [
        new("Agreements", "agreement", [DateKind.Signed, DateKind.Issued, DateKind.InForce]),
        new("Programs", "program", [DateKind.Started, DateKind.Ended]),
        new("Extraditions", "extradition", [DateKind.Arrested, DateKind.Requested, DateKind.Granted, DateKind.Surrendered]),
        new("Events", "event", [DateKind.Event]),
        new("People in office", "person", [DateKind.TookOffice, DateKind.LeftOffice]),
        new("Sources published", "source", [DateKind.Published]),
    ];

    /// <summary>Writes the chart (or a note that nothing is dated) for <paramref name="data"/>.</summary>
    public static void Write(TextWriter html, BorderCoopData data, CitationTargets targets)
    {
        var entries = data.Timeline;
        // A bound ("by January 2007") is drawn at the date it names, hollow: it reaches no earlier or later day on the axis.
        var axis = YearAxis.Covering(entries.Select(e => e.Date.WithoutBound()).SelectMany(d => new[] { d.Start, d.End }), Left, Width - Left - Right, collapseGapsOver: LongestGap);
        if (axis is null)
        {
            html.Write("<p class=\"empty\">No record has a date.</p>\n");
            return;
        }

        // A kind no band names yet still gets its marks drawn, in a last band.
        var bands = Bands.Append(new Band("Other", "other", [.. entries.Select(e => e.Kind).Distinct().Where(k => !Bands.Any(b => b.Kinds.Contains(k)))]))
            .Where(band => band.Kinds.Length > 0)
            .ToList();
        var marks = bands.Select(band => Pack(axis, entries.Where(e => band.Kinds.Contains(e.Kind)))).ToList();
        var height = Top + marks.Sum(m => BandHeight(m)) + 30;

        Svg.Open(html, Width, height, $"Timeline of {entries.Count} dated moments");
        WriteLegend(html);
        var y = Top;
        for (var i = 0; i < bands.Count; i++)
        {
            var bandHeight = BandHeight(marks[i]);
            Svg.Rect(html, 0, y, Width, bandHeight, i % 2 == 0 ? "band" : "band alt");
            Svg.Text(html, Left - 8, y + (bandHeight / 2) + 4, $"{bands[i].Name} ({marks[i].Count})", "band-label", "end");
            y += bandHeight;
        }

        axis.Write(html, Top, y);

        y = Top;
        for (var i = 0; i < bands.Count; i++)
        {
            foreach (var mark in marks[i])
            {
                WriteMark(html, data, targets, mark, y + (BandGap / 2) + (mark.Row * RowHeight) + (RowHeight / 2), bands[i].Css);
            }

            y += BandHeight(marks[i]);
        }

        Svg.Close(html);
    }

    private static double BandHeight(List<Mark> marks) => ((marks.Count == 0 ? 0 : marks.Max(m => m.Row)) + 1) * RowHeight + BandGap;

    /// <summary>Places each entry's mark and gives it the first row of its band where it overlaps nothing.</summary>
    private static List<Mark> Pack(YearAxis axis, IEnumerable<TimelineEntry> entries)
    {
        var rowEnds = new List<double>();
        var marks = new List<Mark>();
        foreach (var entry in entries.OrderBy(e => Extent(axis, e.Date).Start))
        {
            var (start, end) = Extent(axis, entry.Date);
            var row = rowEnds.FindIndex(rowEnd => rowEnd + Gap <= start);
            if (row < 0)
            {
                row = rowEnds.Count;
                rowEnds.Add(end);
            }
            else
            {
                rowEnds[row] = end;
            }

            marks.Add(new Mark(entry, start, end, row));
        }

        return marks;
    }

    /// <summary>Where a mark for <paramref name="bounded"/> (a bound at the date it names) begins and ends: the whole month or year it may be in, or a dot's width around its day.</summary>
    private static (double Start, double End) Extent(YearAxis axis, PartialDate bounded)
    {
        var date = bounded.WithoutBound();
        if (date.Precision == DatePrecision.Day)
        {
            var middle = (axis.X(date.Start) + axis.XAfter(date.Start)) / 2;
            return (middle - DayRadius, middle + DayRadius);
        }

        var start = axis.X(date.Start);
        return (start, Math.Max(axis.XAfter(date.End), start + MinimumMarkWidth));
    }

    private static void WriteMark(TextWriter html, BorderCoopData data, CitationTargets targets, Mark mark, double middle, string css)
    {
        var entry = mark.Entry;
        var date = entry.Date;
        var precision = EnumText.Kebab(date.Precision);
        var classes = $"mark {css} {precision}{(date.IsApproximate || date.IsBound ? " approx" : string.Empty)}{(date.IsBound ? " bound" : string.Empty)}";
        var href = targets.Href(entry.Record.Id);
        Svg.OpenItem(
            html,
            Item,
            href,
            $"{DateText.Of(date)} · {entry.What} · {Display.Label(entry.Record, data)}",
            ("kind", EnumText.Kebab(entry.Kind)),
            ("precision", precision),
            ("approximate", date.IsApproximate ? "true" : "false"));
        if (date.Precision == DatePrecision.Day)
        {
            Svg.Circle(html, (mark.Start + mark.End) / 2, middle, DayRadius, classes);
        }
        else
        {
            Svg.Rect(html, mark.Start, middle - (MarkHeight / 2), mark.End - mark.Start, MarkHeight, classes);
        }

        Svg.CloseItem(html, href);
    }

    private static void WriteLegend(TextWriter html)
    {
        html.Write("<g class=\"legend\">");
        Svg.Circle(html, Left + 4, 14, DayRadius, "mark key day");
        Svg.Text(html, Left + 14, 18, "a day", "legend-text");
        Svg.Rect(html, Left + 70, 10, MinimumMarkWidth, MarkHeight, "mark key month");
        Svg.Text(html, Left + 82, 18, "a month", "legend-text");
        Svg.Rect(html, Left + 150, 10, 26, MarkHeight, "mark key year");
        Svg.Text(html, Left + 182, 18, "a year (known only to the year)", "legend-text");
        Svg.Rect(html, Left + 380, 10, 26, MarkHeight, "mark key year approx");
        Svg.Text(html, Left + 412, 18, "approximate (c.), bound (by): hollow", "legend-text");
        Svg.Text(html, Left + 640, 18, "Colour = kind of record; each mark links to its citations.", "legend-text");
        html.Write("</g>\n");
    }

    private sealed record Band(string Name, string Css, DateKind[] Kinds);

    private sealed record Mark(TimelineEntry Entry, double Start, double End, int Row);
}
