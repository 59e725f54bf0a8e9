using System.Globalization;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Report;

/// <summary>
/// The extradition figures the sources report (<see cref="ExtraditionFigure"/>), one row per figure, in one panel per
/// measure: totals, annual averages, requests denied, requests pending.
/// </summary>
/// <remarks>
/// <para>
/// Each row says whom the figure counts (its direction and population, and who reported it), draws its value as a bar
/// with its qualifier (exact; at least and more than with an arrow going on; about with a blurred end; up to as a
/// hollow bar ending at its maximum) and writes the value in words beside it, and draws the period the figure covers as a
/// span over the years, an open or unknown end running to the edge with an arrow. A figure that stands at a date is a
/// diamond at that date; one the sources give no period for says so.
/// </para>
/// <para>
/// Measures are never put on one scale: each panel has its own value scale, drawn at its top, so an annual average can
/// never be read against a total; each panel is a picture of its own (the legend over the first, the sources under the
/// last), so print and copying never cut one in two. Nothing is added up. A figure that a conflict touches is tinted and marked with the
/// conflict's letter (<see cref="FigureConflicts"/>); <see cref="FigureDisagreements"/> shows the versions side by side.
/// </para>
/// <para>
/// A row is an <c>&lt;a data-item="extradition-figure"&gt;</c> linking to the figure's citations, with
/// <c>data-figure</c> (the id), <c>data-measure</c>, <c>data-qualifier</c> and, when conflicts touch it,
/// <c>data-conflicts</c> (their letters).
/// </para>
/// </remarks>
internal static class ExtraditionFigureChart
{
    /// <summary>The <c>data-item</c> of a figure's row.</summary>
    public const string Item = "extradition-figure";

    private const double RowPadding = 7;
    private const double BarHeight = 12;
    private const double ArrowLength = 18;
    private const double BadgeWidth = 18;

    private static readonly ExtraditionMeasure[] Measures = Enum.GetValues<ExtraditionMeasure>();

    /// <summary>What a figure covers in time, as the chart writes it: its period, <c>as of</c> its date, or <c>no period given</c>.</summary>
    public static string WhenText(ExtraditionFigure figure) =>
        figure.Period is not null ? DateText.Of(figure.Period)
        : figure.AsOf is not null ? "as of " + DateText.Of(figure.AsOf)
        : "no period given";

    /// <summary>The title of a measure's panel.</summary>
    public static string PanelTitle(ExtraditionMeasure measure) => measure switch
    {
        ExtraditionMeasure.Total => "Totals: persons extradited over each period",
        ExtraditionMeasure.AnnualAverage => "Annual averages: persons a year, on a scale of their own (not totals)",
        ExtraditionMeasure.Denied => "Extradition requests denied",
        ExtraditionMeasure.Pending => "Extradition requests pending",
        _ => EnumText.Of(measure),
    };

    /// <summary>Writes the chart in both layouts and its caption, or a note that the data has no figures.</summary>
    public static void Write(TextWriter html, BorderCoopData data, CitationTargets targets, FigureConflicts conflicts)
    {
        if (data.ExtraditionFigures.Count == 0)
        {
            html.Write("<p class=\"empty\">No reported extradition figures.</p>\n");
            return;
        }

        var panels = Panels(data, conflicts);
        foreach (var layout in ChartLayout.All)
        {
            Draw(html, data, targets, panels, layout);
        }

        html.Write("<p class=\"caption\">Each row is one figure as a source reports it, with whom it counts and who reported it. The bar is the value, with its qualifier: an arrow where the source says “at least” or “more than”, a blurred end for “about”, a hollow bar ending at the maximum for “up to”. The span on the right is the period the figure covers. Totals, annual averages, denials and pending requests are different measures: each has its own panel and scale, and no figure is added to another.");
        if (conflicts.All.Count > 0)
        {
            html.Write(" Tinted rows with a letter are figures the sources contradict: see “Where the sources disagree” below.");
        }

        html.Write("</p>\n");
    }

    /// <summary>The panels of <paramref name="data"/>: one per measure with figures, in the order of <see cref="ExtraditionMeasure"/>, rows by direction and then by date.</summary>
    internal static List<Panel> Panels(BorderCoopData data, FigureConflicts conflicts) =>
        [.. Measures
            .Select(measure => new Panel(
                measure,
                [.. data.ExtraditionFigures
                    .Where(f => f.Measure == measure)
                    .OrderBy(f => f.From, StringComparer.Ordinal).ThenBy(f => f.To, StringComparer.Ordinal)
                    .ThenBy(f => FirstDate(f) is null)
                    .ThenBy(f => FirstDate(f))
                    .ThenBy(f => f.Id, StringComparer.Ordinal)
                    .Select(f => Row(data, f, conflicts))]))
            .Where(p => p.Rows.Count > 0)];

    private static PartialDate? FirstDate(ExtraditionFigure figure) => figure.Period?.Start ?? figure.Period?.End ?? figure.AsOf;

    private static FigureRow Row(BorderCoopData data, ExtraditionFigure figure, FigureConflicts conflicts)
    {
        var heading = $"{RecordLabel.DirectionInWords(figure.From, figure.To)} · {Display.Population(figure)}";
        var reporter = figure.ReportedById is { } id && data.Find(id) is { } by ? "reported by " + Display.Label(by, data) : null;
        return new FigureRow(figure, heading, reporter, Display.FigureValue(figure), WhenText(figure), conflicts.Of(figure.Id));
    }

    private static void Draw(TextWriter html, BorderCoopData data, CitationTargets targets, List<Panel> panels, ChartLayout layout)
    {
        var frame = Frame.For(layout);
        var figures = panels.SelectMany(p => p.Rows).Select(r => r.Figure).ToList();
        var axis = TimeAxis(figures, frame.TimeLeft, frame.TimeRight - frame.TimeLeft);

        // One picture per panel, so a page or a copied picture never cuts a panel in two: the legend over the first,
        // the sources under the last. Each is laid out first (rows differ in height), then drawn.
        var credit = SourceCredit.Lines(SourceCredit.For(data, figures.Select(f => f.Id)), layout.Width);
        for (var i = 0; i < panels.Count; i++)
        {
            var body = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            var top = i == 0 ? Svg.Legend(body, 0, layout.Width, 10, LegendEntries(panels)) + 4 : 4;
            var bottom = DrawPanel(body, targets, panels[i], frame, axis, top) + 6;
            var last = i == panels.Count - 1;
            Svg.Open(html, layout, bottom + (last ? SourceCredit.Height(credit) + 2 : 0), $"{PanelTitle(panels[i].Measure)}: {panels[i].Rows.Count} extradition figure{(panels[i].Rows.Count == 1 ? string.Empty : "s")} as the sources report them");
            html.Write(body.ToString());
            if (last)
            {
                SourceCredit.Write(html, credit, 0, bottom);
            }

            Svg.Close(html);
        }
    }

    /// <summary>A year axis over every date the figures give, with room before an open start and after an open end; null when no figure is dated.</summary>
    private static YearAxis? TimeAxis(List<ExtraditionFigure> figures, double left, double width)
    {
        var years = figures.SelectMany(f => new[] { f.Period?.Start, f.Period?.End, f.AsOf }).OfType<PartialDate>()
            .SelectMany(d => new[] { d.Start.Year, d.End.Year })
            .ToList();
        if (years.Count == 0)
        {
            return null;
        }

        var openBefore = figures.Any(f => f.Period is { StartKind: not DateBoundKind.Known });
        var openAfter = figures.Any(f => f.Period is { EndKind: not DateBoundKind.Known });
        return new YearAxis(years.Min() - (openBefore ? 2 : 0), years.Max() + (openAfter ? 1 : 0), left, width);
    }

    private static IEnumerable<LegendEntry> LegendEntries(List<Panel> panels)
    {
        var qualifiers = panels.SelectMany(p => p.Rows).Select(r => r.Figure.Value.Qualifier).ToHashSet();
        foreach (var qualifier in Enum.GetValues<QuantityQualifier>().Where(qualifiers.Contains))
        {
            var text = qualifier switch
            {
                QuantityQualifier.Exact => "exact",
                QuantityQualifier.AtLeast => "at least",
                QuantityQualifier.MoreThan => "more than",
                QuantityQualifier.About => "about",
                _ => "up to",
            };
            yield return new LegendEntry((html, x, middle) => DrawValueBar(html, qualifier, x, middle, 22), 22 + QualifierOverhang(qualifier), text);
        }

        yield return new LegendEntry((html, x, middle) => Svg.Rect(html, x, middle - (BarHeight / 2), 26, BarHeight, "span"), 26, "period covered");
        if (panels.SelectMany(p => p.Rows).Any(r => r.Figure.Period is { StartKind: not DateBoundKind.Known } or { EndKind: not DateBoundKind.Known }))
        {
            yield return new LegendEntry((html, x, middle) => DrawSpan(html, x, x + 30, middle, DateBoundKind.Known, DateBoundKind.Unknown, approximate: false), 30, "end not given");
        }

        if (panels.SelectMany(p => p.Rows).Any(r => r.Figure.Period is null && r.Figure.AsOf is not null))
        {
            yield return new LegendEntry((html, x, middle) => Svg.Polygon(html, "as-of", (x + 7, middle - 7), (x + 14, middle), (x + 7, middle + 7), (x, middle)), 14, "count as of a date");
        }

        if (panels.SelectMany(p => p.Rows).Any(r => r.Conflicts.Count > 0))
        {
            yield return new LegendEntry((html, x, middle) => DrawBadge(html, x, middle, "A"), BadgeWidth - 2, "sources disagree (see below)");
        }
    }

    /// <summary>Draws one panel from <paramref name="top"/>; returns where it ends.</summary>
    private static double DrawPanel(TextWriter html, CitationTargets targets, Panel panel, Frame frame, YearAxis? axis, double top)
    {
        var size = ChartLayout.Title;
        var title = TextWidth.Wrap(PanelTitle(panel.Measure), size, frame.Width, bold: true);
        top = Svg.Lines(html, 0, top + (TextWidth.Ascent * size), title, size, "panel-title") - (TextWidth.Ascent * size);

        // The panel's own value scale, with its ticks over the bars.
        var largest = panel.Rows.Max(r => r.Figure.Value.Value);
        var scale = new LinearScale(largest, 0, frame.BarLength, counts: true);
        var tickBaseline = top + 14;
        var ticks = new LabelSpace();
        foreach (var tick in scale.Ticks)
        {
            var text = tick.ToString("#,0", CultureInfo.InvariantCulture);
            var x = frame.BarLeft + scale.Length(tick);
            var anchor = x - (TextWidth.Of(text, ChartLayout.SmallText) / 2) < 0 ? "start" : "middle";
            if (ticks.TakeFirstFree([Box.OfText(text, x, tickBaseline, ChartLayout.SmallText, anchor)]) >= 0)
            {
                Svg.Text(html, x, tickBaseline, text, "tick", anchor);
            }
        }

        if (axis is not null && !frame.Narrow)
        {
            Svg.Text(html, frame.TimeLeft, tickBaseline, "Period the figure covers", "tick");
        }

        top = tickBaseline + 6;
        var rowsTop = top;
        var rows = panel.Rows.Select(r => (Row: r, Shape: RowShape.Of(r, frame, scale))).ToList();
        var rowsBottom = rowsTop + rows.Sum(r => r.Shape.Height);

        // Grid lines under the rows where the rows share columns: the value ticks and the years. (On a phone each
        // row draws its own, only where its bar and span are, so no line runs through its words.)
        if (!frame.Narrow)
        {
            foreach (var tick in scale.Ticks)
            {
                var x = frame.BarLeft + scale.Length(tick);
                Svg.Line(html, x, rowsTop, x, rowsBottom, tick == 0 ? "baseline" : "grid");
            }

            if (axis is not null)
            {
                axis.Write(html, rowsTop, rowsBottom, frame.Width);
            }
        }

        foreach (var (row, shape) in rows)
        {
            DrawRow(html, targets, row, shape, frame, scale, axis, top);
            top += shape.Height;
        }

        if (axis is not null && frame.Narrow)
        {
            // One axis under the rows: each row's track already shows its years' grid.
            axis.Write(html, top, top + 2, frame.Width);
            top += 18;
        }
        else if (axis is not null)
        {
            top += 18;
        }

        return top;
    }

    private static void DrawRow(TextWriter html, CitationTargets targets, FigureRow row, RowShape shape, Frame frame, LinearScale scale, YearAxis? axis, double top)
    {
        var figure = row.Figure;
        var href = targets.Href(figure.Id);
        var data = new List<(string, string)> { ("figure", figure.Id), ("measure", EnumText.Kebab(figure.Measure)), ("qualifier", EnumText.Kebab(figure.Value.Qualifier)) };
        if (row.Conflicts.Count > 0)
        {
            data.Add(("conflicts", string.Join(" ", row.Conflicts.Select(c => c.Letter))));
        }

        Svg.OpenItem(html, Item, href, $"{row.Heading}: {row.Value}, {row.When}{(row.Reporter is null ? string.Empty : ", " + row.Reporter)}", [.. data]);
        Svg.Rect(html, 0, top, frame.Width, shape.Height, row.Conflicts.Count > 0 ? "row conflicted" : "row");
        Svg.Line(html, 0, top + shape.Height, frame.Width, top + shape.Height, "row-rule");

        var size = ChartLayout.Text;
        var baseline = top + RowPadding + (TextWidth.Ascent * size);
        var next = Svg.Lines(html, 0, baseline, shape.Heading, size, "row-heading");
        Svg.Lines(html, 0, next, shape.Details, ChartLayout.SmallText, "row-detail");
        var badgeX = frame.LabelRight - (row.Conflicts.Count * BadgeWidth);
        foreach (var conflict in row.Conflicts)
        {
            DrawBadge(html, badgeX, baseline - 4, conflict.Letter);
            badgeX += BadgeWidth;
        }

        // The value: a bar with its qualifier, and the value in words after it.
        var barBaseline = top + shape.BarBaseline;
        var barMiddle = barBaseline - 4;
        var length = scale.Length(figure.Value.Value);
        if (frame.Narrow)
        {
            foreach (var tick in scale.Ticks)
            {
                var x = frame.BarLeft + scale.Length(tick);
                Svg.Line(html, x, barMiddle - (BarHeight / 2) - 2, x, barMiddle + (BarHeight / 2) + 2, tick == 0 ? "baseline" : "grid");
            }
        }

        DrawValueBar(html, figure.Value.Qualifier, frame.BarLeft, barMiddle, length, EnumText.Kebab(figure.Measure));
        Svg.Lines(html, shape.ValueX, barBaseline, shape.Value, ChartLayout.Text, "value-label");

        // The time it covers.
        var trackMiddle = top + shape.TrackBaseline - 4;
        if (frame.Narrow && axis is not null && (figure.Period is not null || figure.AsOf is not null))
        {
            Svg.Rect(html, frame.TimeLeft, trackMiddle - (BarHeight / 2) - 2, frame.TimeRight - frame.TimeLeft, BarHeight + 4, "track");
            axis.WriteGrid(html, trackMiddle - (BarHeight / 2) - 2, trackMiddle + (BarHeight / 2) + 2);
        }

        var (whenX, anchor) = DrawTime(html, figure, axis, trackMiddle, frame);
        Svg.Text(html, whenX, top + shape.WhenBaseline, row.When, figure.Period is null && figure.AsOf is null ? "when undated" : "when", anchor);
        Svg.CloseItem(html, href);
    }

    /// <summary>Draws the period or date of <paramref name="figure"/>; returns where its text goes (x and anchor) on the line under it.</summary>
    private static (double X, string Anchor) DrawTime(TextWriter html, ExtraditionFigure figure, YearAxis? axis, double middle, Frame frame)
    {
        if (axis is null || (figure.Period is null && figure.AsOf is null))
        {
            return (frame.TimeLeft, "start");
        }

        double start, end;
        if (figure.Period is { } period)
        {
            start = period is { StartKind: DateBoundKind.Known, Start: { } first } ? axis.X(first.Start) : axis.Left;
            end = period is { EndKind: DateBoundKind.Known, End: { } last } ? axis.XAfter(last.End) : axis.Right;
            var approximate = period.Start?.IsApproximate == true || period.End?.IsApproximate == true;
            DrawSpan(html, start, end, middle, period.StartKind, period.EndKind, approximate);
        }
        else
        {
            var date = figure.AsOf!.WithoutBound();
            var x = (axis.X(date.Start) + axis.XAfter(date.End)) / 2;
            Svg.Polygon(html, "as-of", (x, middle - 7), (x + 7, middle), (x, middle + 7), (x - 7, middle));
            (start, end) = (x - 7, x + 7);
        }

        // The text under the span, starting where it starts, kept inside the time column.
        var width = TextWidth.Of(WhenText(figure), ChartLayout.SmallText);
        return (Math.Clamp(start, frame.TimeLeft, Math.Max(frame.TimeLeft, frame.TimeRight - width)), "start");
    }

    /// <summary>A period's span from <paramref name="start"/> to <paramref name="end"/>; a side that is not known gets an arrow at the chart's edge instead of an end.</summary>
    private static void DrawSpan(TextWriter html, double start, double end, double middle, DateBoundKind startKind, DateBoundKind endKind, bool approximate)
    {
        var half = BarHeight / 2;
        var solidStart = startKind == DateBoundKind.Known ? start : start + 9;
        var solidEnd = endKind == DateBoundKind.Known ? end : end - 9;
        var css = approximate ? "span approx" : "span";
        if (startKind != DateBoundKind.Known)
        {
            Svg.Rect(html, solidStart, middle - half, Math.Max(0, solidEnd - solidStart), BarHeight, css + " open-start");
            Svg.Polygon(html, "span-arrow", (start, middle), (start + 9, middle - half), (start + 9, middle + half));
        }
        else if (endKind != DateBoundKind.Known)
        {
            Svg.Rect(html, solidStart, middle - half, Math.Max(0, solidEnd - solidStart), BarHeight, css + " open-end");
        }
        else
        {
            Svg.Rect(html, start, middle - half, Math.Max(1.5, end - start), BarHeight, css);
        }

        if (endKind != DateBoundKind.Known)
        {
            Svg.Polygon(html, "span-arrow", (end, middle), (end - 9, middle - half), (end - 9, middle + half));
        }
    }

    /// <summary>How far past the value a qualifier's mark reaches: the arrow of at least and more than, the blur of about, the cap of exact and up to.</summary>
    private static double QualifierOverhang(QuantityQualifier qualifier) => qualifier switch
    {
        QuantityQualifier.AtLeast or QuantityQualifier.MoreThan => ArrowLength,
        QuantityQualifier.About => 8,
        _ => 1.5,
    };

    /// <summary>Draws a value bar <paramref name="length"/> long from <paramref name="x"/> with the mark of its qualifier.</summary>
    private static void DrawValueBar(TextWriter html, QuantityQualifier qualifier, double x, double middle, double length, string measure = "total")
    {
        var bar = $"qbar m-{measure}";
        var top = middle - (BarHeight / 2);
        var end = x + length;
        switch (qualifier)
        {
            case QuantityQualifier.AtLeast:
            case QuantityQualifier.MoreThan:
                Svg.Rect(html, x, top, length, BarHeight, bar);
                Svg.Line(html, end, middle, end + ArrowLength - 6, middle, qualifier == QuantityQualifier.AtLeast ? "qarrow" : "qarrow more");
                Svg.Polygon(html, qualifier == QuantityQualifier.AtLeast ? "qarrow-head" : "qarrow-head more", (end + ArrowLength, middle), (end + ArrowLength - 7, middle - 5), (end + ArrowLength - 7, middle + 5));
                break;
            case QuantityQualifier.About:
                // A blurred end: no bound is stated, so the bar fades out around the value instead of stopping.
                Svg.Rect(html, x, top, Math.Max(0, length - 8), BarHeight, bar);
                for (var i = 0; i < 4; i++)
                {
                    Svg.Rect(html, end - 8 + (i * 4), top, 4, BarHeight, $"{bar} fade-{i + 1}");
                }

                break;
            case QuantityQualifier.UpTo:
                Svg.Rect(html, x, top, length, BarHeight, bar + " hollow");
                Svg.Line(html, end, top - 2, end, top + BarHeight + 2, "qcap");
                break;
            default:
                Svg.Rect(html, x, top, length, BarHeight, bar);
                Svg.Line(html, end, top - 2, end, top + BarHeight + 2, "qcap");
                break;
        }
    }

    private static void DrawBadge(TextWriter html, double x, double middle, string letter)
    {
        Svg.Rect(html, x, middle - 7, BadgeWidth - 4, 14, "badge");
        Svg.Text(html, x + ((BadgeWidth - 4) / 2), middle + 4, letter, "badge-text", "middle");
    }

    /// <summary>One measure's panel.</summary>
    /// <param name="Measure">What its figures measure.</param>
    /// <param name="Rows">Its rows, in the order drawn.</param>
    internal sealed record Panel(ExtraditionMeasure Measure, IReadOnlyList<FigureRow> Rows);

    /// <summary>What a figure's row says.</summary>
    /// <param name="Figure">The figure.</param>
    /// <param name="Heading">Whom it counts: direction and population.</param>
    /// <param name="Reporter">Who reported it (<c>reported by …</c>), or null.</param>
    /// <param name="Value">The value in words (<see cref="Display.FigureValue"/>).</param>
    /// <param name="When">What it covers in time (<see cref="WhenText"/>).</param>
    /// <param name="Conflicts">The conflicts that touch it, with their letters.</param>
    internal sealed record FigureRow(ExtraditionFigure Figure, string Heading, string? Reporter, string Value, string When, IReadOnlyList<FigureConflicts.Marked> Conflicts);

    /// <summary>Where the columns of a layout are: the label, the value bars (and their words, up to <paramref name="ValueRight"/>) and the time.</summary>
    private sealed record Frame(double Width, double LabelRight, double BarLeft, double BarLength, double ValueRight, double TimeLeft, double TimeRight, bool Narrow)
    {
        public static Frame For(ChartLayout layout) => layout.IsNarrow
            ? new Frame(layout.Width, layout.Width, 6, 110, layout.Width, 0, layout.Width, Narrow: true)
            : new Frame(layout.Width, 330, 350, 170, 704, 720, layout.Width - 12, Narrow: false);
    }

    /// <summary>How a row is laid out in a frame: its wrapped text, where its value's words start, and the baselines of its lines.</summary>
    private sealed record RowShape(IReadOnlyList<string> Heading, IReadOnlyList<string> Details, IReadOnlyList<string> Value, double ValueX, double BarBaseline, double TrackBaseline, double WhenBaseline, double Height)
    {
        public static RowShape Of(FigureRow row, Frame frame, LinearScale scale)
        {
            var size = ChartLayout.Text;
            var small = ChartLayout.SmallText;
            var line = size * TextWidth.LineSpacing;
            var room = frame.LabelRight - (row.Conflicts.Count * BadgeWidth) - 6;
            var heading = TextWidth.Wrap(row.Heading, size, room);
            var details = row.Reporter is null ? [] : TextWidth.Wrap(row.Reporter, small, frame.LabelRight);
            var valueX = frame.BarLeft + scale.Length(row.Figure.Value.Value) + QualifierOverhang(row.Figure.Value.Qualifier) + 6;
            var value = TextWidth.Wrap(row.Value, size, frame.ValueRight - valueX, bold: true);
            var first = RowPadding + (TextWidth.Ascent * size);
            var textLines = (heading.Count * line) + (details.Count * small * TextWidth.LineSpacing);
            if (!frame.Narrow)
            {
                // Label on the left; bar and span on the first line, the value's words after the bar, the period's text
                // under the span.
                var height = Math.Max(Math.Max(textLines, value.Count * line), 2 * line) + (2 * RowPadding) - 2;
                return new RowShape(heading, details, value, valueX, first, first, first + line, height);
            }

            // Narrow: label lines, then the bar and its words, then the span and its text.
            var bar = first + textLines + 2;
            var track = bar + (value.Count * line) + 2;
            var when = track + line;
            return new RowShape(heading, details, value, valueX, bar, track, when, when + (TextWidth.Descent * small) + RowPadding);
        }
    }
}
