using System.Text.Json;

namespace BorderCoop.Cli.Formatting;

/// <summary>
/// How every query command ends: the answer as a table (<c>--format text</c>) or a JSON array (<c>--format json</c>),
/// exit code 0; or, when nothing matched, an empty answer (nothing, or <c>[]</c>), a one-line reason on standard error
/// and <see cref="ExitCodes.NoAnswer"/>.
/// </summary>
internal static class Answer
{
    /// <summary>The text and JSON formats every query command accepts.</summary>
    public static readonly string[] Formats = ["text", "json"];

    /// <summary>Writes <paramref name="items"/> in <paramref name="format"/> and returns the exit code.</summary>
    /// <param name="context">Where to write.</param>
    /// <param name="format"><c>text</c> or <c>json</c>.</param>
    /// <param name="items">The answer.</param>
    /// <param name="noneReason">The one-line reason written to standard error when <paramref name="items"/> is empty.</param>
    /// <param name="table">The table columns, for text.</param>
    /// <param name="row">The cells of one item, for text.</param>
    /// <param name="json">One item as a JSON value, for json.</param>
    public static int Write<T>(
        CliContext context,
        string format,
        IReadOnlyList<T> items,
        string noneReason,
        Func<TextTable> table,
        Func<T, string?[]> row,
        Action<Utf8JsonWriter, T> json)
    {
        if (format == "json")
        {
            return WriteJson(context, items, noneReason, json);
        }

        if (items.Count > 0)
        {
            var text = table();
            foreach (var item in items)
            {
                text.Add(row(item));
            }

            text.WriteTo(context.Output);
        }

        return items.Count > 0 ? ExitCodes.Success : context.Fail(ExitCodes.NoAnswer, noneReason);
    }

    /// <summary>Writes <paramref name="items"/> as a JSON array (<c>[]</c> when empty) and returns the exit code.</summary>
    public static int WriteJson<T>(CliContext context, IReadOnlyList<T> items, string noneReason, Action<Utf8JsonWriter, T> json)
    {
        JsonOutput.Write(context.Output, writer =>
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                json(writer, item);
            }

            writer.WriteEndArray();
        });
        return items.Count > 0 ? ExitCodes.Success : context.Fail(ExitCodes.NoAnswer, noneReason);
    }

    /// <summary>
    /// A dated match as JSON: its certainty, the reason in words, which date it rests on (<c>dateKind</c>) and how that
    /// lies against the period asked about (<c>overlap</c>), the date or period itself in EDTF, the latest evidence of an
    /// open period (<c>runningAsOf</c>), the dates conflicts give (<c>candidates</c>), then the record as in the data files.
    /// </summary>
    public static void WriteMatch<TRecord>(Utf8JsonWriter writer, DatedMatch<TRecord> match)
        where TRecord : class, IRecord
    {
        writer.WriteStartObject();
        writer.WriteString("certainty", CliOptions.KebabName(match.Certainty));
        writer.WriteString("reason", match.Reason);
        writer.WriteString("dateKind", CliOptions.KebabName(match.DateKind));
        writer.WriteString("overlap", CliOptions.KebabName(match.Overlap));
        if (match.Date is { } date)
        {
            writer.WriteString("date", date.ToString());
        }

        if (match.Period is { } period)
        {
            writer.WriteString("period", period.ToString());
        }

        if (match.RunningAsOf is { } runningAsOf)
        {
            writer.WriteString("runningAsOf", runningAsOf.ToString());
        }

        if (match.Candidates.Count > 0)
        {
            writer.WriteStartArray("candidates");
            foreach (var candidate in match.Candidates)
            {
                writer.WriteStartObject();
                writer.WriteString("date", candidate.Date.ToString());
                writer.WriteString("conflict", candidate.ConflictId);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WritePropertyName("record");
        JsonOutput.WriteRecord(writer, match.Record);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The certainty cell of a table: <c>certain</c> for a date within the period; <c>certain: </c> and the reason when
    /// the record covers the period or only partly overlaps it (a figure for 2000–2003 asked about 1995–2000), so the
    /// table never passes that off as an answer for the period; <c>uncertain: </c> and the reason otherwise.
    /// </summary>
    public static string Certainty<TRecord>(DatedMatch<TRecord> match)
        where TRecord : class, IRecord =>
        match.Certainty != DateCertainty.Certain ? $"uncertain: {match.Reason}"
        : match.Overlap == DateOverlap.Within ? "certain"
        : $"certain: {match.Reason}";
}
