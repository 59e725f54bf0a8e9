namespace BorderCoop.Tests.Formatting;

/// <summary><see cref="Display.Visible"/>: text from the data shown on one line that cannot act on a terminal.</summary>
public sealed class DisplayTests
{
    [Theory]
    [InlineData("\u001b[31mred\u001b[0m", @"\u001B[31mred\u001B[0m")]
    [InlineData("\u001b]0;owned\u0007", @"\u001B]0;owned\u0007")]
    [InlineData("Arrested\0 in Matamoros", @"Arrested\u0000 in Matamoros")]
    [InlineData("one\ntwo", @"one\u000Atwo")]
    [InlineData("one\r\ntwo", @"one\u000D\u000Atwo")]
    [InlineData("one\ttwo", @"one\u0009two")]
    [InlineData("a\u007Fb\u0085c\u009Bd", @"a\u007Fb\u0085c\u009Bd")]
    [InlineData("\u202Eevil\u202C", @"\u202Eevil\u202C")]
    [InlineData("\u2066x\u2069 \u200E\u200F\u061C", @"\u2066x\u2069 \u200E\u200F\u061C")]
    [InlineData("line\u2028para\u2029", @"line\u2028para\u2029")]
    public void Visible_WritesControlsLineBreaksAndBidiControlsAsEscapes(string text, string expected) =>
        Display.Visible(text).Should().Be(expected);

    [Theory]
    [InlineData("Procuraduría General de la República")]
    [InlineData("“quoted” – dash … \\$20 million")]
    [InlineData(@"already \u001B as six characters")]
    [InlineData("zero\u200Bwidth soft\u00ADhyphen")]
    [InlineData("\U0001F1F2\U0001F1FD flags")]
    [InlineData("")]
    public void Visible_KeepsEverythingElse_ReturningTheSameInstance(string text) =>
        Display.Visible(text).Should().BeSameAs(text);

    [Fact]
    public void Visible_WritesALoneSurrogateAsAnEscape_AndKeepsAPair()
    {
        // Not theory data: xunit would have to serialize the lone surrogates.
        Display.Visible("lone \ud800 and \udc00, reversed \udc00\ud800, pair \ud83c\uddf2").Should().Be(@"lone \uD800 and \uDC00, reversed \uDC00\uD800, pair " + "\ud83c\uddf2");
    }

    [Fact]
    public void Visible_OfNull_IsEmpty() => Display.Visible(null).Should().BeEmpty();

    [Fact]
    public void Visible_OfAnyOneCharacter_IsThatCharacterOrItsEscape_AndNeverALineBreakOrAControl()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var text = c.ToString();
            var shown = Display.Visible(text);

            if (shown != text)
            {
                shown.Should().Be($"\\u{(int)c:X4}");
            }

            shown.Should().NotContain("\n").And.NotContain("\r").And.NotContain("\u2028");
            shown.Any(char.IsControl).Should().BeFalse($"U+{(int)c:X4} must not be shown raw");
        }
    }

    [Theory]
    [InlineData(ExtraditionMeasure.Total, QuantityQualifier.AtLeast, "at least 136 persons")]
    [InlineData(ExtraditionMeasure.AnnualAverage, QuantityQualifier.Exact, "136 persons a year")]
    [InlineData(ExtraditionMeasure.Denied, QuantityQualifier.Exact, "136 persons")]
    public void FigureValue_WritesTheQualifierAndUnit_AndMarksAnAnnualAverageAsAYearsWorth(ExtraditionMeasure measure, QuantityQualifier qualifier, string expected) =>
        Display.FigureValue(TestRecords.ExtraditionFigure("f", "1995/2000", 136, measure: measure, qualifier: qualifier)).Should().Be(expected);
}
