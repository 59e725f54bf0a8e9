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
/// horizontal span over its years, labelled with its amount. An open or unknown bound runs to the edge of the chart.
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

    private const double Width = 1180;
    private const double Left = 90;
    private const double Right = 20;
    private const double LegendHeight = 30;
    private const double BarsHeight = 190;
    private const double SpanRow = 22;
    private const double SpanHeight = 14;

    /// <summary>About how wide a character of a span label is, to shorten labels that would not fit.</summary>
    private const double CharacterWidth = 5.6;

    private static readonly BudgetStage[] Stages = Enum.GetValues<BudgetStage>();

    /// <summary>Writes one chart per currency, or a note that the data has no budget lines.</summary>
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
            WriteCurrency(
                html,
                data,
                targets,
                currency,
                [.. summary.Totals.Where(t => t.Amount.Currency == currency)],
                [.. summary.LeftOut.Select(l => l.Line).Where(l => l.Amount.Currency == currency)]);
        }

        html.Write("<p class=\"caption\">Bars stand over the fiscal year they fund (FY1997 = October 1996 to September 1997), in one slot per stage: a request, an appropriation and a budget for the same year are shown side by side, never added. Spans below are amounts the sources give for several calendar years; they are not split into years.</p>\n");
    }

    private static void WriteCurrency(TextWriter html, BorderCoopData data, CitationTargets targets, string currency, List<BudgetTotal> totals, List<BudgetLine> spans)
    {
        var dates = totals.SelectMany(t => new[] { t.FiscalYear.Start, t.FiscalYear.End })
            .Concat(spans.SelectMany(l => new[] { l.Period!.Start?.Start, l.Period.End?.End }).OfType<LocalDate>());
        var axis = YearAxis.Covering(dates, Left, Width - Left - Right);
        if (axis is null)
        {
            // Nothing dated to draw against: name the lines so they are not lost.
            html.Write($"<p class=\"note\">{Html.Escape(currency)} amounts with no dates: ");
            html.Write(string.Join(", ", spans.Select(l => $"<a href=\"{targets.Href(l.Id)}\" data-item=\"{SpanItem}\">{Html.Escape(l.Description)}: {Html.Escape(l.Amount.ToString())}</a>")));
            html.Write(".</p>\n");
            return;
        }

        var barsTop = LegendHeight + 16;
        var barsBottom = barsTop + BarsHeight;
        var spansTop = barsBottom + 36;
        var height = spansTop + (spans.Count * SpanRow) + 26;
        var scale = new LinearScale(totals.Count == 0 ? 0 : totals.Max(t => t.Amount.Amount), barsBottom, BarsHeight, counts: false);

        Svg.Open(html, Width, height, $"Budget lines in {currency} by fiscal year and stage");
        Svg.Text(html, Left, 18, currency, "panel-title");
        Svg.Swatches(html, Left + 50, 18, Stages.Select(s => ($"seg s-{EnumText.Kebab(s)}", EnumText.Of(s))));
        scale.Write(html, Left, axis.Right, Short);

        axis.Write(html, barsTop, height - 26);
        Svg.Line(html, Left, barsBottom, axis.Right, barsBottom, "baseline");
        foreach (var fiscalYear in totals.Select(t => t.FiscalYear).Distinct())
        {
            Svg.Text(html, (axis.X(fiscalYear.Start) + axis.XAfter(fiscalYear.End)) / 2, barsBottom + 14, fiscalYear.ToString(), "fy-label", "middle");
        }

        foreach (var total in totals)
        {
            WriteBar(html, data, targets, axis, scale, total);
        }

        if (spans.Count > 0)
        {
            Svg.Text(html, Left - 6, spansTop - 8, "Spans", "tick", "end");
        }

        for (var i = 0; i < spans.Count; i++)
        {
            WriteSpan(html, targets, axis, spans[i], spansTop + (i * SpanRow));
        }

        Svg.Close(html);
    }

    private static void WriteBar(TextWriter html, BorderCoopData data, CitationTargets targets, YearAxis axis, LinearScale scale, BudgetTotal total)
    {
        var slot = (axis.XAfter(total.FiscalYear.End) - axis.X(total.FiscalYear.Start)) / Stages.Length;
        var padding = Math.Min(3, slot / 6);
        var x = axis.X(total.FiscalYear.Start) + (Array.IndexOf(Stages, total.Stage) * slot) + padding;
        var width = Math.Max(2, slot - (2 * padding));
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

        Svg.Text(html, x + (width / 2), bottom - 4, Short(total.Amount.Amount), "bar-label", "middle");
        Svg.CloseItem(html, null);
    }

    private static void WriteSpan(TextWriter html, CitationTargets targets, YearAxis axis, BudgetLine line, double top)
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
        Svg.Rect(html, start, top, end - start, SpanHeight, classes);
        var label = $"{Short(line.Amount.Amount)} {line.Amount.Currency}, {EnumText.Of(line.Stage)}, {DateText.Of(period)}: {line.Description}";
        WriteSpanLabel(html, axis, label, start, end, top + SpanHeight - 3);
        Svg.CloseItem(html, href);
    }

    /// <summary>
    /// Labels a span where there is most room: after it, inside it, or before it, shortened to fit (the whole text is
    /// in the span's tooltip).
    /// </summary>
    private static void WriteSpanLabel(TextWriter html, YearAxis axis, string label, double start, double end, double baseline)
    {
        const double gap = 6;
        var after = axis.Right - end - gap;
        var inside = end - start - (2 * gap);
        var before = start - gap;
        var (x, room, anchor, css) = after >= inside && after >= before ? (end + gap, after, "start", "span-label")
            : inside >= before ? (start + gap, inside, "start", "span-label inside")
            : (start - gap, before, "end", "span-label");
        Svg.Text(html, x, baseline, Svg.Shorten(label, Math.Max(4, (int)(room / CharacterWidth))), css, anchor);
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
