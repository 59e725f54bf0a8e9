using System.Text.RegularExpressions;

namespace BorderCoop.Cli.Coverage;

/// <summary>
/// Whether a sentence states a number or a date, the statements <c>bordercoop coverage</c> expects the data to hold or
/// a reviewer to have set aside.
/// </summary>
/// <remarks>
/// A sentence states a number or a date when it has an ASCII digit (<c>2006</c>, <c>34,669</c>, <c>$1.4</c>), a number
/// written in words (<c>two</c> to <c>nineteen</c>, the tens such as <c>sixty</c> alone or in <c>sixty-one</c>,
/// <c>hundred</c>, <c>thousand</c>, <c>million</c>, <c>billion</c>, <c>dozen</c> and their plurals, in any case), or a
/// month's name, capitalized (<c>December</c>, <c>Aug.</c>, <c>Sept.</c>). Not counted: the word <c>one</c>, nearly
/// always a pronoun in these documents ("no one", "one of the"), ordinals (<c>first</c>), and superscript footnote
/// numbers (<c>¹²</c>), which are references rather than statements, and the numeral of a numbered list item
/// (<c>1. </c> at the start), which orders the list.
/// </remarks>
internal static partial class NumbersAndDates
{
    /// <summary>Whether <paramref name="sentence"/> states a number or a date (see the remarks on <see cref="NumbersAndDates"/>).</summary>
    public static bool Has(string sentence)
    {
        // The numeral of a numbered list item ("1. Drug-related…") orders the list; it states nothing.
        var statement = ListNumeral().Replace(sentence, string.Empty, 1);
        return statement.Any(char.IsAsciiDigit) || NumberWord().IsMatch(statement) || MonthName().IsMatch(statement);
    }

    [GeneratedRegex(@"^[ \t]*[0-9]{1,3}[.)][ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex ListNumeral();

    [GeneratedRegex(
        @"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWord();

    [GeneratedRegex(
        @"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)(?!\w)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthName();
}
