using System.CommandLine;
using System.CommandLine.Parsing;

namespace BorderCoop.Cli;

/// <summary>
/// The one-line reason a command line did not parse: the first word the parser could not place, with the name it most
/// likely meant (<see cref="TypoSuggestion"/>) or, after a flag, the flag that takes no value; otherwise the first
/// error, on one line however System.CommandLine lays it out.
/// </summary>
internal static class UsageMessage
{
    /// <summary>The reason <paramref name="parseResult"/>, which has errors, failed; without the pointer to help, which the caller adds.</summary>
    public static string For(ParseResult parseResult) =>
        // An unknown word explains a missing command or argument better than the other way round.
        Unplaced(parseResult) is { } word
            ? Unrecognized(parseResult, word)
            : OneLine(parseResult.Errors[0].Message);

    /// <summary>Whether <paramref name="word"/> is written as an option is (<c>-x</c>, <c>--name</c>), not as a negative number or a lone dash.</summary>
    public static bool LooksLikeAnOption(string word) => word is ['-', not '-' and not (>= '0' and <= '9'), ..] or ['-', '-', _, ..];

    /// <summary>The options the parsed command accepts: its own, and the recursive ones of the commands above it (<c>--data</c>, <c>--help</c>).</summary>
    public static IEnumerable<Option> OptionsInScope(CommandResult commandResult)
    {
        foreach (var option in commandResult.Command.Options)
        {
            yield return option;
        }

        for (var parent = commandResult.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            foreach (var option in parent.Command.Options.Where(o => o.Recursive))
            {
                yield return option;
            }
        }
    }

    /// <summary>
    /// The first word the parser could not place: one left over, or one that looks like an option (<c>--dta</c>) but
    /// was taken as a command's argument, as <c>agencies --dta my.json</c> takes it, leaving <c>my.json</c> over.
    /// A word after an option is that option's value (<c>--from -5</c>), however it looks.
    /// </summary>
    private static string? Unplaced(ParseResult parseResult)
    {
        var tokens = parseResult.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var value = tokens[i].Value;
            if (tokens[i].Type == TokenType.Argument
                && (parseResult.UnmatchedTokens.Contains(value) || (LooksLikeAnOption(value) && (i == 0 || tokens[i - 1].Type != TokenType.Option))))
            {
                return value;
            }
        }

        return parseResult.UnmatchedTokens.Count > 0 ? parseResult.UnmatchedTokens[0] : null;
    }

    private static string Unrecognized(ParseResult parseResult, string word)
    {
        var options = OptionsInScope(parseResult.CommandResult).ToList();
        if (FlagBefore(parseResult, word, options) is { } flag)
        {
            return $"{flag.Name} takes no value, not '{word}'.";
        }

        var guess = word.StartsWith('-')
            ? TypoSuggestion.For(word.Split('=', ':')[0], options.Select(o => o.Name))
            : parseResult.CommandResult.Parent is null
                ? TypoSuggestion.For(word, parseResult.CommandResult.Command.Subcommands.Select(c => c.Name))
                : null;
        return guess is null
            ? $"Unrecognized command or argument '{word}'."
            : $"Unrecognized command or argument '{word}'. Did you mean '{guess}'?";
    }

    /// <summary>The flag (an option of no value but true or false) that <paramref name="word"/> directly follows, as in <c>--figures abc</c> or <c>--figures=abc</c>; null if none.</summary>
    private static Option? FlagBefore(ParseResult parseResult, string word, List<Option> options)
    {
        var tokens = parseResult.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.Argument && tokens[i].Value == word && tokens[i - 1].Type == TokenType.Option)
            {
                var named = tokens[i - 1].Value;
                return options.FirstOrDefault(o => o.ValueType == typeof(bool) && (o.Name == named || o.Aliases.Contains(named)));
            }
        }

        return null;
    }

    /// <summary>A message on one line: System.CommandLine lists allowed values on lines of their own.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
}
