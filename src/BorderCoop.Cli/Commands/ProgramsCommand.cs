using System.CommandLine;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop programs [--active-on DAY] [--from DATE] [--to DATE] [--agency A [--lead]] [--place P]</c>: cooperation
/// programs, filtered by when they ran, who led or took part, and where; filters combine. A program whose dates cannot
/// settle the question is listed as uncertain, with the reason.
/// </summary>
internal static class ProgramsCommand
{
    /// <summary>The word that runs the command: <c>bordercoop programs</c>.</summary>
    public const string Name = "programs";

    public static Command Create(CliContext context)
    {
        var activeOn = CliOptions.Date("--active-on", "Only programs active on this day (an exact day, such as 2008-06-01).");
        var from = CliOptions.Date("--from", "Only programs active at some time on or after the start of this date.");
        var to = CliOptions.Date("--to", "Only programs active at some time on or before the end of this date.");
        var agency = CliOptions.Text("--agency", "Only programs this agency leads or takes part in (an id, name, acronym or alias).", "AGENCY");
        var lead = new Option<bool>("--lead") { Description = "With --agency: only programs the agency leads." };
        var place = CliOptions.Text("--place", "Only programs in this country (MX, US) or at places whose name has this word or part of one (juarez), accents ignored.", "PLACE");
        var format = CliContext.FormatOption("text (a table) or json.", Answer.Formats);

        var command = new Command(Name, "Cooperation programs: when, who leads, who takes part, and where.")
        {
            activeOn, from, to, agency, lead, place, format,
        };
        command.SetAction(parseResult =>
        {
            var data = context.Data(parseResult);
            var day = parseResult.GetValue(activeOn);
            var period = CliOptions.Period(parseResult.GetValue(from), parseResult.GetValue(to));
            if (day is not null && period is not null)
            {
                throw new CliUsageException("--active-on cannot be combined with --from or --to; ask one question at a time.");
            }

            if (parseResult.GetValue(lead) && parseResult.GetValue(agency) is null)
            {
                throw new CliUsageException("--lead needs --agency: whose programs?");
            }

            var keep = Filter(data, parseResult.GetValue(agency), parseResult.GetValue(lead), parseResult.GetValue(place));
            var output = parseResult.GetValue(format)!;
            if (day is null && period is null)
            {
                return Answer.Write(
                    context,
                    output,
                    [.. BorderCoopData.InTimeOrder(data.Programs.Where(keep))],
                    "no program matches.",
                    () => new TextTable("Period", "Status", "Leads", "Id", "Name"),
                    p => [DateText.Of(p.Period), CliOptions.KebabName(p.Status), string.Join(", ", p.LeadAgencyIds), p.Id, p.Name],
                    JsonOutput.WriteRecord);
            }

            var matches = day is not null ? data.ProgramsActiveOn(CliOptions.Day("--active-on", day)) : data.ProgramsActiveDuring(period!);
            return Answer.Write(
                context,
                output,
                [.. matches.Where(m => keep(m.Record))],
                "no program matches.",
                () => new TextTable("Period", "Status", "Leads", "Id", "Match", "Name"),
                m => [DateText.Of(m.Record.Period), CliOptions.KebabName(m.Record.Status), string.Join(", ", m.Record.LeadAgencyIds), m.Record.Id, Answer.Certainty(m), m.Record.Name],
                Answer.WriteMatch);
        });
        return command;
    }

    /// <summary>Which programs pass the agency and place filters (all of them when neither is given).</summary>
    private static Func<CooperationProgram, bool> Filter(BorderCoopData data, string? agency, bool leadOnly, string? place)
    {
        HashSet<CooperationProgram>? byAgency = null;
        if (agency is not null)
        {
            byAgency = new(leadOnly ? data.ProgramsLedBy(agency) : data.ProgramsInvolving(agency), ReferenceEqualityComparer.Instance);
        }

        HashSet<CooperationProgram>? byPlace = place is null ? null : new(data.ProgramsIn(place), ReferenceEqualityComparer.Instance);
        return p => (byAgency is null || byAgency.Contains(p)) && (byPlace is null || byPlace.Contains(p));
    }
}
