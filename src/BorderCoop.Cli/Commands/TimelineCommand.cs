using System.CommandLine;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop timeline [--from DATE] [--to DATE] [--kind K] [--agency A]</c>: everything dated, in one list ordered
/// by date with precision taken into account (a year before the months in it), each entry with its record.
/// </summary>
internal static class TimelineCommand
{
    /// <summary>The word that runs the command: <c>bordercoop timeline</c>.</summary>
    public const string Name = "timeline";

    public static Command Create(CliContext context)
    {
        var from = CliOptions.Date("--from", "Only entries that may fall on or after the start of this date (1996, 1996-03 or 1996-01-14).");
        var to = CliOptions.Date("--to", "Only entries that may fall on or before the end of this date.");
        var kind = KindOption();
        var agency = CliOptions.Text("--agency", "Only entries about this agency (an id, name, acronym or alias).", "AGENCY");
        var format = CliContext.FormatOption("text (a table) or json.", Answer.Formats);

        var command = new Command(Name, "Everything dated (signings, programs, arrests, extraditions, events, terms of office) in one ordered list.")
        {
            from, to, kind, agency, format,
        };
        command.SetAction(parseResult =>
        {
            var data = context.Data(parseResult);
            var period = CliOptions.Period(parseResult.GetValue(from), parseResult.GetValue(to));
            var agencyId = parseResult.GetValue(agency) is { } text ? data.Resolve<Agency>(text).Id : null;
            var (dateKind, eventKind) = parseResult.GetValue(kind);
            var entries = data.TimelineFor(period, dateKind, agencyId)
                .Where(e => eventKind is null || (e.Record is Event evt && evt.Kind == eventKind))
                .ToList();
            var output = parseResult.GetValue(format)!;
            var exit = Answer.Write(
                context,
                output,
                entries,
                "no dated entry matches.",
                () => new TextTable("Date", "What", "Record", "Title"),
                e => [DateText.Of(e.Date), e.What, e.Record.Id, Display.Label(e.Record, data)],
                (writer, e) =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("date", e.Date.ToString());
                    writer.WriteString("precision", CliOptions.KebabName(e.Date.Precision));
                    writer.WriteBoolean("approximate", e.Date.IsApproximate);
                    writer.WriteString("qualifier", CliOptions.KebabName(e.Date.Qualifier));
                    writer.WriteString("kind", CliOptions.KebabName(e.Kind));
                    writer.WriteString("recordId", e.Record.Id);
                    writer.WriteString("what", e.What);
                    writer.WriteEndObject();
                });

            // The timeline holds dated moments only; undated events may belong to any period, so say how many there are.
            if (output == "text" && period is not null && (dateKind is null or DateKind.Event) && agencyId is null)
            {
                var undated = data.EventsDuring(period).Where(m => m.Overlap == DateOverlap.Unknown && (eventKind is null || m.Record.Kind == eventKind)).ToList();
                if (undated.Count > 0)
                {
                    context.Output.WriteLine();
                    TerminalText.WriteLine(context.Output, $"The sources give no date for {undated.Count} event(s) that may also belong to this period; see them with 'bordercoop show ID': {string.Join(", ", undated.Select(m => m.Record.Id))}.");
                }
            }

            return exit;
        });
        return command;
    }

    /// <summary>
    /// <c>--kind</c>: every kind the What column shows: a kind of date (<c>signed</c>, <c>surrendered</c>,
    /// <c>took-office</c>…) or, for events, the event's own kind (<c>arrest</c>, <c>signing</c>, <c>other</c>…).
    /// </summary>
    private static Option<(DateKind? DateKind, EventKind? EventKind)> KindOption()
    {
        DateKind[] onTimeline =
        [
            DateKind.Signed, DateKind.Issued, DateKind.InForce, DateKind.Started, DateKind.Ended, DateKind.Arrested, DateKind.Requested,
            DateKind.Granted, DateKind.Surrendered, DateKind.Event, DateKind.TookOffice, DateKind.LeftOffice, DateKind.Published,
        ];
        var dateKinds = onTimeline.ToDictionary(k => CliOptions.KebabName(k), k => k, StringComparer.OrdinalIgnoreCase);
        var eventKinds = Enum.GetValues<EventKind>().ToDictionary(k => CliOptions.KebabName(k), k => k, StringComparer.OrdinalIgnoreCase);
        var names = dateKinds.Keys.Concat(eventKinds.Keys.Where(n => !dateKinds.ContainsKey(n))).ToArray();
        var option = new Option<(DateKind?, EventKind?)>("--kind")
        {
            Description = $"Only entries of this kind, as the What column shows it: a kind of date ({string.Join(", ", dateKinds.Keys)}) or a kind of event ({string.Join(", ", eventKinds.Keys)}).",
            HelpName = "KIND",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (dateKinds.TryGetValue(text, out var dateKind))
                {
                    return (dateKind, null);
                }

                if (eventKinds.TryGetValue(text, out var eventKind))
                {
                    return (DateKind.Event, eventKind);
                }

                result.AddError($"--kind expects a kind the timeline shows ({string.Join(", ", names)}), not '{text}'.");
                return default;
            },
        };
        option.CompletionSources.Add(names);
        return option;
    }
}
