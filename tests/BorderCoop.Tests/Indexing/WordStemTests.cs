namespace BorderCoop.Tests.Indexing;

/// <summary><see cref="WordStem"/>: singular and plural of English and Spanish words meet at one search key.</summary>
public sealed class WordStemTests
{
    [Theory]
    [InlineData("extraditions", "extradition")]
    [InlineData("agencies", "agency")]
    [InlineData("units", "unit")]
    [InlineData("patrols", "patrol")]
    [InlineData("matches", "match")]
    [InlineData("taxes", "tax")]
    [InlineData("rules", "rule")]
    [InlineData("crosses", "cross")]
    [InlineData("days", "day")]
    [InlineData("agencias", "agencia")]
    [InlineData("operaciones", "operacion")]
    [InlineData("nacionales", "nacional")]
    [InlineData("autoridades", "autoridad")]
    [InlineData("leyes", "ley")]
    [InlineData("paises", "pais")]
    [InlineData("autobuses", "autobus")]
    public void PluralAndSingular_HaveOneKey(string plural, string singular)
    {
        WordStem.Of(plural).Should().Be(WordStem.Of(singular));
    }

    [Theory]
    [InlineData("dea")]
    [InlineData("us")]
    [InlineData("gas")]
    [InlineData("fy2011")]
    [InlineData("1990s")]
    [InlineData("status")]
    [InlineData("cross")]
    [InlineData("analysis")]
    [InlineData("merida")]
    public void ShortWords_WordsWithDigits_AndSingularsEndingInUsSsOrIs_AreKept(string word)
    {
        WordStem.Of(word).Should().Be(word);
    }

    [Theory]
    [InlineData("lies", "lie")]
    [InlineData("uses", "use")]
    [InlineData("ties", "tie")]
    public void FourLetterPlurals_MeetTheirThreeLetterSingulars(string plural, string singular)
    {
        WordStem.Of(plural).Should().Be(singular);
        WordStem.Of(singular).Should().Be(singular);
    }

    [Theory]
    [InlineData("agency", "agencia")]
    [InlineData("unit", "united")]
    [InlineData("people", "person")]
    [InlineData("vez", "veces")]
    public void DifferentWordsAndIrregularPlurals_DoNotMeet(string one, string other)
    {
        WordStem.Of(one).Should().NotBe(WordStem.Of(other));
    }
}
