using System.Text;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Tests.Cli;

/// <summary><see cref="DisplayWidth"/>: text measured in terminal columns, as a terminal draws it.</summary>
public sealed class DisplayWidthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Procuraduría", 12)] // é precomposed
    [InlineData("Procuradurı\u0301a", 12)] // a dotless i and a combining acute accent: one column
    [InlineData("e\u0301\u0323", 1)] // two combining marks on one letter
    [InlineData("北京", 4)] // CJK ideographs: two columns each
    [InlineData("ＡＢ", 4)] // fullwidth Latin
    [InlineData("한국", 4)] // Hangul syllables
    [InlineData("\u1100\u1161\u11A8", 2)] // a Hangul syllable written as three jamo
    [InlineData("🚨 alert", 8)] // an emoji: two columns
    [InlineData("👩‍👩‍👧", 2)] // a family joined by zero-width joiners: one emoji
    [InlineData("🇲🇽", 2)] // a flag: two regional indicators
    [InlineData("a\u200Bb", 2)] // a zero-width space
    [InlineData("U.S.–Mexico “quote”", 19)] // dashes and curly quotes are narrow
    public void Of_CountsTerminalColumns(string text, int columns) => DisplayWidth.Of(text).Should().Be(columns);

    [Fact]
    public void Of_ARune_IsZeroForMarksAndFormatCharacters_TwoForWideOnes_OneOtherwise()
    {
        DisplayWidth.Of(new Rune(0x0301)).Should().Be(0);
        DisplayWidth.Of(new Rune(0x20DD)).Should().Be(0, "an enclosing mark");
        DisplayWidth.Of(new Rune(0x200D)).Should().Be(0, "a zero-width joiner");
        DisplayWidth.Of(new Rune(0x00AD)).Should().Be(1, "a soft hyphen is drawn");
        DisplayWidth.Of(new Rune(0x4E2D)).Should().Be(2);
        DisplayWidth.Of(new Rune(0x1F600)).Should().Be(2);
        DisplayWidth.Of(new Rune(0x20000)).Should().Be(2, "CJK extension B, outside the Basic Multilingual Plane");
        DisplayWidth.Of(new Rune('a')).Should().Be(1);
        DisplayWidth.Of(new Rune(0x00E9)).Should().Be(1);
    }
}
