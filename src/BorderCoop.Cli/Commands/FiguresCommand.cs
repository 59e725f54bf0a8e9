using System.CommandLine;
using System.Text.Json;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop figures [--from DATE] [--to DATE] [--program P]</c>: every statistic the sources report, in time order:
/// seizures, deaths, counts of teams, and the extradition counts with the population they count; with a period, those
/// whose period may fall in it, each saying how its period lies against the question.
/// </summary>
internal static class FiguresCommand
{
    /// <summary>The word that runs the command: <c>bordercoop figures</c>.</summary>
    public const string Name = "figures";

    public static Command Create(CliContext context)
    {
        var from = CliOptions.Date("--from", "Only figures whose period or as-of day may fall on or after the start of this date.");
        var to = CliOptions.Date("--to", "Only figures whose period or as-of day may fall on or before the end of this date.");
        var program = CliOptions.Text("--program", "Only the figures about this program (an id, name or alias); extradition counts are about no program.", "PROGRAM");
        var format = CliContext.FormatOption("text (a table) or json.", Answer.Formats);

        var command = new Command(Name, "Every statistic the sources report (seizures, deaths, counts, extraditions), with its period, value and source.")
        {
            from, to, program, format,
        };
        command.SetAction(parseResult =>
        {
            var data = context.Data(parseResult);
            var period = CliOptions.Period(parseResult.GetValue(from), parseResult.GetValue(to));
            var programId = parseResult.GetValue(program) is { } name ? data.Resolve<CooperationProgram>(name).Id : null;
            var rows = period is null ? All(data, programId) : During(data, period, programId);
            return Answer.Write(
                context,
                parseResult.GetValue(format)!,
                rows,
                "no figure matches.",
                () => period is null ? new TextTable("Period", "Statistic", "Value", "Id") : new TextTable("Period", "Statistic", "Value", "Id", "Match"),
                r => r.Cells,
                (writer, r) => r.Json(writer));
        });
        return command;
    }

    /// <summary>Every figure, and every extradition count unless a program is asked for, in time order.</summary>
    private static List<Row> All(BorderCoopData data, string? programId)
    {
        IEnumerable<IRecord> records = programId is null
            ? [.. data.Figures, .. data.ExtraditionFigures]
            : data.Figures.Where(f => f.ProgramId == programId);
        return [.. BorderCoopData.InTimeOrder(records).Select(r => r switch
        {
            Figure f => new Row([When(f.Period, f.AsOf), Statistic(f), f.Value.ToString(), f.Id], w => JsonOutput.WriteRecord(w, f)),
            ExtraditionFigure f => new Row([When(f.Period, f.AsOf), Statistic(f), f.Value.ToString(), f.Id], w => JsonOutput.WriteRecord(w, f)),
            _ => throw new InvalidOperationException($"{r.Id} is not a figure."),
        })];
    }

    /// <summary>The figures and extradition counts whose period may fall in the question, in time order, each with its match.</summary>
    private static List<Row> During(BorderCoopData data, NodaTime.DateInterval period, string? programId)
    {
        var figures = data.FiguresDuring(period).Where(m => programId is null || m.Record.ProgramId == programId)
            .Select(m => (Match: (IRecord)m.Record, Row: new Row([When(m.Record.Period, m.Record.AsOf), Statistic(m.Record), m.Record.Value.ToString(), m.Record.Id, Answer.Certainty(m)], w => Answer.WriteMatch(w, m))));
        var extraditions = programId is not null ? [] : data.ExtraditionFigures.Select(f => (f.From, f.To)).Distinct()
            .SelectMany(direction => data.ExtraditionFiguresFor(period, direction.From, direction.To))
            .Select(m => (Match: (IRecord)m.Record, Row: new Row([When(m.Record.Period, m.Record.AsOf), Statistic(m.Record), m.Record.Value.ToString(), m.Record.Id, Answer.Certainty(m)], w => Answer.WriteMatch(w, m))));
        var rows = figures.Concat(extraditions).ToList();
        var order = BorderCoopData.InTimeOrder(rows.Select(r => r.Match)).Select((record, i) => (record.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return [.. rows.OrderBy(r => order[r.Match.Id]).Select(r => r.Row)];
    }

    private static string When(DateRange? period, PartialDate? asOf) =>
        period is not null ? DateText.Of(period) : asOf is not null ? $"as of {DateText.Of(asOf)}" : "undated";

    private static string Statistic(Figure figure) =>
        figure.Subject is { } subject && !figure.Measure.Contains(subject, StringComparison.OrdinalIgnoreCase) ? $"{figure.Measure} ({subject})" : figure.Measure;

    private static string Statistic(ExtraditionFigure figure) =>
        $"extraditions {figure.From}→{figure.To}, {CliOptions.KebabName(figure.Measure)}, {Display.Population(figure)}";

    /// <summary>One line of the answer: its table cells and its JSON.</summary>
    private sealed record Row(string?[] Cells, Action<Utf8JsonWriter> Json);
}
