namespace BorderCoop.Cli.Report;

/// <summary>
/// A vertical scale from zero up to a round number at or above the largest value, with round ticks: the y axis of
/// the bar charts.
/// </summary>
/// <remarks>
/// Ticks are 1, 2 or 5 times a power of ten apart, four or five of them; a scale of counts never has a step below 1.
/// A largest value of zero still gives a scale up to one step, so empty charts draw an axis.
/// </remarks>
internal sealed class LinearScale
{
    /// <summary>A scale for values up to <paramref name="largest"/>, drawn from <paramref name="bottom"/> upwards over <paramref name="height"/> units.</summary>
    /// <param name="largest">The largest value to show; below zero counts as zero.</param>
    /// <param name="bottom">The y coordinate of zero.</param>
    /// <param name="height">How tall the scale is.</param>
    /// <param name="counts">Whether the values are whole counts, so ticks must be whole numbers.</param>
    public LinearScale(decimal largest, double bottom, double height, bool counts)
    {
        Step = NiceStep(Math.Max(largest, 0) / 4, counts);
        Maximum = Math.Max(Step, Math.Ceiling(Math.Max(largest, 0) / Step) * Step);
        Bottom = bottom;
        Height = height;
    }

    /// <summary>The value at the top of the scale.</summary>
    public decimal Maximum { get; }

    /// <summary>The distance between ticks.</summary>
    public decimal Step { get; }

    /// <summary>The y coordinate of zero.</summary>
    public double Bottom { get; }

    /// <summary>How tall the scale is.</summary>
    public double Height { get; }

    /// <summary>The tick values, from zero to <see cref="Maximum"/>.</summary>
    public IEnumerable<decimal> Ticks
    {
        get
        {
            for (var tick = 0m; tick <= Maximum; tick += Step)
            {
                yield return tick;
            }
        }
    }

    /// <summary>The y coordinate of <paramref name="value"/>.</summary>
    public double Y(decimal value) => Bottom - (double)(value / Maximum) * Height;

    /// <summary>How tall a bar of <paramref name="value"/> is.</summary>
    public double Length(decimal value) => (double)(value / Maximum) * Height;

    /// <summary>Draws a light horizontal line from <paramref name="left"/> to <paramref name="right"/> at each tick, labelled on the left with <paramref name="label"/>.</summary>
    public void Write(TextWriter html, double left, double right, Func<decimal, string> label)
    {
        foreach (var tick in Ticks)
        {
            Svg.Line(html, left, Y(tick), right, Y(tick), "grid");
            Svg.Text(html, left - 6, Y(tick) + 4, label(tick), "tick", "end");
        }
    }

    private static decimal NiceStep(decimal rough, bool counts)
    {
        // Below a cent there is nothing to round to (and a decimal would run out of digits).
        if (rough < 0.01m)
        {
            return counts ? 1 : 0.01m;
        }

        var power = 1m;
        while (power * 10 <= rough)
        {
            power *= 10;
        }

        while (power > rough && !(counts && power <= 1))
        {
            power /= 10;
        }

        foreach (var multiple in (ReadOnlySpan<decimal>)[1, 2, 5, 10])
        {
            if (multiple * power >= rough)
            {
                return counts ? Math.Max(1, multiple * power) : multiple * power;
            }
        }

        return 10 * power;
    }
}
