using System.Globalization;
using NodaTime;

namespace BorderCoop.Cli.Report;

/// <summary>
/// A horizontal time axis over whole calendar years: maps days to x coordinates and draws the year grid and labels.
/// Long stretches of years with nothing in them can be collapsed into a narrow break, so one early date (a war in
/// 1846) does not squeeze decades of later ones into a corner.
/// </summary>
/// <remarks>
/// <para>
/// A day is placed by its fraction of its own year, so leap years take no more room than other years and a date known
/// to the year spans exactly one year's width. Each run of shown years begins on 1 January of its first year and ends
/// on 31 December of its last.
/// </para>
/// <para>
/// Years inside a collapsed break are squeezed evenly into the break's width, so the mapping still never goes
/// backwards; the charts only collapse years that hold no date to draw.
/// </para>
/// </remarks>
internal sealed class YearAxis
{
    /// <summary>How wide a collapsed break is.</summary>
    public const double BreakWidth = 26;

    private readonly (int First, int Last)[] runs;

    /// <summary>An axis from 1 January <paramref name="firstYear"/> to 31 December <paramref name="lastYear"/>, drawn from <paramref name="left"/> over <paramref name="width"/> units.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastYear"/> is before <paramref name="firstYear"/>.</exception>
    public YearAxis(int firstYear, int lastYear, double left, double width)
        : this([(firstYear, lastYear)], left, width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lastYear, firstYear);
    }

    private YearAxis((int First, int Last)[] runs, double left, double width)
    {
        this.runs = runs;
        Left = left;
        Right = left + width;
        YearWidth = (width - ((runs.Length - 1) * BreakWidth)) / runs.Sum(r => r.Last - r.First + 1);
    }

    /// <summary>Where the axis starts.</summary>
    public double Left { get; }

    /// <summary>Where the axis ends.</summary>
    public double Right { get; }

    /// <summary>How wide one shown year is.</summary>
    public double YearWidth { get; }

    /// <summary>How many stretches of empty years were collapsed into breaks.</summary>
    public int Breaks => runs.Length - 1;

    /// <summary>
    /// The axis covering every date in <paramref name="dates"/>, or null when there are none. When
    /// <paramref name="collapseGapsOver"/> is given, every run of more than that many years without a date becomes a break.
    /// </summary>
    public static YearAxis? Covering(IEnumerable<LocalDate> dates, double left, double width, int? collapseGapsOver = null)
    {
        var years = dates.Select(d => d.Year).Distinct().Order().ToList();
        if (years.Count == 0)
        {
            return null;
        }

        var runs = new List<(int First, int Last)> { (years[0], years[0]) };
        foreach (var year in years.Skip(1))
        {
            var (first, last) = runs[^1];
            if (collapseGapsOver is { } longest && year - last - 1 > longest)
            {
                runs.Add((year, year));
            }
            else
            {
                runs[^1] = (first, year);
            }
        }

        return new YearAxis([.. runs], left, width);
    }

    /// <summary>The first year shown.</summary>
    public int FirstYear => runs[0].First;

    /// <summary>The last year shown.</summary>
    public int LastYear => runs[^1].Last;

    /// <summary>Whether <paramref name="year"/> is one of the years shown (not one squeezed into a break).</summary>
    public bool Shows(int year) => Array.Exists(runs, r => year >= r.First && year <= r.Last);

    /// <summary>
    /// This axis cut into consecutive parts of at most <paramref name="yearsPerPart"/> shown years each (a break counts
    /// as one), each drawn over the whole width again: the strips of a long timeline on a narrow screen. An axis short
    /// enough is its own only part.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearsPerPart"/> is below 1.</exception>
    public IReadOnlyList<YearAxis> Split(int yearsPerPart)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(yearsPerPart, 1);
        var parts = new List<List<(int First, int Last)>> { new() };
        var used = 0;
        foreach (var (first, last) in runs)
        {
            if (parts[^1].Count > 0)
            {
                used++; // the break before this run
            }

            for (var year = first; year <= last;)
            {
                if (used >= yearsPerPart)
                {
                    parts.Add([]);
                    used = 0;
                }

                var take = Math.Min(last - year + 1, yearsPerPart - used);
                parts[^1].Add((year, year + take - 1));
                used += take;
                year += take;
            }
        }

        return [.. parts.Select(part => new YearAxis([.. part], Left, Right - Left))];
    }

    /// <summary>Where <paramref name="date"/> begins.</summary>
    public double X(LocalDate date) => XOfYear(date.Year, (date.DayOfYear - 1) / (double)CalendarSystem.Iso.GetDaysInYear(date.Year));

    /// <summary>Where <paramref name="date"/> ends (where the next day begins).</summary>
    public double XAfter(LocalDate date) => XOfYear(date.Year, date.DayOfYear / (double)CalendarSystem.Iso.GetDaysInYear(date.Year));

    /// <summary>Where a point <paramref name="fraction"/> of the way through <paramref name="year"/> is.</summary>
    public double XOfYear(int year, double fraction = 0)
    {
        var x = Left;
        for (var i = 0; i < runs.Length; i++)
        {
            var (first, last) = runs[i];
            if (i > 0)
            {
                var previousLast = runs[i - 1].Last;
                if (year < first)
                {
                    // Inside the break before this run: the empty years share the break's width.
                    return x + ((year - previousLast - 1 + fraction) / (first - previousLast - 1) * BreakWidth);
                }

                x += BreakWidth;
            }

            if (year <= last || i == runs.Length - 1)
            {
                return x + ((year - first + fraction) * YearWidth);
            }

            x += (last - first + 1) * YearWidth;
        }

        return x;
    }

    /// <summary>
    /// Draws a light line at the start of every year from <paramref name="top"/> to <paramref name="bottom"/>, a label
    /// under the axis for every year, or every second, fifth, tenth… year when years are too narrow for a label each (and
    /// for the first year of a run that would otherwise have none), and a marked gap for each break. A label that would
    /// reach past the chart's edge (0 or <paramref name="chartWidth"/>) is moved in just enough to fit.
    /// </summary>
    public void Write(TextWriter html, double top, double bottom, double chartWidth)
    {
        var step = LabelStep();
        html.Write("<g class=\"axis\">");
        for (var i = 0; i < runs.Length; i++)
        {
            var (first, last) = runs[i];
            if (i > 0)
            {
                var gapStart = XOfYear(runs[i - 1].Last + 1);
                Svg.Rect(html, gapStart, top, BreakWidth, bottom - top, "axis-break");
                Svg.Text(html, gapStart + (BreakWidth / 2), bottom + 14, "…", "tick", "middle");
            }

            var runHasLabel = Enumerable.Range(first, last - first + 1).Any(y => y % step == 0);
            for (var year = first; year <= last + 1; year++)
            {
                var labelled = year <= last && (year % step == 0 || (year == first && !runHasLabel));
                if (YearWidth >= 3 || labelled || year == first || year == last + 1)
                {
                    Svg.Line(html, XOfYear(year), top, XOfYear(year), bottom, labelled || year % step == 0 ? "grid major" : "grid");
                }

                if (labelled)
                {
                    var text = year.ToString(CultureInfo.InvariantCulture);
                    var half = (TextWidth.Of(text, ChartLayout.SmallText) / 2) + 1;
                    Svg.Text(html, Math.Clamp(XOfYear(year, 0.5), half, Math.Max(half, chartWidth - half)), bottom + 14, text, "tick", "middle");
                }
            }
        }

        Svg.Line(html, Left, bottom, Right, bottom, "baseline");
        html.Write("</g>\n");
    }

    /// <summary>
    /// Draws only the year grid of <see cref="Write"/> from <paramref name="top"/> to <paramref name="bottom"/>: a line at
    /// the start of every labelled year and at each run's ends, for a small track that has its labels elsewhere.
    /// </summary>
    public void WriteGrid(TextWriter html, double top, double bottom)
    {
        var step = LabelStep();
        html.Write("<g class=\"axis\">");
        foreach (var (first, last) in runs)
        {
            for (var year = first; year <= last + 1; year++)
            {
                if (year % step == 0 || year == first || year == last + 1)
                {
                    Svg.Line(html, XOfYear(year), top, XOfYear(year), bottom, "grid major");
                }
            }
        }

        html.Write("</g>\n");
    }

    /// <summary>Every how many years a label fits (about 36 units each).</summary>
    private int LabelStep()
    {
        foreach (var step in (ReadOnlySpan<int>)[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000])
        {
            if (step * YearWidth >= 36)
            {
                return step;
            }
        }

        return 2000;
    }
}
