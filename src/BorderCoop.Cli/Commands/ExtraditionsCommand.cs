using System.CommandLine;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop extraditions [--from DATE] [--to DATE] [--direction MX-US] [--mechanism M] [--person P] [--figures]</c>:
/// individual extradition cases, or with <c>--figures</c> the aggregate counts the sources report, every version
/// side by side with its source.
/// </summary>
internal static class ExtraditionsCommand
{
    /// <summary>The word that runs the command: <c>bordercoop extraditions</c>.</summary>
    public const string Name = "extraditions";

    public static Command Create(CliContext context)
    {
        var from = CliOptions.Date("--from", "Only cases (or figures) that may fall on or after the start of this date.");
        var to = CliOptions.Date("--to", "Only cases (or figures) that may fall on or before the end of this date.");
        var direction = new Option<(CountryCode From, CountryCode To)?>("--direction")
        {
            Description = "Only this direction, as two country codes: MX-US (Mexico to the United States) or US-MX.",
            HelpName = "FROM-TO",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                var parts = text.Split('-');
                if (parts is [var start, var end] && CountryCode.TryParse(start, out var sending) && CountryCode.TryParse(end, out var receiving))
                {
                    return (sending, receiving);
                }

                result.AddError($"--direction expects two country codes such as MX-US, not '{text}'.");
                return null;
            },
        };
        var mechanism = CliOptions.Enum<ExtraditionMechanism>("--mechanism", "Only cases handled by this legal mechanism.");
        var person = CliOptions.Text("--person", "Only the cases of this person (an id, name or alias).", "PERSON");
        var figures = new Option<bool>("--figures") { Description = "List the aggregate figures the sources report instead of individual cases." };
        var step = CliOptions.Choice(
            "--step",
            [],
            "Which date of a case --from and --to ask about: surrendered (the default: people handed over in the period), arrested, requested, granted, or any (each case once, with the step that matched).",
            "surrendered",
            "surrendered", "arrested", "requested", "granted", "any");
        step.HelpName = "STEP";
        var list = new ListOptions();

        var command = new Command(Name, "Extradition cases (in a period: people surrendered then, or --step), or with --figures the reported totals, each with whom it counts and its source.")
        {
            from, to, direction, mechanism, person, figures, step,
        };
        list.AddTo(command);
        command.SetAction(parseResult =>
        {
            var data = context.Data(parseResult);
            var period = CliOptions.Period(parseResult.GetValue(from), parseResult.GetValue(to));
            var chosenDirection = parseResult.GetValue(direction);
            CountryCode? fromCountry = chosenDirection?.From, toCountry = chosenDirection?.To;
            var request = list.Read(parseResult);
            if (parseResult.GetValue(figures))
            {
                if (parseResult.GetValue(mechanism) is not null || parseResult.GetValue(person) is not null || parseResult.GetResult(step) is { Implicit: false })
                {
                    throw new CliUsageException("--figures counts many cases at once; --mechanism, --person and --step apply to cases only.");
                }

                return WriteFigures(context, data, request, period, fromCountry, toCountry);
            }

            var personId = parseResult.GetValue(person) is { } name ? data.Resolve<Person>(name).Id : null;
            var chosen = parseResult.GetValue(mechanism);
            if (period is null)
            {
                return Answer.Write(
                    context,
                    request,
                    [.. BorderCoopData.InTimeOrder(data.FindExtraditionCases(fromCountry, toCountry, chosen).Where(c => personId is null || c.PersonId == personId))],
                    "no extradition case matches.",
                    CaseColumns,
                    c => CaseRow(data, c, null),
                    JsonOutput.WriteRecord);
            }

            var asked = parseResult.GetValue(step) is "any" ? (DateKind?)null : CliOptions.Parse<DateKind>(parseResult.GetValue(step)!);
            var cases = data.ExtraditionCasesDuring(period, fromCountry, toCountry, chosen, asked).Where(m => personId is null || m.Record.PersonId == personId).ToList();

            // Individual cases are rarely the whole story for a period: point to the totals the sources report for it.
            var reported = personId is null ? ReportedFigures(data, period, fromCountry, toCountry) : [];
            var pointer = reported.Count == 0 ? null
                : $"The sources also report {reported.Count} aggregate figure(s) for this period: {string.Join("; ", reported.Select(FigureSummary))} (bordercoop extraditions --figures{PeriodArguments(parseResult.GetValue(from), parseResult.GetValue(to))} --direction {fromCountry?.Value ?? "MX"}-{toCountry?.Value ?? "US"}).";
            var exit = Answer.Write(
                context,
                request,
                cases,
                pointer is null ? "no extradition case matches." : $"no extradition case matches. {pointer}",
                [.. CaseColumns, TextColumn.Text("Match")],
                m => CaseRow(data, m.Record, Answer.Certainty(m)),
                Answer.WriteMatch);
            if (cases.Count > 0 && pointer is not null && request.IsText)
            {
                context.Output.WriteLine();
                context.WriteLine(pointer);
            }

            return exit;
        });
        return command;
    }

    /// <summary>The columns of a table of cases; with a period, a Match column follows.</summary>
    private static readonly TextColumn[] CaseColumns =
    [
        TextColumn.Text("Person"), TextColumn.Text("Direction"), TextColumn.Text("Mechanism"), TextColumn.Date("Arrested"), TextColumn.Date("Surrendered"),
        TextColumn.Text("Outcome"), TextColumn.Id("Id"),
    ];

    /// <summary>The columns of a table of reported figures; with a period, a Match column follows.</summary>
    private static readonly TextColumn[] FigureColumns =
    [
        TextColumn.Date("Period"), TextColumn.Text("Direction"), TextColumn.Text("Population"), TextColumn.Text("Measure"), TextColumn.Number("Value"),
        TextColumn.Id("Sources"), TextColumn.Id("Id"),
    ];

    private static string?[] CaseRow(BorderCoopData data, ExtraditionCase c, string? match)
    {
        string?[] cells =
        [
            (data.Find(c.PersonId) as Person)?.Name ?? c.PersonId, $"{c.From}→{c.To}", CliOptions.KebabName(c.Mechanism),
            DateText.Of(c.Arrested), DateText.Of(c.Surrendered), CliOptions.KebabName(c.Outcome), c.Id,
        ];
        return match is null ? cells : [.. cells, match];
    }

    /// <summary>
    /// The reported figures: for a period and a direction every version the sources give (<see cref="BorderCoopData.ExtraditionFiguresFor"/>),
    /// otherwise every figure in that direction, or all of them.
    /// </summary>
    private static int WriteFigures(CliContext context, BorderCoopData data, ListRequest request, NodaTime.DateInterval? period, CountryCode? from, CountryCode? to)
    {
        if (period is not null && from is null)
        {
            throw new CliUsageException("--figures with --from or --to needs --direction: figures are reported for one direction.");
        }

        if (period is not null)
        {
            return Answer.Write(
                context,
                request,
                data.ExtraditionFiguresFor(period, from!.Value, to!.Value),
                "no extradition figure covers that period and direction.",
                [.. FigureColumns, TextColumn.Text("Match")],
                m => [.. FigureRow(m.Record), Answer.Certainty(m)],
                Answer.WriteMatch);
        }

        return Answer.Write(
            context,
            request,
            [.. BorderCoopData.InTimeOrder(data.ExtraditionFigures.Where(f => from is null || (f.From == from.Value.Value && f.To == to!.Value.Value)))],
            "no extradition figure matches.",
            FigureColumns,
            FigureRow,
            JsonOutput.WriteRecord);
    }

    private static string?[] FigureRow(ExtraditionFigure f) =>
    [
        f.Period is not null ? DateText.Of(f.Period) : f.AsOf is not null ? $"as of {DateText.Of(f.AsOf)}" : "undated",
        $"{f.From}→{f.To}",
        Display.Population(f),
        CliOptions.KebabName(f.Measure),
        Display.FigureValue(f),
        string.Join(", ", f.Citations.Select(c => c.SourceId).Distinct()),
        f.Id,
    ];

    /// <summary>The figures reported for a period that lie within it or cover it (not those that only partly overlap), in the direction asked, or from Mexico to the U.S.</summary>
    private static List<ExtraditionFigure> ReportedFigures(BorderCoopData data, NodaTime.DateInterval period, CountryCode? from, CountryCode? to) =>
        [.. data.ExtraditionFiguresFor(period, from ?? "MX", to ?? "US")
            .Where(m => m.Overlap is DateOverlap.Within or DateOverlap.Covers)
            .Select(m => m.Record)];

    private static string FigureSummary(ExtraditionFigure figure) =>
        $"{Display.FigureValue(figure)} ({Display.Population(figure)}, {Display.Period(ExtraditionFigurePeriod(figure))}, {CliOptions.KebabName(figure.Measure)})";

    private static DateRange? ExtraditionFigurePeriod(ExtraditionFigure figure) =>
        figure.Period ?? (figure.AsOf is { } asOf ? DateRange.Single(asOf) : null);

    private static string PeriodArguments(PartialDate? from, PartialDate? to) =>
        (from is null ? string.Empty : $" --from {from}") + (to is null ? string.Empty : $" --to {to}");
}
