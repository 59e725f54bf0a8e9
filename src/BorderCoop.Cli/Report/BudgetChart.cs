using System.Globalization;
using BorderCoop.Cli.Formatting;
using NodaTime;

namespace BorderCoop.Cli.Report;

/// <summary>
/// Budget lines by U.S. fiscal year and stage (request, appropriation, budget, assistance total), one chart per
/// currency; amounts the sources give for a span of calendar years are drawn as spans under the bars.
/// </summary>
/// <remarks>
/// <para>
/// The bars are <see cref="BorderCoopData.BudgetTotalsByFiscalYear"/>: one bar per fiscal year, stage and currency,
/// standing over the days of its fiscal year (FY1997 runs from October 1996 to September 1997) in the slot of its
/// stage, so a request and an appropriation for the same year stand side by side and are never added together. Lines of
/// the same year, stage and currency are stacked in one bar, one segment per line.
/// </para>
/// <para>
/// A line for a calendar span (<c>2000 – 2007</c>) is not split into years or added to anything: it is drawn as a
/// horizontal span over its years, under its amount, stage, period and whole description, wrapped to the chart's width
/// so no label is cut or runs into another. An open or unknown bound runs to the edge of the chart.
/// </para>
/// <para>
/// Labels that would overlap move out of each other's way: a fiscal year's name goes a line lower, a bar's amount a line
/// higher. Each currency's chart is drawn twice, for a wide and a narrow screen (<see cref="ChartLayout"/>).
/// </para>
/// <para>
/// A bar is a <c>&lt;g data-item="budget"&gt;</c> with <c>data-fiscal-year</c>, <c>data-stage</c> and
/// <c>data-currency</c>, whose segments link to each line's citations; a span is an <c>&lt;a data-item="budget-span"&gt;</c>.
/// </para>
/// </remarks>
internal static class BudgetChart
{
    /// <summary>The <c>data-item</c> of a bar: the lines of one fiscal year, stage and currency.</summary>
    public const string BarItem = "budget";

    /// <summary>The <c>data-item</c> of a line for a calendar span.</summary>
    public const string SpanItem = "budget-span";

    private const double BarsHeight = 180;
    private const double NarrowBarsHeight = 140;
    private const double SpanHeight = 12;

    private static readonly BudgetStage[] Stages = Enum.GetValues<BudgetStage>();

    /// <summary>Writes one chart per currency in both layouts, or a note that the data has no budget lines.</summary>
    public static void Write(TextWriter html, BorderCoopData data, CitationTargets targets)
    {
        var summary = data.BudgetTotalsByFiscalYear();
        var currencies = summary.Totals.Select(t => t.Amount.Currency)
            .Concat(summary.LeftOut.Select(l => l.Line.Amount.Currency))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        if (currencies.Count == 0)
        {
            html.Write("<p class=\"empty\">No budget lines.</p>\n");
            return;
        }

        foreach (var currency in currencies)
        {
            List<BudgetTotal> totals = [.. summary.Totals.Where(t => t.Amount.Currency == currency)];
            List<BudgetLine> spans = [.. summary.LeftOut.Select(l => l.Line).Where(l => l.Amount.Currency == currency)];
            var dates = totals.SelectMany(t => new[] { t.FiscalYear.Start, t.FiscalYear.End })
                .Concat(spans.SelectMany(l => new[] { l.Period!.Start?.Start, l.Period.End?.End }).OfType<LocalDate>())
                .ToList();
            if (dates.Count == 0)
            {
                // Nothing dated to draw against: name the lines so they are not lost.
                html.Write($"<p class=\"note\">{Html.Escape(currency)} amounts with no dates: ");
                html.Write(string.Join(", ", spans.Select(l => $"<a href=\"{targets.Href(l.Id)}\" data-item=\"{SpanItem}\">{Html.Escape(l.Description)}: {Html.Escape(l.Amount.ToString())}</a>")));
                html.Write(".</p>\n");
                continue;
            }

            foreach (var layout in ChartLayout.All)
            {
                WriteCurrency(html, data, targets, currency, totals, spans, dates, layout);
            }
        }

        html.Write("<p class=\"caption\">Bars stand over the fiscal year they fund (FY1997 = October 1996 to September 1997), in one slot per stage: a request, an appropriation and a budget for the same year are shown side by side, never added. Spans below are amounts the sources give for several calendar years; they are not split into years.</p>\n");
    }

    private static void WriteCurrency(TextWriter html, BorderCoopData data, CitationTargets targets, string currency, List<BudgetTotal> totals, List<BudgetLine> spans, List<LocalDate> dates, ChartLayout layout)
    {
        var narrow = layout.IsNarrow;
        var right = layout.Width - (narrow ? 6 : 20);
        var largest = totals.Count == 0 ? 0 : totals.Max(t => t.Amount.Amount);
        var tickWidth = new LinearScale(largest, 0, 1, counts: false).Ticks.Max(t => TextWidth.Of(Short(t), ChartLayout.SmallText));
        var left = Math.Ceiling(tickWidth) + 12;
        var axis = YearAxis.Covering(dates, left, right - left)!;

        var body = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Svg.Text(body, 0, 16, currency, "panel-title");
        var present = totals.Select(t => t.Stage).Concat(spans.Select(l => l.Stage)).ToHashSet();
        var legendBottom = Svg.Legend(body, TextWidth.Of(currency, ChartLayout.Title, bold: true) + 14, layout.Width, 12, Stages.Where(present.Contains).Select(s => Svg.Swatch($"seg s-{EnumText.Kebab(s)}", EnumText.Of(s))));

        // Each bar's amount over it, a line higher where another amount is in the way; the bars start low enough
        // for the highest amount to fit under the legend. Placed with zero at the baseline, then moved down.
        var barsHeight = narrow ? NarrowBarsHeight : BarsHeight;
        var relative = new LinearScale(largest, 0, barsHeight, counts: false);
        var amounts = new LabelSpace();
        foreach (var tick in relative.Ticks)
        {
            amounts.Take(Box.OfText(Short(tick), left - 6, -relative.Length(tick) + 4, ChartLayout.SmallText, "end"));
        }

        var amountBaselines = new Dictionary<BudgetTotal, double>();
        foreach (var total in totals.OrderBy(t => t.FiscalYear.Year).ThenBy(t => Array.IndexOf(Stages, t.Stage)))
        {
            var text = Short(total.Amount.Amount);
            var center = BarCenter(axis, total);
            var candidates = Enumerable.Range(0, totals.Count + 1).Select(i => -relative.Length(total.Amount.Amount) - 4 - (i * 14)).ToList();
            var line = amounts.TakeFirstFree([.. candidates.Select(b => Box.OfText(text, center, b, ChartLayout.SmallText, "middle"))]);
            amountBaselines[total] = candidates[Math.Max(0, line)];
        }

        var highest = -amounts.Taken.Min(b => b.Y);
        var barsBottom = legendBottom + 6 + Math.Max(barsHeight + 14, highest);
        var barsTop = barsBottom - barsHeight;
        var scale = new LinearScale(largest, barsBottom, barsHeight, counts: false);

        // Under the bars, each fiscal year's name, on a second line where it would run into its neighbour.
        var labels = new LabelSpace();
        var fiscalYears = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var fiscalBottom = barsBottom;
        foreach (var fiscalYear in totals.Select(t => t.FiscalYear).Distinct().OrderBy(f => f.Year))
        {
            var text = fiscalYear.ToString();
            var x = Math.Clamp((axis.X(fiscalYear.Start) + axis.XAfter(fiscalYear.End)) / 2, left + (TextWidth.Of(text, ChartLayout.SmallText) / 2), right - (TextWidth.Of(text, ChartLayout.SmallText) / 2));
            var lines = Enumerable.Range(0, totals.Count + 1).Select(i => barsBottom + 15 + (i * 15)).ToList();
            var line = labels.TakeFirstFree([.. lines.Select(b => Box.OfText(text, x, b, ChartLayout.SmallText, "middle"))]);
            var baseline = lines[Math.Max(0, line)];
            Svg.Text(fiscalYears, x, baseline, text, "fy-label", "middle");
            fiscalBottom = Math.Max(fiscalBottom, baseline + 4);
        }

        // The spans: each amount's words over its own bar, wrapped to the chart's width.
        var spanWriter = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var y = fiscalBottom + 10;
        if (spans.Count > 0)
        {
            var title = TextWidth.Wrap("Amounts given for several years (not split into years, not added)", ChartLayout.Text, right - left, bold: true);
            y = Svg.Lines(spanWriter, left, y + 12, title, ChartLayout.Text, "span-title") - 6;
        }

        foreach (var line in spans)
        {
            y = WriteSpan(spanWriter, targets, axis, line, y, right - left) + 8;
        }

        var credit = SourceCredit.Lines(SourceCredit.For(data, totals.SelectMany(t => t.LineIds).Concat(spans.Select(l => l.Id))), layout.Width);
        var height = y + 24;
        Svg.Open(html, layout, height + SourceCredit.Height(credit) + 2, $"Budget lines in {currency} by fiscal year and stage");
        html.Write(body.ToString());
        scale.Write(html, left, right, Short);
        axis.Write(html, barsTop, y, layout.Width);
        Svg.Line(html, left, barsBottom, right, barsBottom, "baseline");
        html.Write(fiscalYears.ToString());
        foreach (var total in totals)
        {
            WriteBar(html, data, targets, axis, scale, total, barsBottom + amountBaselines[total]);
        }

        html.Write(spanWriter.ToString());
        SourceCredit.Write(html, credit, 0, height);
        Svg.Close(html);
    }

    /// <summary>The middle of a bar's slot: its fiscal year's days, cut into one slot per stage.</summary>
    private static double BarCenter(YearAxis axis, BudgetTotal total)
    {
        var slot = (axis.XAfter(total.FiscalYear.End) - axis.X(total.FiscalYear.Start)) / Stages.Length;
        return axis.X(total.FiscalYear.Start) + ((Array.IndexOf(Stages, total.Stage) + 0.5) * slot);
    }

    private static void WriteBar(TextWriter html, BorderCoopData data, CitationTargets targets, YearAxis axis, LinearScale scale, BudgetTotal total, double amountBaseline)
    {
        var slot = (axis.XAfter(total.FiscalYear.End) - axis.X(total.FiscalYear.Start)) / Stages.Length;
        var padding = Math.Min(3, slot / 6);
        var width = Math.Max(2, slot - (2 * padding));
        var x = BarCenter(axis, total) - (width / 2);
        var stage = EnumText.Kebab(total.Stage);
        Svg.OpenItem(
            html,
            BarItem,
            null,
            $"{total.FiscalYear} {EnumText.Of(total.Stage)}: {total.Amount} ({total.LineIds.Count} line{(total.LineIds.Count == 1 ? string.Empty : "s")})",
            ("fiscal-year", total.FiscalYear.ToString()),
            ("stage", stage),
            ("currency", total.Amount.Currency));
        var bottom = scale.Bottom;
        foreach (var id in total.LineIds)
        {
            var line = data.Get<BudgetLine>(id);
            var length = scale.Length(line.Amount.Amount);
            Svg.OpenLink(html, targets.Href(id), $"{line.Description}: {line.Amount} ({EnumText.Of(line.Stage)}, {line.FiscalYear})");
            Svg.Rect(html, x, bottom - length, width, length, $"seg s-{stage}");
            Svg.CloseLink(html);
            bottom -= length;
        }

        // The amount over the bar, where the layout put it (higher up where another bar's amount is in the way).
        Svg.Text(html, x + (width / 2), amountBaseline, Short(total.Amount.Amount), "bar-label", "middle");
        Svg.CloseItem(html, null);
    }

    /// <summary>Writes a span's label lines from <paramref name="top"/> and its bar under them; returns where it ends.</summary>
    private static double WriteSpan(TextWriter html, CitationTargets targets, YearAxis axis, BudgetLine line, double top, double width)
    {
        var period = line.Period!;
        var start = period.Start is { } first ? axis.X(first.Start) : axis.Left;
        var end = period.End is { } last ? axis.XAfter(last.End) : axis.Right;
        var stage = EnumText.Kebab(line.Stage);
        var classes = $"seg s-{stage}{(period.StartKind == DateBoundKind.Known ? string.Empty : " open-start")}{(period.EndKind == DateBoundKind.Known ? string.Empty : " open-end")}";
        var href = targets.Href(line.Id);
        Svg.OpenItem(
            html,
            SpanItem,
            href,
            $"{line.Description}: {line.Amount} ({EnumText.Of(line.Stage)}, {DateText.Of(period)})",
            ("stage", stage),
            ("currency", line.Amount.Currency));
        var heading = TextWidth.Wrap($"{Short(line.Amount.Amount)} {line.Amount.Currency} · {EnumText.Of(line.Stage)} · {DateText.Of(period)}", ChartLayout.Text, width, bold: true);
        var description = TextWidth.Wrap(line.Description, ChartLayout.SmallText, width);
        var baseline = top + (TextWidth.Ascent * ChartLayout.Text) + 4;
        baseline = Svg.Lines(html, axis.Left, baseline, heading, ChartLayout.Text, "span-heading");
        baseline = Svg.Lines(html, axis.Left, baseline, description, ChartLayout.SmallText, "span-label");
        var barTop = baseline - (TextWidth.Ascent * ChartLayout.SmallText) + 2;
        Svg.Rect(html, start, barTop, end - start, SpanHeight, classes);
        Svg.CloseItem(html, href);
        return barTop + SpanHeight;
    }

    /// <summary>An amount for a crowded axis: <c>20M</c>, <c>18.3M</c>, <c>1.2bn</c>, <c>250k</c>.</summary>
    private static string Short(decimal amount) => amount switch
    {
        >= 1_000_000_000m => (amount / 1_000_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + "bn",
        >= 1_000_000m => (amount / 1_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 1_000m => (amount / 1_000m).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => amount.ToString("0.##", CultureInfo.InvariantCulture),
    };
}
