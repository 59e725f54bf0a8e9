using System.CommandLine;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop roles [--on DAY] [--from DATE] [--to DATE] [--agency A]</c>: who held an office or title, and when;
/// on a day or in a period, each role graded under the same date rules as everything else, a role the sources do not
/// date listed as uncertain and a disputed end graded under every version.
/// </summary>
internal static class RolesCommand
{
    /// <summary>The word that runs the command: <c>bordercoop roles</c>.</summary>
    public const string Name = "roles";

    public static Command Create(CliContext context)
    {
        var on = CliOptions.Date("--on", "Only roles held on this day (an exact day, such as 2005-06-01).");
        var from = CliOptions.Date("--from", "Only roles held at some time on or after the start of this date.");
        var to = CliOptions.Date("--to", "Only roles held at some time on or before the end of this date.");
        var agency = CliOptions.Text("--agency", "Only roles in this agency (an id, name, acronym or alias).", "AGENCY");
        var format = CliContext.FormatOption("text (a table) or json.", Answer.Formats);

        var command = new Command(Name, "Who held an office or title, and when: on a day, in a period, or all, in time order.") { on, from, to, agency, format };
        command.SetAction(parseResult =>
        {
            var data = context.Data(parseResult);
            var day = parseResult.GetValue(on);
            var period = CliOptions.Period(parseResult.GetValue(from), parseResult.GetValue(to));
            if (day is not null && period is not null)
            {
                throw new CliUsageException("--on cannot be combined with --from or --to; ask one question at a time.");
            }

            var agencyId = parseResult.GetValue(agency) is { } name ? data.Resolve<Agency>(name).Id : null;
            var question = day is not null ? new NodaTime.DateInterval(CliOptions.Day("--on", day), CliOptions.Day("--on", day)) : period;
            if (question is null)
            {
                var holders = BorderCoopData.InTimeOrder(data.RolesHeldDuring(new NodaTime.DateInterval(NodaTime.LocalDate.MinIsoValue, NodaTime.LocalDate.MaxIsoValue), agencyId).Select(m => m.Record));
                return Answer.Write(
                    context,
                    parseResult.GetValue(format)!,
                    holders,
                    "no role matches.",
                    () => new TextTable("Period", "Person", "Role", "Agency"),
                    h => [DateText.Of(h.Role.Period), h.Person.Name, h.Role.Title, h.Role.AgencyId ?? h.Role.Organization],
                    JsonOutput.WriteRecord);
            }

            return Answer.Write(
                context,
                parseResult.GetValue(format)!,
                data.RolesHeldDuring(question, agencyId),
                "no role matches.",
                () => new TextTable("Period", "Person", "Role", "Agency", "Match"),
                m => [DateText.Of(m.Record.Role.Period), m.Record.Person.Name, m.Record.Role.Title, m.Record.Role.AgencyId ?? m.Record.Role.Organization, Answer.Certainty(m)],
                Answer.WriteMatch);
        });
        return command;
    }
}
