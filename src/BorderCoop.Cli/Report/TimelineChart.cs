using System.Globalization;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Report;

/// <summary>
/// The timeline of everything dated: one numbered mark per <see cref="BorderCoopData.Timeline"/> entry on a year axis,
/// in one band per kind of record (agreements, programs, extraditions, events, people's offices, sources), and under it
/// the numbered list of what each mark is, so the chart reads without hovering, printed or pasted as a picture.
/// </summary>
/// <remarks>
/// <para>
/// Entries are numbered in timeline order from 1. A mark is drawn at the precision of its date: a dot for a day, a short
/// bar over the month for a month, a bar over the whole year for a year; an approximate date (<c>c. 2006</c>) or a bound
/// (<c>by 2007-01</c>) is drawn hollow with a dashed outline. Each mark's number is written beside it, after it where
/// there is room and before it otherwise. A mark and its number take one stretch of a row; stretches that would
/// overlap go on the next row of their band, so no mark or number hides another.
/// </para>
/// <para>
/// The wide layout draws every year on one axis, long empty stretches collapsed; the narrow one cuts the axis into
/// strips of a dozen years, one under the other, each naming its bands above their rows.
/// </para>
/// <para>
/// Each mark is an <c>&lt;a data-item="timeline"&gt;</c> with <c>data-number</c>, linking to its record's citations; each
/// list entry an <c>&lt;li data-item="timeline-entry"&gt;</c> with the same number and link.
/// </para>
/// </remarks>
internal static class TimelineChart
{
    /// <summary>The <c>data-item</c> of a timeline mark.</summary>
    public const string Item = "timeline";

    /// <summary>The <c>data-item</c> of an entry of the numbered list.</summary>
    public const string EntryItem = "timeline-entry";

    private const double RowHeight = 16;
    private const double BandGap = 8;
    private const double DayRadius = 4;
    private const double MarkHeight = 8;
    private const double MinimumMarkWidth = 6;
    private const double LabelGap = 2;
    private const double Gap = 4;
    private const double AxisHeight = 24;

    /// <summary>Runs of more empty years than this are collapsed into a break on the axis.</summary>
    private const int LongestGap = 15;

    /// <summary>How many years a strip of the narrow layout shows.</summary>
    private const int YearsPerStrip = 12;

    private static readonly Band[] Bands =
    [
        new("Agreements", "agreement", [DateKind.Signed, DateKind.Issued, DateKind.InForce]),
        new("Programs", "program", [DateKind.Started, DateKind.Ended]),
        new("Extraditions", "extradition", [DateKind.Arrested, DateKind.Requested, DateKind.Granted, DateKind.Surrendered]),
        new("Events", "event", [DateKind.Event]),
        new("People in office", "person", [DateKind.TookOffice, DateKind.LeftOffice]),
        new("Sources published", "source", [DateKind.Published]),
    ];

    /// <summary>Writes the chart in both layouts and the numbered list (or a note that nothing is dated).</summary>
    public static void Write(TextWriter html, BorderCoopData data, CitationTargets targets)
    {
        var entries = data.Timeline.Select((e, i) => new Numbered(e, i + 1)).ToList();
        var dates = entries.Select(e => e.Entry.Date.WithoutBound()).SelectMany(d => new[] { d.Start, d.End }).ToList();
        if (dates.Count == 0)
        {
            html.Write("<p class=\"empty\">No record has a date.</p>\n");
            return;
        }

        // A kind no band names yet still gets its marks drawn, in a last band.
        var bands = Bands.Append(new Band("Other", "other", [.. entries.Select(e => e.Entry.Kind).Distinct().Where(k => !Bands.Any(b => b.Kinds.Contains(k)))]))
            .Where(band => band.Kinds.Length > 0)
            .ToList();

        foreach (var layout in ChartLayout.All)
        {
            Draw(html, data, targets, entries, bands, dates, layout);
        }

        html.Write("<p class=\"caption\">Each mark is numbered; the list below says what each number is. A dot is a day, a short bar a month, a long bar a year the sources give no closer; hollow marks are approximate (c.) or bounds (by).</p>\n");
        WriteList(html, data, targets, entries, bands);
    }

    private static void Draw(TextWriter html, BorderCoopData data, CitationTargets targets, List<Numbered> entries, List<Band> bands, List<NodaTime.LocalDate> dates, ChartLayout layout)
    {
        var narrow = layout.IsNarrow;
        var left = narrow ? 6 : Math.Ceiling(bands.Max(b => TextWidth.Of($"{b.Name} ({entries.Count})", ChartLayout.Text, bold: true))) + 16;
        var right = layout.Width - (narrow ? 6 : 20);
        var axis = YearAxis.Covering(dates, left, right - left, collapseGapsOver: LongestGap)!;
        var strips = narrow ? axis.Split(YearsPerStrip) : [axis];

        var body = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var top = Svg.Legend(body, narrow ? 0 : left, layout.Width, 10, LegendEntries()) + 2;
        foreach (var strip in strips)
        {
            var inStrip = entries.Where(e => strip.Shows(e.Entry.Date.WithoutBound().Year)).ToList();
            top = DrawStrip(body, data, targets, strip, inStrip, bands, layout, top) + (narrow ? 14 : 0);
        }

        var credit = SourceCredit.Lines(SourceCredit.For(data, entries.Select(e => e.Entry.Record.Id).Distinct(StringComparer.Ordinal)), layout.Width);
        Svg.Open(html, layout, top + SourceCredit.Height(credit) + 2, $"Timeline of {entries.Count} dated moments, numbered as in the list below");
        html.Write(body.ToString());
        SourceCredit.Write(html, credit, 0, top);
        Svg.Close(html);
    }

    /// <summary>Draws the bands of one strip from <paramref name="top"/>, with the axis under them; returns where it ends.</summary>
    private static double DrawStrip(TextWriter html, BorderCoopData data, CitationTargets targets, YearAxis axis, List<Numbered> entries, List<Band> bands, ChartLayout layout, double top)
    {
        var narrow = layout.IsNarrow;
        var shown = bands
            .Select(band => (Band: band, Marks: Pack(axis, entries.Where(e => band.Kinds.Contains(e.Entry.Kind)), layout)))
            .Where(b => !narrow || b.Marks.Count > 0)
            .ToList();
        var titleHeight = narrow ? 16 : 0;

        // Backgrounds first, then the axis grid, then the bands' names and the marks over them.
        var y = top;
        var names = new List<(string Text, double Y, double Height)>();
        for (var i = 0; i < shown.Count; i++)
        {
            var (band, marks) = shown[i];
            var height = BandHeight(marks) + titleHeight;
            Svg.Rect(html, 0, y, layout.Width, height, i % 2 == 0 ? "band" : "band alt");
            names.Add((narrow ? band.Name : $"{band.Name} ({marks.Count})", y, height));
            y += height;
        }

        axis.Write(html, top, y, layout.Width);
        foreach (var (name, bandTop, height) in names)
        {
            if (narrow)
            {
                Svg.Text(html, axis.Left, bandTop + 13, name, "band-label");
            }
            else
            {
                Svg.Text(html, axis.Left - 8, bandTop + (height / 2) + 4, name, "band-label", "end");
            }
        }

        y = top;
        foreach (var (band, marks) in shown)
        {
            foreach (var mark in marks)
            {
                WriteMark(html, data, targets, mark, y + titleHeight + (BandGap / 2) + (mark.Row * RowHeight) + (RowHeight / 2), band.Css);
            }

            y += BandHeight(marks) + titleHeight;
        }

        return y + AxisHeight;
    }

    private static double BandHeight(List<Mark> marks) => ((marks.Count == 0 ? 0 : marks.Max(m => m.Row)) + 1) * RowHeight + BandGap;

    /// <summary>
    /// Places each entry's mark and number, the number after the mark where it fits before the chart's edge and before
    /// it otherwise, and gives each the first row of its band where its stretch overlaps nothing.
    /// </summary>
    private static List<Mark> Pack(YearAxis axis, IEnumerable<Numbered> entries, ChartLayout layout)
    {
        var placed = entries
            .Select(entry =>
            {
                var (start, end) = Extent(axis, entry.Entry.Date);
                var width = TextWidth.Of(Number(entry), ChartLayout.SmallText);
                var after = end + LabelGap + width <= layout.Width - 2;
                var from = after ? start : start - LabelGap - width;
                var to = after ? end + LabelGap + width : end;
                return (Entry: entry, Start: start, End: end, After: after, From: Math.Max(0, from), To: to);
            })
            .OrderBy(p => p.From)
            .ThenBy(p => p.Entry.Number);
        var rowEnds = new List<double>();
        var marks = new List<Mark>();
        foreach (var p in placed)
        {
            var row = rowEnds.FindIndex(rowEnd => rowEnd + Gap <= p.From);
            if (row < 0)
            {
                row = rowEnds.Count;
                rowEnds.Add(p.To);
            }
            else
            {
                rowEnds[row] = p.To;
            }

            marks.Add(new Mark(p.Entry, p.Start, p.End, row, p.After));
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

    private static string Number(Numbered entry) => entry.Number.ToString(CultureInfo.InvariantCulture);

    private static void WriteMark(TextWriter html, BorderCoopData data, CitationTargets targets, Mark mark, double middle, string css)
    {
        var entry = mark.Entry.Entry;
        var date = entry.Date;
        var precision = EnumText.Kebab(date.Precision);
        var classes = $"mark {css} {precision}{(date.IsApproximate || date.IsBound ? " approx" : string.Empty)}{(date.IsBound ? " bound" : string.Empty)}";
        var href = targets.Href(entry.Record.Id);
        Svg.OpenItem(
            html,
            Item,
            href,
            $"{mark.Entry.Number}. {DateText.Of(date)} · {entry.What} · {Display.Label(entry.Record, data)}",
            ("number", Number(mark.Entry)),
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

        Svg.Text(html, mark.NumberAfter ? mark.End + LabelGap : mark.Start - LabelGap, middle + 4, Number(mark.Entry), "mark-number", mark.NumberAfter ? "start" : "end");
        Svg.CloseItem(html, href);
    }

    private static IEnumerable<LegendEntry> LegendEntries() =>
    [
        new((html, x, middle) => Svg.Circle(html, x + DayRadius, middle, DayRadius, "mark key day"), 2 * DayRadius, "a day"),
        new((html, x, middle) => Svg.Rect(html, x, middle - (MarkHeight / 2), MinimumMarkWidth, MarkHeight, "mark key month"), MinimumMarkWidth, "a month"),
        new((html, x, middle) => Svg.Rect(html, x, middle - (MarkHeight / 2), 26, MarkHeight, "mark key year"), 26, "a year"),
        new((html, x, middle) => Svg.Rect(html, x, middle - (MarkHeight / 2), 26, MarkHeight, "mark key year approx"), 26, "approximate or bound"),
        new((html, x, middle) => Svg.Text(html, x, middle + 4, "12", "mark-number"), TextWidth.Of("12", ChartLayout.SmallText), "number in the list below"),
    ];

    /// <summary>Writes the numbered list: each entry's number, the colour of its band, its date, what happened and to what.</summary>
    private static void WriteList(TextWriter html, BorderCoopData data, CitationTargets targets, List<Numbered> entries, List<Band> bands)
    {
        html.Write("<ol class=\"timeline-key\">\n");
        foreach (var numbered in entries)
        {
            var entry = numbered.Entry;
            var band = bands.First(b => b.Kinds.Contains(entry.Kind));
            html.Write($"<li data-item=\"{EntryItem}\" data-number=\"{Number(numbered)}\">");
            html.Write($"<span class=\"num key-{band.Css}\">{Number(numbered)}</span> ");
            html.Write($"<span class=\"date\">{Html.Escape(DateText.Of(entry.Date))}</span> ");
            html.Write($"{Html.Escape(entry.What)}: <a href=\"{targets.Href(entry.Record.Id)}\">{Html.Escape(Display.Label(entry.Record, data))}</a>");
            html.Write("</li>\n");
        }

        html.Write("</ol>\n");
    }

    private sealed record Band(string Name, string Css, DateKind[] Kinds);

    private sealed record Numbered(TimelineEntry Entry, int Number);

    private sealed record Mark(Numbered Entry, double Start, double End, int Row, bool NumberAfter);
}
