using BorderCoop.Cli.Coverage;

namespace BorderCoop.Tests.Cli.Coverage;

/// <summary>Which sentences <see cref="NumbersAndDates"/> takes for stating a number or a date.</summary>
public sealed class NumbersAndDatesTests
{
    [Theory]
    [InlineData("In 1989 they signed.")]
    [InlineData("Seized vehicles 34,669.")]
    [InlineData("Sixty-one people were extradited.")]
    [InlineData("They met in December.")]
    [InlineData("Published Aug. 25.")]
    [InlineData("A dozen agents and hundreds of officers.")]
    [InlineData("It took two years.")]
    [InlineData("Since the late 1990s.")]
    public void Has_NumbersInDigitsOrWords_AndMonthNames(string sentence) => NumbersAndDates.Has(sentence).Should().BeTrue();

    [Theory]
    [InlineData("No one knows.")]
    [InlineData("One of the agents left.")]
    [InlineData("The first meeting was secret.")]
    [InlineData("As the report said.²³")]
    [InlineData("1. Drug-related organized crime does not respect boundaries.")]
    [InlineData("They may march on.")]
    [InlineData("Agents often work together.")]
    public void HasNot_PronounsOrdinalsFootnoteMarksListNumeralsOrLowerCaseMonthWords(string sentence) =>
        NumbersAndDates.Has(sentence).Should().BeFalse();

    [Theory]
    [InlineData("Seized vehicles 34,669; firearms: 83,997.", "34,669|83,997")]
    [InlineData("It cost $1.4 billion in Aug. 2008.", "1.4|billion|Aug.|2008")]
    [InlineData("1. Since 1997, sixty-one agents.", "1997|sixty")]
    [InlineData("Between 2007-2009, more than 80.", "2007|2009|80")]
    [InlineData("No one met in may.", "")]
    public void Find_GivesEachNumberAndDateAsWritten_InOrder(string sentence, string mentions) =>
        string.Join("|", NumbersAndDates.Find(sentence).Select(m => sentence.Substring(m.Start, m.Length))).Should().Be(mentions);
}
