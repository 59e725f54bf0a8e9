using CsCheck;
using System.Text.RegularExpressions;
using BorderCoop.Serialization;

namespace BorderCoop.Tests.Serialization;

/// <summary>The patterns the JSON Schema states are the rules the library applies.</summary>
public sealed class TextPatternsTests
{
    [Fact]
    public void TheTextPattern_AgreesWithTheTextRules_ForEveryCharacterOfTheBasicPlane()
    {
        var disagreements = new List<string>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            var alone = ((char)c).ToString();
            var inText = $"a{alone}b";
            var rules = !TextRules.IsBlank(alone) && TextRules.IndexOfForbiddenControl(alone) < 0;
            var rulesInText = TextRules.IndexOfForbiddenControl(inText) < 0;
            if (TextPatterns.IsText(alone) != rules || TextPatterns.IsText(inText) != rulesInText)
            {
                disagreements.Add($"U+{c:X4}");
            }
        }

        disagreements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("A quote.", true)]
    [InlineData("\u200B\u200B", false)]
    [InlineData(" \t\n", false)]
    [InlineData("two\nlines", true)]
    [InlineData("nul\u0000", false)]
    [InlineData("\u001b[31mred", false)]
    public void TheTextPattern_AsTheSchemaWritesIt_ReadsTheSameInDotNet(string text, bool expected)
    {
        Regex.IsMatch(text, TextPatterns.Whole(TextPatterns.Text)).Should().Be(expected);
        TextPatterns.IsText(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("agreement/merida-initiative", true)]
    [InlineData("extradition-case/juan-garcia-abrego", true)]
    [InlineData("event/1996-03-14-signing", true)]
    [InlineData("agreement/", false)]
    [InlineData("/merida", false)]
    [InlineData("agreement//merida", false)]
    [InlineData("agreement/merida/initiative", false)]
    [InlineData("agreement/merida--initiative", false)]
    [InlineData("agreement/-merida", false)]
    [InlineData("agreement/merida-", false)]
    [InlineData("agreement2/merida", false)]
    [InlineData("Agreement/merida", false)]
    [InlineData("agreement/Merida", false)]
    [InlineData("agreement/merida\n", false)]
    [InlineData("agreement/mérida", false)]
    public void TheRecordIdCheck_IsTheRecordIdPattern(string id, bool expected)
    {
        var text = id.Replace("\\n", "\n", StringComparison.Ordinal);

        TextPatterns.IsRecordId(text).Should().Be(expected);
        RecordIdPattern.IsMatch(text).Should().Be(expected);
    }

    [Fact]
    public void TheRecordIdCheck_AgreesWithTheRecordIdPattern_OnGeneratedText()
    {
        var character = Gen.Char["azq09-/A \né_"];
        Gen.String[character, 0, 14].Sample(text => TextPatterns.IsRecordId(text) == RecordIdPattern.IsMatch(text), iter: 20_000);
    }

    private static readonly Regex RecordIdPattern = new($"^(?:{TextPatterns.RecordId})\\z", RegexOptions.CultureInvariant);
}
