using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BorderCoop.Cli.Report;

namespace BorderCoop.Tests.Cli.Report;

/// <summary>
/// Reads the charts a chart builder wrote: each <c>&lt;svg&gt;</c> parsed as XML, its items, and where its text lines
/// take room as the report estimates it (<see cref="TextWidth"/>), to state layout rules without a browser.
/// </summary>
internal sealed partial class ChartSvg
{
    private ChartSvg(XElement root)
    {
        Root = root;
        var box = ((string)root.Attribute("viewBox")!).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Width = box[2];
        Height = box[3];
    }

    public XElement Root { get; }

    public string Layout => (string)Root.Attribute("data-layout")!;

    public double Width { get; }

    public double Height { get; }

    /// <summary>Every chart in <paramref name="html"/>, in the order written.</summary>
    public static List<ChartSvg> All(string html) =>
        [.. SvgElement().Matches(html).Select(m => new ChartSvg(XElement.Parse(m.Value)))];

    /// <summary>
    /// One view per layout of every chart in <paramref name="html"/> (a chart may be several pictures, such as one per
    /// panel): for finding items across the pictures of a layout, not for measuring, which is per picture.
    /// </summary>
    public static List<ChartSvg> Layouts(string html) =>
        [.. All(html).GroupBy(c => c.Layout).Select(g => new ChartSvg(new XElement(
            "svg",
            new XAttribute("data-layout", g.Key),
            new XAttribute("viewBox", $"0 0 {g.First().Width.ToString(CultureInfo.InvariantCulture)} {g.Sum(c => c.Height).ToString(CultureInfo.InvariantCulture)}"),
            g.Select(c => c.Root))))];

    /// <summary>The items of kind <paramref name="item"/> (their <c>data-item</c>).</summary>
    public List<XElement> Items(string item) =>
        [.. Root.Descendants().Where(e => (string?)e.Attribute("data-item") == item)];

    /// <summary>The text lines drawn, each with its estimated box (class by class, the font sizes of the stylesheet).</summary>
    public List<(string Text, Box Box)> Texts() =>
        [.. Root.Descendants("text").Select(t =>
        {
            var css = ((string?)t.Attribute("class") ?? string.Empty).Split(' ');
            var (size, bold) = FontOf(css);
            var x = double.Parse((string)t.Attribute("x")!, CultureInfo.InvariantCulture);
            var y = double.Parse((string)t.Attribute("y")!, CultureInfo.InvariantCulture);
            return (t.Value, Box.OfText(t.Value, x, y, size, (string?)t.Attribute("text-anchor") ?? "start", bold));
        })];

    /// <summary>Pairs of text lines whose estimated boxes overlap.</summary>
    public List<string> OverlappingTexts()
    {
        var texts = Texts();
        var pairs = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                if (texts[i].Box.Intersects(texts[j].Box))
                {
                    pairs.Add($"'{texts[i].Text}' {texts[i].Box} and '{texts[j].Text}' {texts[j].Box}");
                }
            }
        }

        return pairs;
    }

    /// <summary>Text lines whose estimated boxes reach outside the chart's picture.</summary>
    public List<string> TextsOutside() =>
        [.. Texts().Where(t => !t.Box.IsInside(new Box(0, 0, Width, Height))).Select(t => $"'{t.Text}' {t.Box}")];

    private static (double Size, bool Bold) FontOf(string[] css) =>
        css.Any(c => c is "panel-title") ? (ChartLayout.Title, true)
        : css.Any(c => c is "tick" or "credit" or "fy-label" or "bar-label" or "mark-number" or "row-detail" or "when" or "span-label" or "chip-text" or "badge-text") ? (ChartLayout.SmallText, css.Contains("badge-text"))
        : css.Any(c => c is "band-label" or "row-heading" or "span-heading" or "span-title" or "value-label") ? (ChartLayout.Text, true)
        : (ChartLayout.Text, false);

    [GeneratedRegex(@"<svg class=""chart [a-z]+"".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();
}
