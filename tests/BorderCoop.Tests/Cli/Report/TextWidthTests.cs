using BorderCoop.Cli.Report;

namespace BorderCoop.Tests.Cli.Report;

public sealed class TextWidthTests
{
    [Fact]
    public void Of_AddsTheAdvancesOfDejaVuSans_AtTheFontSize()
    {
        TextWidth.Of(string.Empty, 12).Should().Be(0);
        TextWidth.Of("0", 1000).Should().Be(636);
        TextWidth.Of("2009", 11).Should().BeApproximately(4 * 0.636 * 11, 1e-9);
        TextWidth.Of("Mexico", 12, bold: true).Should().BeGreaterThan(TextWidth.Of("Mexico", 12), "bold is wider");
    }

    [Fact]
    public void Of_CountsALetterWithAccents_AsItsBaseLetter_AndAnyOtherSymbolAsWide()
    {
        TextWidth.Of("Ábrego García", 12).Should().Be(TextWidth.Of("Abrego Garcia", 12));
        TextWidth.Of("→", 1000).Should().BeGreaterThanOrEqualTo(838, "an arrow is as wide as DejaVu Sans draws it");
        TextWidth.Of("国", 1000).Should().Be(1000);
    }

    [Fact]
    public void Wrap_BreaksBetweenWords_SoNoLineIsWiderThanAsked()
    {
        const string text = "Anti-narcotics assistance reported by Mexico's National Intelligence Director for 2008–2010";

        var lines = TextWidth.Wrap(text, 12, 150);

        lines.Should().HaveCountGreaterThan(2).And.OnlyContain(l => TextWidth.Of(l, 12) <= 150);
        string.Join(" ", lines).Should().Be(text, "every word is kept, in order");
    }

    [Fact]
    public void Wrap_CutsAWordOnlyWhenItIsWiderThanALine_AndKeepsShortTextWhole()
    {
        var lines = TextWidth.Wrap("see http://www.kms.ijis.org/db/attachments/public/3985/1/GAO_Info_Sharing.pdf", 11, 120);

        lines.Should().OnlyContain(l => TextWidth.Of(l, 11) <= 120);
        string.Concat(lines.Skip(1)).Should().Be("http://www.kms.ijis.org/db/attachments/public/3985/1/GAO_Info_Sharing.pdf");
        TextWidth.Wrap("short", 12, 500).Should().Equal("short");
        TextWidth.Wrap(string.Empty, 12, 500).Should().Equal(string.Empty);
    }
}
