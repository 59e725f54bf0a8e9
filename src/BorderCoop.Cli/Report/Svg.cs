using System.Globalization;

namespace BorderCoop.Cli.Report;

/// <summary>
/// Writes the few SVG elements the charts are drawn with, so that every chart formats numbers the same way and every
/// piece of data text goes through <see cref="Html.Escape"/>.
/// </summary>
/// <remarks>
/// Numbers are written with at most two decimals in the invariant culture, so the same data always gives the same
/// bytes. The <c>&lt;svg&gt;</c> element has no <c>xmlns</c>: inline SVG in HTML does not need one, and leaving it out
/// keeps the file free of any URL. CSS classes and element names are constants of the report, never data.
/// </remarks>
internal static class Svg
{
    /// <summary>A coordinate or length as the report writes it: <c>12.5</c>, <c>3</c>, <c>-0.33</c>.</summary>
    public static string Number(double value)
    {
        var text = Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>
    /// Opens an <c>&lt;svg&gt;</c> <paramref name="height"/> units tall, drawn for <paramref name="layout"/> (its class and
    /// <c>data-layout</c> say which), labelled for screen readers with <paramref name="label"/>.
    /// </summary>
    public static void Open(TextWriter html, ChartLayout layout, double height, string label) =>
        html.Write($"<svg class=\"chart {layout.Name}\" data-layout=\"{layout.Name}\" viewBox=\"0 0 {Number(layout.Width)} {Number(height)}\" width=\"{Number(layout.Width)}\" height=\"{Number(height)}\" role=\"img\" aria-label=\"{Html.Escape(label)}\">\n");

    /// <summary>Closes the <c>&lt;svg&gt;</c> opened by <see cref="Open"/>.</summary>
    public static void Close(TextWriter html) => html.Write("</svg>\n");

    /// <summary>
    /// Opens one chart item: an element carrying <c>data-item="<paramref name="item"/>"</c> and the given
    /// <c>data-</c> attributes, which the tests count. Close it with <see cref="CloseItem"/>.
    /// </summary>
    /// <param name="html">Where to write.</param>
    /// <param name="item">What kind of item this is, such as <c>timeline</c>.</param>
    /// <param name="href">
    /// The link to the citations of the item's record (from <see cref="CitationTargets.Href"/>), making the item an
    /// <c>&lt;a&gt;</c>; or null for an item that aggregates several records (a bar), which becomes a <c>&lt;g&gt;</c>
    /// holding one link per record (see <see cref="OpenLink"/>).
    /// </param>
    /// <param name="title">The tooltip: what a reader sees on hover.</param>
    /// <param name="data">More <c>data-</c> attributes, by name without the prefix.</param>
    public static void OpenItem(TextWriter html, string item, string? href, string title, params (string Name, string Value)[] data)
    {
        html.Write(href is null ? "<g" : $"<a href=\"{href}\"");
        html.Write($" data-item=\"{Html.Escape(item)}\"");
        foreach (var (name, value) in data)
        {
            html.Write($" data-{name}=\"{Html.Escape(value)}\"");
        }

        html.Write($"><title>{Html.Escape(title)}</title>");
    }

    /// <summary>Closes an item opened by <see cref="OpenItem"/> with the same <paramref name="href"/>.</summary>
    public static void CloseItem(TextWriter html, string? href) => html.Write(href is null ? "</g>\n" : "</a>\n");

    /// <summary>Opens a link to one record's citations inside an aggregate item; close it with <see cref="CloseLink"/>.</summary>
    public static void OpenLink(TextWriter html, string href, string title) =>
        html.Write($"<a href=\"{href}\"><title>{Html.Escape(title)}</title>");

    /// <summary>Closes a link opened by <see cref="OpenLink"/>.</summary>
    public static void CloseLink(TextWriter html) => html.Write("</a>");

    /// <summary>A rectangle; widths and heights below zero are drawn as zero.</summary>
    public static void Rect(TextWriter html, double x, double y, double width, double height, string cssClass) =>
        html.Write($"<rect class=\"{cssClass}\" x=\"{Number(x)}\" y=\"{Number(y)}\" width=\"{Number(Math.Max(0, width))}\" height=\"{Number(Math.Max(0, height))}\"/>");

    /// <summary>A circle.</summary>
    public static void Circle(TextWriter html, double cx, double cy, double r, string cssClass) =>
        html.Write($"<circle class=\"{cssClass}\" cx=\"{Number(cx)}\" cy=\"{Number(cy)}\" r=\"{Number(r)}\"/>");

    /// <summary>A straight line.</summary>
    public static void Line(TextWriter html, double x1, double y1, double x2, double y2, string cssClass) =>
        html.Write($"<line class=\"{cssClass}\" x1=\"{Number(x1)}\" y1=\"{Number(y1)}\" x2=\"{Number(x2)}\" y2=\"{Number(y2)}\"/>");

    /// <summary>A line of text; <paramref name="anchor"/> is <c>start</c>, <c>middle</c> or <c>end</c>.</summary>
    public static void Text(TextWriter html, double x, double y, string text, string cssClass, string anchor = "start") =>
        html.Write($"<text class=\"{cssClass}\" x=\"{Number(x)}\" y=\"{Number(y)}\" text-anchor=\"{anchor}\">{Html.Escape(text)}</text>");

    /// <summary>
    /// Lines of text one under the other, the first with its baseline at <paramref name="baseline"/>, spaced
    /// <see cref="TextWidth.LineSpacing"/> times <paramref name="size"/> apart (the font size the CSS class gives).
    /// </summary>
    /// <returns>The baseline the next line would have.</returns>
    public static double Lines(TextWriter html, double x, double baseline, IEnumerable<string> lines, double size, string cssClass, string anchor = "start")
    {
        foreach (var line in lines)
        {
            Text(html, x, baseline, line, cssClass, anchor);
            baseline += size * TextWidth.LineSpacing;
        }

        return baseline;
    }

    /// <summary>
    /// A legend that flows like words: each entry's swatch, then its text, left to right from <paramref name="left"/>,
    /// starting a new line where the next entry would run past <paramref name="right"/>. The first line's middle is at
    /// <paramref name="middle"/>.
    /// </summary>
    /// <returns>The middle the next line would have.</returns>
    public static double Legend(TextWriter html, double left, double right, double middle, IEnumerable<LegendEntry> entries)
    {
        const double gap = 16;
        const double lineHeight = 18;
        var size = ChartLayout.Text;
        html.Write("<g class=\"legend\">");
        var x = left;
        foreach (var entry in entries)
        {
            var lines = TextWidth.Wrap(entry.Text, size, right - left - entry.SwatchWidth - 5);
            var width = entry.SwatchWidth + 5 + lines.Max(l => TextWidth.Of(l, size));
            if (x > left && x + width > right)
            {
                x = left;
                middle += lineHeight;
            }

            entry.Swatch(html, x, middle);
            Lines(html, x + entry.SwatchWidth + 5, middle + 4, lines, size, "legend-text");
            middle += (lines.Count - 1) * size * TextWidth.LineSpacing;
            x += width + gap;
        }

        html.Write("</g>\n");
        return middle + lineHeight;
    }

    /// <summary>A square swatch of a CSS class, for <see cref="Legend"/>.</summary>
    public static LegendEntry Swatch(string cssClass, string text) =>
        new((html, x, middle) => Rect(html, x, middle - 6, 12, 12, cssClass), 12, text);

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="length"/> characters, ending in an ellipsis when cut, for
    /// labels in a fixed space (the whole text stays in the item's tooltip).
    /// </summary>
    public static string Shorten(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1).TrimEnd(), "…");

    /// <summary>A closed shape through <paramref name="points"/>, such as an arrowhead or a diamond.</summary>
    public static void Polygon(TextWriter html, string cssClass, params (double X, double Y)[] points) =>
        html.Write($"<polygon class=\"{cssClass}\" points=\"{string.Join(" ", points.Select(p => $"{Number(p.X)},{Number(p.Y)}"))}\"/>");
}
