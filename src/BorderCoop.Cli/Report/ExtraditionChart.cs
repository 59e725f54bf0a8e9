using System.Globalization;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Report;

/// <summary>
/// Extradition cases per year, one panel per direction (<c>MX→US</c>, <c>US→MX</c>…): a bar per year with cases, made
/// of one segment per case, coloured by the case's outcome.
/// </summary>
/// <remarks>
/// <para>
/// Each case is counted once, in the year of the furthest step the sources date: its surrender, else the grant, else
/// the request, else the arrest (see <see cref="CountedDate"/>). A case the sources do not date at all is not drawn; it
/// is named in a note under the chart instead. The aggregate extradition figures the sources report are claims about
/// totals, never added to these counts; <see cref="ExtraditionFigureList"/> lists them beside the chart.
/// </para>
/// <para>
/// A bar is a <c>&lt;g data-item="extradition"&gt;</c> with <c>data-direction</c> and <c>data-year</c>; each of its
/// segments links to its case's citations. All panels share one count scale and one year axis, so they can be compared.
/// </para>
/// </remarks>
internal static class ExtraditionChart
{
    /// <summary>The <c>data-item</c> of a bar: the cases of one direction counted in one year.</summary>
    public const string BarItem = "extradition";

    /// <summary>The <c>data-item</c> of a case named in the note of undated cases.</summary>
    public const string UndatedItem = "extradition-undated";

    private const double Width = 620;
    private const double Left = 44;
    private const double Right = 12;
    private const double LegendHeight = 28;
    private const double TitleHeight = 30;
    private const double PanelHeight = 90;
    private const double AxisHeight = 30;
    private const double MaximumBarWidth = 30;

    private static readonly ExtraditionOutcome[] Outcomes = Enum.GetValues<ExtraditionOutcome>();

    /// <summary>
    /// The date a case is counted at, and which step it is: surrendered, else granted, else requested, else arrested;
    /// null when the sources date none of them, or give that step only as a bound ("by January 2007"), which names no
    /// year to count it in.
    /// </summary>
    public static (PartialDate Date, string Step)? CountedDate(ExtraditionCase extradition) =>
        FirstStep(extradition) is { Date.IsBound: false } step ? step : null;

    private static (PartialDate Date, string Step)? FirstStep(ExtraditionCase extradition) =>
        extradition.Surrendered is { } surrendered ? (surrendered, "surrendered")
        : extradition.Granted is { } granted ? (granted, "granted")
        : extradition.Requested is { } requested ? (requested, "requested")
        : extradition.Arrested is { } arrested ? (arrested, "arrested")
        : null;

    /// <summary>Writes the panels, the outcome legend and the note of undated cases.</summary>
    public static void Write(TextWriter html, BorderCoopData data, CitationTargets targets)
    {
        var dated = data.ExtraditionCases
            .Select(c => (Case: c, Counted: CountedDate(c)))
            .Where(c => c.Counted is not null)
            .Select(c => new Counted(c.Case, c.Counted!.Value.Date, c.Counted.Value.Step))
            .ToList();
        var directions = dated
            .GroupBy(c => (c.Case.From, c.Case.To))
            .OrderBy(g => g.Key.From, StringComparer.Ordinal).ThenBy(g => g.Key.To, StringComparer.Ordinal)
            .ToList();

        if (directions.Count == 0)
        {
            html.Write("<p class=\"empty\">No extradition case has a date.</p>\n");
        }
        else
        {
            var axis = new YearAxis(dated.Min(c => c.Date.Year), dated.Max(c => c.Date.Year), Left, Width - Left - Right);
            var largest = directions.Max(d => d.GroupBy(c => c.Date.Year).Max(y => y.Count()));
            var height = LegendHeight + (directions.Count * (TitleHeight + PanelHeight + AxisHeight));
            Svg.Open(html, Width, height, "Extradition cases per year and direction");
            var present = dated.Select(c => c.Case.Outcome).ToHashSet();
            Svg.Swatches(html, Left, 18, Outcomes.Where(present.Contains).Select(o => ($"seg o-{EnumText.Kebab(o)}", EnumText.Of(o))));
            var top = LegendHeight;
            foreach (var direction in directions)
            {
                var scale = new LinearScale(largest, top + TitleHeight + PanelHeight, PanelHeight, counts: true);
                WritePanel(html, data, targets, axis, scale, RecordLabel.Direction(direction.Key.From, direction.Key.To), direction.ToList());
                top += TitleHeight + PanelHeight + AxisHeight;
            }

            Svg.Close(html);
        }

        html.Write("<p class=\"caption\">Each case is counted once, in the year of its surrender, else of the grant, else of the request, else of the arrest. Segments are cases, coloured by outcome: a case granted then annulled, or only requested, was not surrendered. An approximate date is drawn hollow.</p>\n");
        WriteUndated(html, data, targets);
    }

    private static void WritePanel(TextWriter html, BorderCoopData data, CitationTargets targets, YearAxis axis, LinearScale scale, string direction, List<Counted> cases)
    {
        var top = scale.Bottom - scale.Height;
        Svg.Text(html, Left, top - TitleHeight + 14, $"{direction}: {cases.Count} dated case{(cases.Count == 1 ? string.Empty : "s")}", "panel-title");
        scale.Write(html, Left, axis.Right, tick => tick.ToString("0", CultureInfo.InvariantCulture));

        axis.Write(html, top, scale.Bottom);
        var barWidth = Math.Min(axis.YearWidth * 0.7, MaximumBarWidth);
        foreach (var year in cases.GroupBy(c => c.Date.Year).OrderBy(g => g.Key))
        {
            var x = axis.XOfYear(year.Key, 0.5) - (barWidth / 2);
            var yearText = year.Key.ToString(CultureInfo.InvariantCulture);
            var count = year.Count();
            Svg.OpenItem(html, BarItem, null, $"{direction} {yearText}: {count} case{(count == 1 ? string.Empty : "s")}", ("direction", direction), ("year", yearText));
            var bottom = scale.Bottom;
            foreach (var counted in year.OrderBy(c => c.Date).ThenBy(c => c.Case.Id, StringComparer.Ordinal))
            {
                var extradition = counted.Case;
                var segment = scale.Length(1);
                Svg.OpenLink(
                    html,
                    targets.Href(extradition.Id),
                    $"{Display.Label(extradition, data)}: {counted.Step} {DateText.Of(counted.Date)}; {EnumText.Of(extradition.Mechanism)}, outcome {EnumText.Of(extradition.Outcome)}");
                Svg.Rect(html, x, bottom - segment, barWidth, segment - 1, $"seg o-{EnumText.Kebab(extradition.Outcome)}{(counted.Date.IsApproximate ? " approx" : string.Empty)}");
                Svg.CloseLink(html);
                bottom -= segment;
            }

            Svg.Text(html, x + (barWidth / 2), bottom - 4, count.ToString(CultureInfo.InvariantCulture), "bar-label", "middle");
            Svg.CloseItem(html, null);
        }
    }

    private static void WriteUndated(TextWriter html, BorderCoopData data, CitationTargets targets)
    {
        var undated = data.ExtraditionCases.Where(c => CountedDate(c) is null).ToList();
        if (undated.Count == 0)
        {
            return;
        }

        html.Write($"<p class=\"note\">Not counted in a year, because the sources date none of their steps or give only a bound ({undated.Count}): ");
        for (var i = 0; i < undated.Count; i++)
        {
            var extradition = undated[i];
            html.Write(i == 0 ? string.Empty : ", ");
            // A bound says more than the outcome: "surrendered by 2007-01".
            var status = FirstStep(extradition) is { } step ? $"{step.Step} {DateText.Of(step.Date)}" : EnumText.Of(extradition.Outcome);
            html.Write($"<a href=\"{targets.Href(extradition.Id)}\" data-item=\"{UndatedItem}\">{Html.Escape(Display.Label(extradition, data))}, {Html.Escape(status)}</a>");
        }

        html.Write(".</p>\n");
    }

    private sealed record Counted(ExtraditionCase Case, PartialDate Date, string Step);
}
