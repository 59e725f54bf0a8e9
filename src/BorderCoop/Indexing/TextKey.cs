using System.Globalization;
using System.Text;

namespace BorderCoop;

/// <summary>
/// Folds names for lookup: case- and accent-insensitive, dots and apostrophes dropped, other punctuation and
/// runs of white space read as one space. "Procuraduría", "PROCURADURIA" and "procuraduria" fold alike, as do
/// "D.E.A." and "DEA", "Attorney General's Office" and "attorney generals office".
/// </summary>
/// <remarks>
/// Accents are removed by Unicode decomposition where ICU is available, and for Latin letters also without it (see
/// <see cref="LatinLetters"/>), so keys are the same in globalization-invariant apps.
/// </remarks>
internal static class TextKey
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '’' or '‘')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                // Without ICU (globalization-invariant mode) Normalize leaves accented letters composed.
                builder.Append(char.ToLowerInvariant(c < '\u0080' ? c : LatinLetters.WithoutAccents(c)));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Folds ASCII text into <paramref name="destination"/> without allocating, exactly as <see cref="Fold"/> would.
    /// Returns false, leaving the work to <see cref="Fold"/>, when the text holds a non-ASCII character (which may
    /// carry an accent) or does not fit.
    /// </summary>
    public static bool TryFoldAscii(ReadOnlySpan<char> text, Span<char> destination, out int written)
    {
        written = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (!char.IsAscii(c))
            {
                return false;
            }

            if (c is '.' or '\'')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                var needed = pendingSpace && written > 0 ? 2 : 1;
                if (written + needed > destination.Length)
                {
                    return false;
                }

                if (needed == 2)
                {
                    destination[written++] = ' ';
                }

                pendingSpace = false;
                destination[written++] = char.ToLowerInvariant(c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return true;
    }
}
