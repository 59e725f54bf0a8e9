namespace BorderCoop.Cli.Report;

/// <summary>One entry of a <see cref="Svg.Legend"/>: what draws its swatch (centred vertically on a middle line), how wide the swatch is, and its text.</summary>
/// <param name="Swatch">Draws the swatch from an x, centred on a middle y.</param>
/// <param name="SwatchWidth">How wide the swatch is.</param>
/// <param name="Text">What the swatch stands for.</param>
internal sealed record LegendEntry(Action<TextWriter, double, double> Swatch, double SwatchWidth, string Text);
