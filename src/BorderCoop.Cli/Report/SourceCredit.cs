using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Report;

/// <summary>
/// The credit line at the foot of a chart: the sources its records cite, so a chart copied out of the report, or
/// printed, still says where its facts come from.
/// </summary>
/// <remarks>
/// Sources are named in the order of the dataset, each by its authors (else its outlet) and its full title, or, for a
/// document with no title, as untitled with its file. The line wraps to the chart's width; nothing is cut.
/// </remarks>
internal static class SourceCredit
{
    /// <summary>The credit for the records <paramref name="recordIds"/>: <c>Source: …</c> or <c>Sources: …; …</c>; empty when they cite nothing.</summary>
    public static string For(BorderCoopData data, IEnumerable<string> recordIds)
    {
        var cited = recordIds.SelectMany(id => data.CitationsOf(id)).Select(c => c.Source.Id).ToHashSet(StringComparer.Ordinal);
        var names = data.Sources.Where(s => cited.Contains(s.Id)).Select(Name).ToList();
        return names.Count switch
        {
            0 => string.Empty,
            1 => "Source: " + names[0],
            _ => "Sources: " + string.Join("; ", names),
        };
    }

    /// <summary>The lines of <paramref name="credit"/> wrapped to <paramref name="width"/> (none for an empty credit).</summary>
    public static IReadOnlyList<string> Lines(string credit, double width) =>
        credit.Length == 0 ? [] : TextWidth.Wrap(credit, ChartLayout.SmallText, width);

    /// <summary>How tall <paramref name="lines"/> are when written by <see cref="Write"/>, gap above included.</summary>
    public static double Height(IReadOnlyList<string> lines) =>
        lines.Count == 0 ? 0 : 8 + (lines.Count * ChartLayout.SmallText * TextWidth.LineSpacing);

    /// <summary>Writes <paramref name="lines"/> from <paramref name="top"/> (the gap above them included).</summary>
    public static void Write(TextWriter html, IReadOnlyList<string> lines, double left, double top) =>
        Svg.Lines(html, left, top + 8 + (TextWidth.Ascent * ChartLayout.SmallText), lines, ChartLayout.SmallText, "credit");

    private static string Name(Source source)
    {
        var by = source.Authors.Count > 0 ? string.Join(", ", source.Authors) : source.Outlet;
        var title = source.Title is { } t ? $"“{t}”" : $"untitled {EnumText.Of(source.Kind)} ({source.FileName})";
        return by is null ? title : $"{by}, {title}";
    }
}
