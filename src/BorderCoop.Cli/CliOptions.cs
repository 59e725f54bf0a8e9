using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using NodaTime;

namespace BorderCoop.Cli;

/// <summary>
/// Options that mean the same on every command that has them: dates in EDTF form (<c>--from 1996</c>,
/// <c>--to 2000-06</c>), enum values in kebab case (<c>--kind took-office</c>), and a period built from
/// <c>--from</c>/<c>--to</c>. A value that does not parse is a usage error naming the option and the value.
/// </summary>
internal static class CliOptions
{
    /// <summary>The earliest day a period can start on when <c>--from</c> is not given.</summary>
    private static readonly LocalDate EarliestDay = new(PartialDate.MinimumYear, 1, 1);

    /// <summary>The latest day a period can end on when <c>--to</c> is not given.</summary>
    private static readonly LocalDate LatestDay = new(PartialDate.MaximumYear, 12, 31);

    /// <summary>
    /// An option holding a date at any precision (<c>1996</c>, <c>1996-03</c>, <c>1996-01-14</c>); null when absent.
    /// </summary>
    public static Option<PartialDate?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DATE",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (PartialDate.TryParse(text, out var date))
            {
                return date;
            }

            result.AddError($"{name} expects a date such as 1996, 1996-03 or 1996-01-14, not '{text}'.");
            return null;
        },
    };

    /// <summary>An option holding one value of <typeparamref name="TEnum"/>, written in kebab case as in the data files.</summary>
    public static Option<TEnum?> Enum<TEnum>(string name, string description)
        where TEnum : struct, System.Enum
    {
        var names = System.Enum.GetValues<TEnum>().ToDictionary(v => KebabName(v), v => v, StringComparer.OrdinalIgnoreCase);
        var option = new Option<TEnum?>(name)
        {
            Description = $"{description} One of: {string.Join(", ", names.Keys)}.",
            HelpName = name.TrimStart('-').ToUpperInvariant(),
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (names.TryGetValue(text, out var value))
                {
                    return value;
                }

                result.AddError($"{name} expects one of {string.Join(", ", names.Keys)}, not '{text}'.");
                return null;
            },
        };
        option.CompletionSources.Add(names.Keys.ToArray());
        return option;
    }

    /// <summary>The kebab-case name of an enum value, as the data files and JSON output write it.</summary>
    public static string KebabName<TEnum>(TEnum value)
        where TEnum : struct, System.Enum =>
        Display.Name(value);

    /// <summary>The value of <typeparamref name="TEnum"/> whose kebab-case name is <paramref name="text"/> (any case).</summary>
    /// <exception cref="CliUsageException">No value has that name.</exception>
    public static TEnum Parse<TEnum>(string text)
        where TEnum : struct, System.Enum =>
        System.Enum.GetValues<TEnum>().FirstOrDefault(v => string.Equals(KebabName(v), text, StringComparison.OrdinalIgnoreCase)) is var value
            && string.Equals(KebabName(value), text, StringComparison.OrdinalIgnoreCase)
            ? value
            : throw new CliUsageException($"'{text}' is not one of {string.Join(", ", System.Enum.GetValues<TEnum>().Select(KebabName))}.");

    /// <summary>
    /// The period from the first possible day of <paramref name="from"/> to the last possible day of
    /// <paramref name="to"/> (<c>--from 1996 --to 1996</c> is the whole year); a missing end reaches as far as dates go.
    /// Null when neither is given.
    /// </summary>
    /// <exception cref="CliUsageException"><paramref name="to"/> ends before <paramref name="from"/> starts.</exception>
    public static DateInterval? Period(PartialDate? from, PartialDate? to)
    {
        if (from is null && to is null)
        {
            return null;
        }

        var start = from?.Start ?? EarliestDay;
        var end = to?.End ?? LatestDay;
        if (end < start)
        {
            throw new CliUsageException($"--to {to} ends before --from {from} starts.");
        }

        return new DateInterval(start, end);
    }

    /// <summary>A day from a date option that must be known to the day, such as <c>--in-force-on 2008-06-01</c>.</summary>
    /// <exception cref="CliUsageException">The date is known only to the month or year.</exception>
    public static LocalDate Day(string name, PartialDate date) =>
        date.Precision == DatePrecision.Day && !date.IsApproximate
            ? date.Start
            : throw new CliUsageException($"{name} needs an exact day such as 2008-06-01, not '{date}'.");
}
