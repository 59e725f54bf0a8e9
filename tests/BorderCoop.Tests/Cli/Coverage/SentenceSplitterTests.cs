using BorderCoop.Cli.Coverage;

namespace BorderCoop.Tests.Cli.Coverage;

/// <summary>How <see cref="SentenceSplitter"/> cuts small texts into sentences.</summary>
public sealed class SentenceSplitterTests
{
    private static string[] Texts(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Text)];

    [Fact]
    public void Split_EndsSentencesAtFinalMarksFollowedBySpaceAndACapital()
    {
        Texts("Agents met. Did they agree? Yes! They signed.")
            .Should().Equal("Agents met.", "Did they agree?", "Yes!", "They signed.");
    }

    [Fact]
    public void Split_KeepsAbbreviationsInitialismsAndInitialsInsideTheSentence()
    {
        Texts("Dr. Smith and Gen. Lee met U.S. officials in Washington, D.C. on Aug. 25, 2011. John F. Kennedy was not there.")
            .Should().Equal("Dr. Smith and Gen. Lee met U.S. officials in Washington, D.C. on Aug. 25, 2011.", "John F. Kennedy was not there.");
    }

    [Fact]
    public void Split_DoesNotEndASentenceBeforeALowerCaseWordOrADigit()
    {
        Texts("It cost $1.4 billion, i.e. a lot. The rest followed.")
            .Should().Equal("It cost $1.4 billion, i.e. a lot.", "The rest followed.");
    }

    [Fact]
    public void Split_KeepsClosingQuotesAndFootnoteNumbersWithTheSentenceTheyClose()
    {
        Texts("He said “no.” Then he left.² A new sentence.")
            .Should().Equal("He said “no.”", "Then he left.²", "A new sentence.");
    }

    [Fact]
    public void Split_EndsASentenceAfterAnEllipsis()
    {
        Texts("Agents were wary... Many stories circulate.").Should().Equal("Agents were wary...", "Many stories circulate.");
    }

    [Fact]
    public void Split_MakesEveryLineHeadingAndListItemASentence_AndSkipsBlankLines()
    {
        Texts("# A heading\n\n1. First point. Still first.\n- a bullet without a period\nI. BACKGROUND\r\nEXTRADITIONS BY YEAR, 2007\n")
            .Should().Equal("# A heading", "1. First point.", "Still first.", "- a bullet without a period", "I. BACKGROUND", "EXTRADITIONS BY YEAR, 2007");
    }

    [Fact]
    public void Split_GivesEachSentenceItsSpanAndLine()
    {
        const string text = "One line.\n  Second line. Third one.";

        var sentences = SentenceSplitter.Split(text);

        sentences.Select(s => (s.Line, s.Text, text.Substring(s.Start, s.Length)))
            .Should().Equal((1, "One line.", "One line."), (2, "Second line.", "Second line."), (2, "Third one.", "Third one."));
    }

    [Fact]
    public void Split_OfAnEmptyOrBlankText_IsNoSentence()
    {
        SentenceSplitter.Split(string.Empty).Should().BeEmpty();
        SentenceSplitter.Split(" \n\t\n").Should().BeEmpty();
    }
}
