namespace BorderCoop.Cli.Report;

/// <summary>A rectangle in a chart's units (y grows downwards): where a label or a mark takes room.</summary>
/// <param name="X">The left edge.</param>
/// <param name="Y">The top edge.</param>
/// <param name="Width">How wide it is.</param>
/// <param name="Height">How tall it is.</param>
internal readonly record struct Box(double X, double Y, double Width, double Height)
{
    /// <summary>The right edge.</summary>
    public double Right => X + Width;

    /// <summary>The bottom edge.</summary>
    public double Bottom => Y + Height;

    /// <summary>
    /// The box of one line of text of font size <paramref name="size"/> whose baseline is at <paramref name="baseline"/>,
    /// anchored at <paramref name="x"/> as SVG anchors it (<c>start</c>, <c>middle</c> or <c>end</c>).
    /// </summary>
    public static Box OfText(string text, double x, double baseline, double size, string anchor = "start", bool bold = false)
    {
        var width = TextWidth.Of(text, size, bold);
        var left = anchor switch
        {
            "middle" => x - (width / 2),
            "end" => x - width,
            _ => x,
        };
        return new Box(left, baseline - (TextWidth.Ascent * size), width, (TextWidth.Ascent + TextWidth.Descent) * size);
    }

    /// <summary>Whether the two boxes share any area (boxes that only touch do not).</summary>
    public bool Intersects(Box other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    /// <summary>Whether this box lies wholly inside <paramref name="outer"/>.</summary>
    public bool IsInside(Box outer) =>
        X >= outer.X && Y >= outer.Y && Right <= outer.Right && Bottom <= outer.Bottom;
}
