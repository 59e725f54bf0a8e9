using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
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
            var text = Token(result);
            if (PartialDate.TryParse(text, out var date))
            {
                return date;
            }

            result.AddError($"{name} expects a date such as 1996, 1996-03 or 1996-01-14, not '{text}'.");
            return null;
        },
    };

    /// <summary>
    /// An option holding free text, such as a name to look up (<c>--agency pgr</c>); null when absent. Empty or blank
    /// text names nothing and is a usage error.
    /// </summary>
    public static Option<string?> Text(string name, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result => NonBlank(result, $"{name} expects {Article(helpName)} {helpName.ToLowerInvariant()}"),
    };

    /// <summary>
    /// An argument holding free text, such as <c>show ID-OR-NAME</c>; empty or blank text is a usage error that says
    /// the argument expects <paramref name="expected"/>, and so is text written as an option is, such as a mistyped
    /// <c>people --dta</c>, which <see cref="UsageMessage"/> then reports as an unknown option. With
    /// <paramref name="optional"/>, the argument may be left out (and is then null).
    /// </summary>
    public static Argument<string?> TextArgument(string name, string description, string expected, bool optional = false) => new(name)
    {
        Description = description,
        Arity = optional ? ArgumentArity.ZeroOrOne : ArgumentArity.ExactlyOne,
        CustomParser = result =>
        {
            if (NonBlank(result, $"<{name}> expects {expected}") is not { } text)
            {
                return null;
            }

            if (UsageMessage.LooksLikeAnOption(text))
            {
                result.AddError($"<{name}> expects {expected}, not an option such as '{text}'.");
                return null;
            }

            return text;
        },
    };

    /// <summary>
    /// An option holding a whole number from <paramref name="minimum"/> to <paramref name="maximum"/> (no upper bound
    /// when it is <see cref="int.MaxValue"/>), such as <c>--limit 50</c>; <paramref name="defaultValue"/> when absent.
    /// </summary>
    public static Option<int> WholeNumber(string name, string alias, string description, string helpName, int minimum, int maximum, int defaultValue) => new(name, alias)
    {
        Description = description,
        HelpName = helpName,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = Token(result);
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum)
            {
                return number;
            }

            var range = maximum == int.MaxValue ? $"of at least {minimum}" : $"from {minimum} to {maximum}";
            result.AddError($"{name} expects a whole number {range}, not '{text}'.");
            return defaultValue;
        },
    };

    /// <summary>
    /// An option holding one of <paramref name="values"/> (any case; the value read is as listed), such as
    /// <c>--format json</c>; <paramref name="defaultValue"/> when absent.
    /// </summary>
    public static Option<string?> Choice(string name, string[] aliases, string description, string? defaultValue, params string[] values)
    {
        var option = new Option<string?>(name, aliases)
        {
            Description = description,
            CustomParser = result =>
            {
                var text = Token(result);
                if (values.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase)) is { } value)
                {
                    return value;
                }

                result.AddError(values.Length == 1
                    ? $"{name} expects {values[0]}, not '{text}'."
                    : $"{name} expects one of {string.Join(", ", values)}, not '{text}'.");
                return defaultValue;
            },
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        option.CompletionSources.Add(values);
        return option;
    }

    /// <summary>
    /// An option naming a file to write, such as <c>report --output report.html</c>. The file need not exist, nor its
    /// folder (the command creates it); a name that is a folder (an existing one, or one ending in a separator) is a
    /// usage error that suggests <paramref name="exampleFileName"/> inside it, and so is a path under a file.
    /// </summary>
    public static Option<FileInfo?> FileToWrite(string name, string alias, string description, string exampleFileName) => new(name, alias)
    {
        Description = description,
        HelpName = "FILE",
        CustomParser = result =>
        {
            var text = Token(result);
            if (FullPath(result, name, "a file name", text) is not { } path)
            {
                return null;
            }

            if (Path.EndsInDirectorySeparator(text) || Directory.Exists(path))
            {
                result.AddError($"{name} names a folder ({text}); give a file name such as {Path.Join(text, exampleFileName)}.");
                return null;
            }

            return UnderAFile(result, name, text, path) ? null : new FileInfo(path);
        },
    };

    /// <summary>
    /// An option naming a folder to read from, such as <c>coverage --sources seeds</c>: an empty or blank name, or one
    /// that is an existing file, is a usage error; a folder that is missing is left for the command to report.
    /// </summary>
    public static Option<DirectoryInfo?> FolderToRead(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DIR",
        CustomParser = result => Folder(result, name, text => $"{name} names a file ({text}); give the folder that holds it.", refuseUnderAFile: false),
    };

    /// <summary>
    /// An option naming a folder to write into, such as <c>export --output bordercoop-csv</c>; the folder need not
    /// exist (the command creates it), but a name that is an existing file is a usage error that suggests
    /// <paramref name="exampleFolderName"/> beside it, and so is a path under a file.
    /// </summary>
    public static Option<DirectoryInfo?> FolderToWrite(string name, string alias, string description, string exampleFolderName) => new(name, alias)
    {
        Description = description,
        HelpName = "DIR",
        CustomParser = result => Folder(
            result,
            name,
            text => $"{name} names a file ({text}); give a folder name such as {Path.Join(Path.GetDirectoryName(text), exampleFolderName)}.",
            refuseUnderAFile: true),
    };

    /// <summary>
    /// The folder an option names: an empty or blank name, or an existing file (<paramref name="namesAFile"/> says why,
    /// from the text given), is a usage error, and so, when <paramref name="refuseUnderAFile"/>, is a path under a file.
    /// </summary>
    private static DirectoryInfo? Folder(ArgumentResult result, string name, Func<string, string> namesAFile, bool refuseUnderAFile)
    {
        var text = Token(result);
        if (FullPath(result, name, "a folder name", text) is not { } path)
        {
            return null;
        }

        if (File.Exists(path))
        {
            result.AddError(namesAFile(text));
            return null;
        }

        return refuseUnderAFile && UnderAFile(result, name, text, path) ? null : new DirectoryInfo(path);
    }

    /// <summary>
    /// The parser of an option naming files to read, such as <c>--data FILE</c> (repeatable): each name as given (so
    /// messages show it so), or a usage error when one is empty or names a folder. A file that is missing is left for
    /// the reader to report.
    /// </summary>
    public static Func<ArgumentResult, FileInfo[]?> FilesToRead(string name, string expected) => result =>
    {
        var files = new FileInfo[result.Tokens.Count];
        for (var i = 0; i < files.Length; i++)
        {
            var text = result.Tokens[i].Value;
            if (FullPath(result, name, expected, text) is not { } path)
            {
                return null;
            }

            if (Directory.Exists(path))
            {
                result.AddError($"{name} names a folder ({text}); give {expected}.");
                return null;
            }

            files[i] = new FileInfo(text);
        }

        return files;
    };

    /// <summary>
    /// Whether the folders on the way to <paramref name="path"/> (given as <paramref name="text"/>) run into a file,
    /// under which no folder can be made; if so, adds a usage error naming that file.
    /// </summary>
    private static bool UnderAFile(ArgumentResult result, string name, string text, string path)
    {
        for (var folder = Path.GetDirectoryName(path); folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder))
            {
                result.AddError($"{name} {text} lies under a file ({folder}), not a folder; give a path in a folder.");
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The full path of <paramref name="text"/>, a file or folder name given to <paramref name="name"/>; null, with a
    /// usage error that says the option expects <paramref name="expected"/>, when it is empty or no path at all.
    /// </summary>
    private static string? FullPath(ArgumentResult result, string name, string expected, string text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            try
            {
                return Path.GetFullPath(text);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                // A name the file system cannot hold, such as one with a NUL character: reported below.
            }
        }

        result.AddError($"{name} expects {expected}, not '{text}'.");
        return null;
    }

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
                var text = Token(result);
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

    /// <summary>The text the command line gave a value: its one token, or empty text.</summary>
    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;

    /// <summary>The value of <paramref name="result"/>, or null with a usage error "<paramref name="expectation"/>, not ''" when it is empty or blank.</summary>
    private static string? NonBlank(ArgumentResult result, string expectation)
    {
        var text = Token(result);
        if (!string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        result.AddError($"{expectation}, not '{text}'.");
        return null;
    }

    /// <summary>"a" or "an", for a help name such as AGENCY or PERSON.</summary>
    private static string Article(string word) => "AEIOU".Contains(char.ToUpperInvariant(word[0]), StringComparison.Ordinal) ? "an" : "a";

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
