using System.CommandLine;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop agreements [--in-force-on DAY] [--from DATE] [--to DATE]</c>: every agreement, or those in force on a
/// day, or those signed in a period; a match the dates cannot settle is listed as uncertain, with the reason.
/// </summary>
internal static class AgreementsCommand
{
    /// <summary>The word that runs the command: <c>bordercoop agreements</c>.</summary>
    public const string Name = "agreements";

    public static Command Create(CliContext context)
    {
        var inForceOn = CliOptions.Date("--in-force-on", "Only agreements in force on this day (an exact day, such as 2008-06-01).");
        var from = CliOptions.Date("--from", "Only agreements signed on or after the start of this date.");
        var to = CliOptions.Date("--to", "Only agreements signed on or before the end of this date.");
        var list = new ListOptions();

        var command = new Command(Name, "Agreements between the two countries, with when they were signed and entered into force.")
        {
            inForceOn, from, to,
        };
        list.AddTo(command);
        command.SetAction(parseResult =>
        {
            var data = context.Data(parseResult);
            var day = parseResult.GetValue(inForceOn);
            var period = CliOptions.Period(parseResult.GetValue(from), parseResult.GetValue(to));
            if (day is not null && period is not null)
            {
                throw new CliUsageException("--in-force-on cannot be combined with --from or --to; ask one question at a time.");
            }

            if (day is null && period is null)
            {
                return Answer.Write(
                    context,
                    list.Read(parseResult),
                    BorderCoopData.InTimeOrder(data.Agreements),
                    "the data holds no agreement.",
                    [TextColumn.Date("Signed"), TextColumn.Date("In force"), TextColumn.Text("Kind"), TextColumn.Id("Id"), TextColumn.Text("Title")],
                    a => [Made(a), DateText.Of(a.InForce), CliOptions.KebabName(a.Kind), a.Id, a.Title],
                    JsonOutput.WriteRecord);
            }

            var matches = day is not null ? data.AgreementsInForceOn(CliOptions.Day("--in-force-on", day)) : data.AgreementsSignedIn(period!);
            return Answer.Write(
                context,
                list.Read(parseResult),
                matches,
                "no agreement matches.",
                [TextColumn.Date("Signed"), TextColumn.Date("In force"), TextColumn.Text("Kind"), TextColumn.Id("Id"), TextColumn.Text("Match"), TextColumn.Text("Title")],
                m => [Made(m.Record), DateText.Of(m.Record.InForce), CliOptions.KebabName(m.Record.Kind), m.Record.Id, Answer.Certainty(m), m.Record.Title],
                Answer.WriteMatch);
        });
        return command;
    }

    /// <summary>The Signed cell: the signing date, or <c>issued</c> and the date for norms one government issued.</summary>
    private static string Made(Agreement agreement) =>
        agreement.Signed is not null ? DateText.Of(agreement.Signed)
        : agreement.Issued is not null ? "issued " + DateText.Of(agreement.Issued)
        : string.Empty;
}
