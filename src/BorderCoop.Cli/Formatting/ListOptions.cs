using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace BorderCoop.Cli.Formatting;

/// <summary>
/// The options of every command that answers with a list: <c>--format</c> (text, json, csv, tsv), <c>--sort</c>,
/// <c>--limit</c> and <c>--columns</c>. A value that does not parse is a usage error naming the option and the value;
/// a column name the table does not have is one too, found when the command runs (see <see cref="Answer"/>).
/// </summary>
internal sealed class ListOptions
{
    /// <summary>The options, reading the given defaults.</summary>
    /// <param name="defaultLimit">The <c>--limit</c> when none is given (search's 20), or null for every row.</param>
    public ListOptions(int? defaultLimit = null)
    {
        Format = CliContext.FormatOption(
            "text (a table fitted to the terminal), json (whole records), csv or tsv (the table's columns, cells in full).",
            Answer.Formats);
        Sort = new Option<ListSort?>("--sort")
        {
            Description = "Sort the rows by this column (a name as --columns takes it); COLUMN:desc sorts descending. Dates sort by date, amounts and counts by number.",
            HelpName = "COLUMN[:desc]",
            CustomParser = result => ParseSort(result),
        };
        Limit = new Option<int?>("--limit", "-n")
        {
            Description = defaultLimit is { } limit
                ? $"At most this many rows, after sorting (default {limit}); standard error says how many were left out."
                : "At most this many rows, after sorting; standard error says how many were left out.",
            HelpName = "N",
            CustomParser = result => ParseLimit(result),
        };
        if (defaultLimit is { } fallback)
        {
            Limit.DefaultValueFactory = _ => fallback;
        }

        Columns = new Option<string[]?>("--columns")
        {
            Description = "Only these columns, in this order: header names in lower case with hyphens, separated by commas (id,title). For text, csv and tsv.",
            HelpName = "NAMES",
            CustomParser = result => ParseColumns(result),
        };
    }

    /// <summary><c>--format</c>: one of <see cref="Answer.Formats"/>, text by default.</summary>
    public Option<string> Format { get; }

    /// <summary><c>--sort COLUMN[:desc]</c>: the column to order the rows by, and which way.</summary>
    public Option<ListSort?> Sort { get; }

    /// <summary><c>--limit N</c> (<c>-n</c>): the most rows to write, from 1.</summary>
    public Option<int?> Limit { get; }

    /// <summary><c>--columns a,b</c>: the columns to write, in order.</summary>
    public Option<string[]?> Columns { get; }

    /// <summary>Adds the four options to <paramref name="command"/>, after its own.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in (Option[])[Format, Sort, Limit, Columns])
        {
            command.Options.Add(option);
        }
    }

    /// <summary>What the command line asks of the list.</summary>
    /// <remarks>An absent <c>--columns</c> reads as an empty array, the parser's default for arrays: it means every column.</remarks>
    public ListRequest Read(ParseResult parseResult) =>
        new(parseResult.GetValue(Format)!, parseResult.GetValue(Sort), parseResult.GetValue(Limit), parseResult.GetValue(Columns) is { Length: > 0 } names ? names : null);

    private static ListSort? ParseSort(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var colon = text.LastIndexOf(':');
        var (name, direction) = colon < 0 ? (text, "asc") : (text[..colon], text[(colon + 1)..]);
        if (name.Trim().Length > 0 && direction.ToLowerInvariant() is "asc" or "desc")
        {
            return new ListSort(name.Trim(), direction.Equals("desc", StringComparison.OrdinalIgnoreCase));
        }

        result.AddError($"--sort expects a column name, optionally with :desc (such as date:desc), not '{text}'.");
        return null;
    }

    private static int? ParseLimit(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1)
        {
            return limit;
        }

        result.AddError($"--limit expects a whole number of rows from 1, not '{text}'.");
        return null;
    }

    private static string[]? ParseColumns(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var names = text.Split(',', StringSplitOptions.TrimEntries);
        if (names.All(n => n.Length > 0))
        {
            return names;
        }

        result.AddError($"--columns expects column names separated by commas (such as id,title), not '{text}'.");
        return null;
    }
}
