namespace BorderCoop.Tests.Model;

/// <summary><see cref="Citation.ReadableQuote"/>: the quote a reader sees, without the document's Markdown backslash escapes.</summary>
public sealed class CitationTests
{
    [Theory]
    [InlineData(@"appropriated \$20 million", "appropriated $20 million")]
    [InlineData(@"U.S.\$37.3 million, to \$443.3 U.S. million", "U.S.$37.3 million, to $443.3 U.S. million")]
    [InlineData(@"\*not emphasis\*", "*not emphasis*")]
    [InlineData(@"\[1\] \_ \# \` \~ \| \{ \} \! \"" \' \( \) \+ \, \- \. \/ \: \; \< \= \> \? \@ \^ \%", "[1] _ # ` ~ | { } ! \" ' ( ) + , - . / : ; < = > ? @ ^ %")]
    [InlineData(@"a double \\ backslash", @"a double \ backslash")]
    [InlineData(@"\\$", @"\$")]
    [InlineData(@"\\\$", @"\$")]
    [InlineData(@"\&amp;", "&amp;")]
    public void ReadableQuote_RemovesTheBackslashOfEveryEscapedAsciiPunctuationCharacter(string quote, string expected) =>
        Cite(quote).ReadableQuote.Should().Be(expected);

    [Theory]
    [InlineData(@"C:\Windows path")]
    [InlineData(@"a \n that is not a line break")]
    [InlineData(@"\1996")]
    [InlineData(@"before a space \ here")]
    [InlineData(@"at the end \")]
    [InlineData(@"non-ASCII \é \“quoted\”")]
    [InlineData("*The Rise of the Mexican Drug Cartels*, <http://example.gov/a_b.htm> [corruption]")]
    [InlineData("no backslash at all")]
    public void ReadableQuote_KeepsEverythingElse_AsTheSameInstance(string quote)
    {
        var citation = Cite(quote);

        citation.ReadableQuote.Should().BeSameAs(citation.Quote);
    }

    [Fact]
    public void ReadableQuote_IsNotTheVerifiedForm_AndIsNotWrittenToJson()
    {
        var citation = Cite(@"created when Congress appropriated \$20 million");
        var data = TestRecords.Data(new Event("event/siu", null, EventKind.Other, "SIU created", "The SIU program was created.", null, null, null, null, [citation]));

        citation.Quote.Should().Be(@"created when Congress appropriated \$20 million", "the exact text stays the quote");
        data.CitationsOf("event/siu").Single().ReadableQuote.Should().Be("created when Congress appropriated $20 million");
        using var json = new MemoryStream();
        data.WriteJson(json);
        var text = System.Text.Encoding.UTF8.GetString(json.ToArray());
        text.Should().Contain(@"appropriated \\$20 million").And.NotContain("readable", "the JSON keeps the exact text only");
        citation.Should().Be(Cite(@"created when Congress appropriated \$20 million"));
    }

    private static Citation Cite(string quote) => new(TestRecords.Source.Id, quote);
}
