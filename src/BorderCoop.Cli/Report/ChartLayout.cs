namespace BorderCoop.Cli.Report;

/// <summary>
/// A width a chart is laid out for. Every chart is drawn twice, once wide for screens and print and once narrow for
/// phones, and the stylesheet shows the one that fits (<see cref="ReportAssets.Stylesheet"/>): a chart is re-laid out
/// for a small screen rather than shrunk until its text cannot be read.
/// </summary>
/// <remarks>
/// Each layout is drawn so that, at the size it is shown, no text is smaller than <see cref="SmallText"/> pixels. The
/// wide layout is shown at its own size on a wide screen; the narrow one fills a phone's width (360 units fill the
/// 368 pixels a 400-pixel screen leaves inside the page's margins).
/// </remarks>
internal sealed class ChartLayout
{
    /// <summary>The layout for screens wider than a phone, and for print.</summary>
    public static readonly ChartLayout Wide = new("wide", 1180);

    /// <summary>The layout for phones.</summary>
    public static readonly ChartLayout Narrow = new("narrow", 360);

    private ChartLayout(string name, double width)
    {
        Name = name;
        Width = width;
    }

    /// <summary>Both layouts, wide first: the order they are written in.</summary>
    public static IReadOnlyList<ChartLayout> All { get; } = [Wide, Narrow];

    /// <summary>The smallest font size any chart uses: axis ticks and small print.</summary>
    public static double SmallText => 11;

    /// <summary>The font size of most chart text: labels and legends.</summary>
    public static double Text => 12;

    /// <summary>The font size of a panel's title (drawn bold).</summary>
    public static double Title => 13;

    /// <summary>The layout's name, its CSS class and <c>data-layout</c>: <c>wide</c> or <c>narrow</c>.</summary>
    public string Name { get; }

    /// <summary>How wide the chart is, in its own units.</summary>
    public double Width { get; }

    /// <summary>Whether this is the layout for phones.</summary>
    public bool IsNarrow => ReferenceEquals(this, Narrow);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
