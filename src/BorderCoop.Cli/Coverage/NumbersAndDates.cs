using System.Text.RegularExpressions;

namespace BorderCoop.Cli.Coverage;

/// <summary>
/// The numbers and dates a sentence states, the statements <c>bordercoop coverage</c> expects the data to quote or a
/// reviewer to have set aside.
/// </summary>
/// <remarks>
/// A mention is a run of ASCII digits with the commas and points inside it (<c>2006</c>, <c>34,669</c>, the <c>1.4</c>
/// of <c>$1.4</c>), a number written in words (<c>two</c> to <c>nineteen</c>, the tens such as <c>sixty</c>, alone or
/// as a part of <c>sixty-one</c>, <c>hundred</c>, <c>thousand</c>, <c>million</c>, <c>billion</c>, <c>dozen</c> and
/// their plurals, in any case), or a month's name, capitalized (<c>December</c>, <c>Aug.</c>, <c>Sept.</c>). Not
/// counted: the word <c>one</c>, nearly always a pronoun in these documents ("no one", "one of the"), ordinals
/// (<c>first</c>), superscript footnote numbers (<c>¹²</c>), which are references rather than statements, and the
/// numeral of a numbered list item (<c>1. </c> at the start), which orders the list.
/// </remarks>
internal static partial class NumbersAndDates
{
    /// <summary>Whether <paramref name="sentence"/> states a number or a date (see the remarks on <see cref="NumbersAndDates"/>).</summary>
    public static bool Has(string sentence) => Find(sentence).Count > 0;

    /// <summary>
    /// Every number and date <paramref name="sentence"/> states, in order, as spans of the sentence (see the remarks on
    /// <see cref="NumbersAndDates"/>).
    /// </summary>
    public static IReadOnlyList<TextSpan> Find(string sentence)
    {
        // The numeral of a numbered list item ("1. Drug-related…") orders the list; it states nothing.
        var from = ListNumeral().Match(sentence) is { Success: true } numeral ? numeral.Length : 0;
        var mentions = new List<TextSpan>();
        for (var match = Mention().Match(sentence, from); match.Success; match = match.NextMatch())
        {
            mentions.Add(new TextSpan(match.Index, match.Length));
        }

        return mentions;
    }

    [GeneratedRegex(@"^[ \t]*[0-9]{1,3}[.)][ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex ListNumeral();

    [GeneratedRegex(
        @"[0-9](?:[0-9.,]*[0-9])?"
        + @"|(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b)"
        + @"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)(?!\w)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
