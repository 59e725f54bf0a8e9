using BorderCoop.Cli.Formatting;

namespace BorderCoop.Tests.Cli;

/// <summary><see cref="TextWrap"/>: word wrap in terminal columns that never breaks a record id.</summary>
public sealed class TextWrapTests
{
    [Fact]
    public void Wrap_BreaksAtSpaces_WithinTheWidth()
    {
        TextWrap.Wrap("Mexico reviews its extradition policies", 16)
            .Should().Equal("Mexico reviews", "its extradition", "policies");
    }

    [Fact]
    public void Wrap_BreaksAWordLongerThanALine_AfterAHyphenWhereItCan()
    {
        TextWrap.Wrap("a memorandum-of-understanding", 16).Should().Equal("a", "memorandum-of-", "understanding");
        TextWrap.Wrap("counternarcotics", 7).Should().Equal("counter", "narcoti", "cs");
    }

    [Fact]
    public void Wrap_NeverBreaksARecordId_EvenInFreeText()
    {
        var lines = TextWrap.Wrap("see 'event/zedillo-decision-extradite-nationals-exceptionally', then more", 20);

        lines.Should().Contain("'event/zedillo-decision-extradite-nationals-exceptionally',");
        lines.Where(l => !l.Contains('/', StringComparison.Ordinal)).Should().OnlyContain(l => DisplayWidth.Of(l) <= 20);
    }

    [Fact]
    public void Wrap_KeepingWords_BreaksAListOfIdsOnlyBetweenIds()
    {
        TextWrap.Wrap("agency/us-dea, agency/mx-pgr, agency/us-fbi", 20, keepWords: true)
            .Should().Equal("agency/us-dea,", "agency/mx-pgr,", "agency/us-fbi");
        TextWrap.Wrap("USD 443,300,000", 5, keepWords: true).Should().Equal("USD", "443,300,000");
    }

    [Fact]
    public void Wrap_MeasuresWideCharactersAndCombiningMarks()
    {
        // Each ideograph is two columns: three fit in six, never half of one.
        TextWrap.Wrap("北京北京北京北京", 6).Should().Equal("北京北", "京北京", "北京");

        // "Cárdenas" with a combining accent is eight columns, not nine characters: it fits in eight.
        TextWrap.Wrap("Osiel Ca\u0301rdenas", 8).Should().Equal("Osiel", "Ca\u0301rdenas");
    }

    [Fact]
    public void Wrap_OfEmptyText_IsOneEmptyLine() => TextWrap.Wrap(string.Empty, 10).Should().Equal(string.Empty);

    [Theory]
    [InlineData("Surrendered", 11, "Surrendered")]
    [InlineData("Surrendered", 8, "Surrend…")]
    [InlineData("北京北京", 5, "北京…")]
    [InlineData("Ca\u0301rdenas", 3, "Ca\u0301…")]
    [InlineData("abc", 0, "")]
    public void Truncate_CutsWithAVisibleMark_NeverHalfACharacter(string text, int width, string expected)
    {
        var cut = TextWrap.Truncate(text, width);

        cut.Should().Be(expected);
        DisplayWidth.Of(cut).Should().BeLessThanOrEqualTo(width);
    }

    [Fact]
    public void Hanging_PutsALabelFirst_AndIndentsTheRest()
    {
        TextWrap.Hanging("  Title: ", "Signing of the Declaration of the Alliance against Drugs", 30, 4)
            .Should().Equal("  Title: Signing of the", "    Declaration of the", "    Alliance against Drugs");
    }

    [Fact]
    public void Hanging_PutsAnIdTooLongForTheLabel_OnItsOwnLine_IndentedAsFarAsItFits()
    {
        TextWrap.Hanging("  Record: ", "event/mx-extradition-policy-review-1995", 40, 4, keepWords: true)
            .Should().Equal("  Record:", " event/mx-extradition-policy-review-1995");
        TextWrap.Hanging("  Record: ", "event/arrest-juan-garcia-abrego", 36, 4, keepWords: true)
            .Should().Equal("  Record:", "    event/arrest-juan-garcia-abrego");
    }

    [Theory]
    [InlineData("agreement/merida-initiative", true)]
    [InlineData("(extradition-case/juan-garcia-abrego),", true)]
    [InlineData("'event/x':", true)]
    [InlineData("[source/arzt-security-collaboration]", true)]
    [InlineData("and/or", false)]
    [InlineData("https://example.org/a", false)]
    [InlineData("agency/", false)]
    public void IsRecordId_KnowsAnIdByItsFamily_EvenQuotedOrPunctuated(string word, bool expected) =>
        TextWrap.IsRecordId(word).Should().Be(expected);
}
