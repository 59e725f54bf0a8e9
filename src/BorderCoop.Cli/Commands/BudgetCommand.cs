using System.CommandLine;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop budget [--program P] [--funder A] [--recipient R] [--fiscal-year N] [--stage S] [--by fiscal-year]</c>:
/// budget lines, or with <c>--by fiscal-year</c> totals that add only like with like (one fiscal year, stage and
/// currency) followed by the lines left out and why.
/// </summary>
internal static class BudgetCommand
{
    /// <summary>The word that runs the command: <c>bordercoop budget</c>.</summary>
    public const string Name = "budget";

    public static Command Create(CliContext context)
    {
        var program = CliOptions.Text("--program", "Only the lines of this program (an id, name or alias, such as SIU).", "PROGRAM");
        var funder = CliOptions.Text("--funder", "Only lines funded by this agency (an id, name, acronym or alias).", "AGENCY");
        var recipient = CliOptions.Text("--recipient", "Only lines for this recipient country code, or agency (an id, name, acronym or alias).", "RECIPIENT");
        var fiscalYear = new Option<FiscalYear?>("--fiscal-year")
        {
            Description = "Only lines of this U.S. fiscal year (2011 or FY2011: 1 October 2010 to 30 September 2011).",
            HelpName = "YEAR",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (FiscalYear.TryParse(text, out var year) || (int.TryParse(text, out var number) && FiscalYear.TryParse($"FY{number:D4}", out year)))
                {
                    return year;
                }

                result.AddError($"--fiscal-year expects a year such as 2011 or FY2011, not '{text}'.");
                return null;
            },
        };
        var stage = CliOptions.Enum<BudgetStage>("--stage", "Only lines at this stage.");
        var by = CliOptions.Choice("--by", [], "Group into totals: fiscal-year (never adding different stages or currencies).", null, "fiscal-year");
        by.HelpName = "GROUPING";
        var format = CliContext.FormatOption("text (a table) or json.", Answer.Formats);

        var command = new Command(Name, "Budget lines by program, funder, recipient, fiscal year and stage, or totals by fiscal year.")
        {
            program, funder, recipient, fiscalYear, stage, by, format,
        };
        command.SetAction(parseResult =>
        {
            var data = context.Data(parseResult);
            var programId = parseResult.GetValue(program) is { } programName ? data.Resolve<CooperationProgram>(programName).Id : null;

            var output = parseResult.GetValue(format)!;
            if (parseResult.GetValue(by) is not null)
            {
                if (parseResult.GetValue(funder) is not null || parseResult.GetValue(recipient) is not null || parseResult.GetValue(fiscalYear) is not null || parseResult.GetValue(stage) is not null)
                {
                    throw new CliUsageException("--by fiscal-year totals every line, or those of one --program; the other filters apply to lines only.");
                }

                return WriteTotals(context, data, output, data.BudgetTotalsByFiscalYear(programId));
            }

            var lines = data.FindBudgetLines(programId, parseResult.GetValue(funder), parseResult.GetValue(recipient), parseResult.GetValue(fiscalYear), parseResult.GetValue(stage));
            return Answer.Write(
                context,
                output,
                BorderCoopData.InTimeOrder(lines),
                "no budget line matches.",
                () => new TextTable("When", "Stage", "Amount", "Funder", "Program", "Id", "Description"),
                b => [b.FiscalYear is { } year ? DateText.Of(year) : DateText.Of(b.Period), CliOptions.KebabName(b.Stage), b.Amount.ToString(), b.FunderId, b.ProgramId, b.Id, b.Description],
                JsonOutput.WriteRecord);
        });
        return command;
    }

    private static int WriteTotals(CliContext context, BorderCoopData data, string format, BudgetSummary summary)
    {
        if (format == "json")
        {
            JsonOutput.Write(context.Output, writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("totals");
                foreach (var total in summary.Totals)
                {
                    writer.WriteStartObject();
                    writer.WriteString("fiscalYear", total.FiscalYear.ToString());
                    writer.WriteString("stage", CliOptions.KebabName(total.Stage));
                    writer.WriteNumber("amount", total.Amount.Amount);
                    writer.WriteString("currency", total.Amount.Currency);
                    writer.WriteStartArray("lineIds");
                    total.LineIds.ToList().ForEach(writer.WriteStringValue);
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("leftOut");
                foreach (var exclusion in summary.LeftOut)
                {
                    writer.WriteStartObject();
                    writer.WriteString("lineId", exclusion.Line.Id);
                    writer.WriteString("reason", exclusion.Reason);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
        }
        else
        {
            if (summary.Totals.Count > 0)
            {
                var table = new TextTable("Fiscal year", "Stage", "Total", "Lines");
                foreach (var total in summary.Totals)
                {
                    table.Add(DateText.Of(total.FiscalYear), CliOptions.KebabName(total.Stage), total.Amount.ToString(), string.Join(", ", total.LineIds));
                }

                table.WriteTo(context.Output);
            }

            if (summary.LeftOut.Count > 0)
            {
                context.Output.WriteLine();
                context.Output.WriteLine("Left out of the totals:");
                foreach (var exclusion in summary.LeftOut)
                {
                    TerminalText.WriteLine(context.Output, $"  {exclusion.Line.Id}: {exclusion.Reason}");
                }
            }
        }

        return summary.Totals.Count > 0 || summary.LeftOut.Count > 0
            ? ExitCodes.Success
            : context.Fail(ExitCodes.NoAnswer, "no budget line to total.");
    }
}
