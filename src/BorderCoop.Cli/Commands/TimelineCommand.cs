using System.CommandLine;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop timeline [--from DATE] [--to DATE] [--kind K] [--agency A]</c>: everything dated, in one list ordered
/// by date with precision taken into account (a year before the months in it), each entry with its record.
/// </summary>
internal static class TimelineCommand
{
    public static Command Create(CliContext context)
    {
        var from = CliOptions.Date("--from", "Only entries that may fall on or after the start of this date (1996, 1996-03 or 1996-01-14).");
        var to = CliOptions.Date("--to", "Only entries that may fall on or before the end of this date.");
        var kind = CliOptions.Enum<DateKind>("--kind", "Only entries of this kind.");
        var agency = new Option<string?>("--agency") { Description = "Only entries about this agency (an id, name, acronym or alias).", HelpName = "AGENCY" };
        var format = CliContext.FormatOption("text (a table) or json.", Answer.Formats);

        var command = new Command("timeline", "Everything dated (signings, programs, arrests, extraditions, events, terms of office) in one ordered list.")
        {
            from, to, kind, agency, format,
        };
        command.SetAction(parseResult =>
        {
            var data = context.Data(parseResult);
            var period = CliOptions.Period(parseResult.GetValue(from), parseResult.GetValue(to));
            var agencyId = parseResult.GetValue(agency) is { } text ? data.Resolve<Agency>(text).Id : null;
            var entries = data.TimelineFor(period, parseResult.GetValue(kind), agencyId);
            return Answer.Write(
                context,
                parseResult.GetValue(format)!,
                entries,
                "no dated entry matches.",
                () => new TextTable("Date", "What", "Record", "Title"),
                e => [DateText.Of(e.Date), e.What, e.Record.Id, RecordLabel.Of(e.Record, data)],
                (writer, e) =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("date", e.Date.ToString());
                    writer.WriteString("precision", CliOptions.KebabName(e.Date.Precision));
                    writer.WriteBoolean("approximate", e.Date.IsApproximate);
                    writer.WriteString("kind", CliOptions.KebabName(e.Kind));
                    writer.WriteString("recordId", e.Record.Id);
                    writer.WriteString("what", e.What);
                    writer.WriteEndObject();
                });
        });
        return command;
    }
}
