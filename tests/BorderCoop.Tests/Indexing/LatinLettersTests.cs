using System.Globalization;
using System.Text;

namespace BorderCoop.Tests.Indexing;

/// <summary>
/// The table of accented Latin letters is Unicode canonical decomposition, so names fold alike with and without ICU
/// (in globalization-invariant apps such as the <c>bordercoop</c> tool, string normalization does nothing).
/// </summary>
public sealed class LatinLettersTests
{
    [Fact]
    public void TheTestHost_NormalizesWithIcu()
    {
        // The comparisons below are only meaningful where normalization really decomposes.
        "í".Normalize(NormalizationForm.FormD).Should().Be("i\u0301");
    }

    [Fact]
    public void WithoutAccents_IsTheBaseLetterOfTheCanonicalDecomposition_ForEveryCodePointItCovers()
    {
        var disagreements = new List<string>();
        for (var c = '\u0080'; c < '\u0300'; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var expected = decomposed.Length > 1 && decomposed.Skip(1).All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark)
                ? decomposed[0]
                : c;
            var inLatinRanges = c is >= '\u00C0' and < '\u0250';
            var actual = LatinLetters.WithoutAccents(c);
            if (inLatinRanges ? actual != expected : actual != c)
            {
                disagreements.Add($"U+{(int)c:X4} {c}: {actual} (expected {(inLatinRanges ? expected : c)})");
            }
        }

        disagreements.Should().BeEmpty();
    }

    [Theory]
    [InlineData('í', 'i')]
    [InlineData('Ñ', 'N')]
    [InlineData('ü', 'u')]
    [InlineData('Ǣ', 'Æ')]
    [InlineData('Æ', 'Æ')]
    [InlineData('ß', 'ß')]
    [InlineData('a', 'a')]
    [InlineData('Я', 'Я')]
    public void WithoutAccents_Examples(char letter, char expected)
    {
        LatinLetters.WithoutAccents(letter).Should().Be(expected);
    }

    [Theory]
    [InlineData("Procuraduría General de la República", "procuraduria general de la republica")]
    [InlineData("Secretaría de Seguridad Pública", "secretaria de seguridad publica")]
    [InlineData("Felipe Calderón Hinojosa", "felipe calderon hinojosa")]
    [InlineData("Ciudad Juárez", "ciudad juarez")]
    [InlineData("PEÑA NIETO", "pena nieto")]
    public void Fold_GivesTheSameKey_WhetherTheTextIsComposedOrNot(string composed, string key)
    {
        // Composed text goes through the table when normalization cannot decompose it; decomposed text only loses marks.
        TextKey.Fold(composed).Should().Be(key);
        TextKey.Fold(composed.Normalize(NormalizationForm.FormD)).Should().Be(key);
        string.Concat(composed.Select(c => char.ToLowerInvariant(LatinLetters.WithoutAccents(c)))).Should().Be(key);
    }
}
