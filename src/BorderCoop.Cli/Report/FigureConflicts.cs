namespace BorderCoop.Cli.Report;

/// <summary>
/// The conflicts that touch the reported extradition figures, each with the letter that marks it: the chart marks a
/// figure with the letters of its conflicts, and the list of disagreements under the chart shows each conflict's
/// versions side by side under the same letter.
/// </summary>
/// <remarks>
/// A conflict touches a figure when it names the figure among its records or in one of its versions (see
/// <see cref="BorderCoopData.ConflictsAbout"/>). Letters follow the order of the conflicts in the dataset: <c>A</c>,
/// <c>B</c>, … <c>Z</c>, <c>AA</c>, <c>AB</c>….
/// </remarks>
internal sealed class FigureConflicts
{
    private readonly Dictionary<string, List<Marked>> byFigure = new(StringComparer.Ordinal);

    /// <summary>Finds the conflicts that touch any figure of <paramref name="data"/> and letters them.</summary>
    public FigureConflicts(BorderCoopData data)
    {
        var touched = data.ExtraditionFigures
            .SelectMany(f => data.ConflictsAbout(f.Id).Select(c => (Figure: f.Id, Conflict: c)))
            .ToList();
        var ids = touched.Select(t => t.Conflict.Id).ToHashSet(StringComparer.Ordinal);
        All = [.. data.Conflicts.Where(c => ids.Contains(c.Id)).Select((c, i) => new Marked(c, Letter(i)))];
        var letters = All.ToDictionary(m => m.Conflict.Id, StringComparer.Ordinal);
        foreach (var (figure, conflict) in touched)
        {
            if (!byFigure.TryGetValue(figure, out var marks))
            {
                byFigure[figure] = marks = [];
            }

            marks.Add(letters[conflict.Id]);
        }
    }

    /// <summary>Every conflict that touches a figure, in dataset order, with its letter.</summary>
    public IReadOnlyList<Marked> All { get; }

    /// <summary>The conflicts that touch the figure <paramref name="figureId"/>, in letter order; empty for a figure no source contradicts.</summary>
    public IReadOnlyList<Marked> Of(string figureId) =>
        byFigure.TryGetValue(figureId, out var marks) ? [.. marks.OrderBy(m => m.Letter.Length).ThenBy(m => m.Letter, StringComparer.Ordinal)] : [];

    /// <summary>The letter of the <paramref name="index"/>th conflict (from zero): <c>A</c>…<c>Z</c>, then <c>AA</c>….</summary>
    public static string Letter(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>A conflict and the letter that marks it.</summary>
    /// <param name="Conflict">The conflict.</param>
    /// <param name="Letter">Its letter.</param>
    internal sealed record Marked(Conflict Conflict, string Letter);
}
