using BorderCoop.Cli.Report;

namespace BorderCoop.Tests.Cli.Report;

public sealed class HtmlTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("Tom & Jerry", "Tom &amp; Jerry")]
    [InlineData("\"double\" and 'single'", "&quot;double&quot; and &#39;single&#39;")]
    [InlineData("&amp;", "&amp;amp;")]
    public void Escape_ReplacesTheFiveMarkupCharacters(string text, string expected) =>
        Html.Escape(text).Should().Be(expected);

    [Fact]
    public void Escape_KeepsAccentsCurlyQuotesAndPlainText()
    {
        const string text = "Procuraduría General de la República, Mexico’s “PGR” — c. 2006";

        Html.Escape(text).Should().BeSameAs(text);
    }

    [Fact]
    public void Escape_OfNullOrEmpty_IsEmpty()
    {
        Html.Escape(null).Should().BeEmpty();
        Html.Escape(string.Empty).Should().BeEmpty();
    }
}
