using System.Globalization;
using System.Text;

namespace BorderCoop.DataCompiler;

/// <summary>
/// The names System.Text.Json gives members under the library's contract, so that the generator matches the JSON
/// files exactly as the loader does: properties in camelCase (<c>JsonNamingPolicy.CamelCase</c>), enum values and
/// family file names in lower kebab case (<c>JsonNamingPolicy.KebabCaseLower</c>).
/// </summary>
/// <remarks>
/// These are copies of the serializer's two rules, which the generator cannot call from inside the compiler. Should
/// they ever differ from the serializer's, a name would fail to match and the build would stop, and the test that
/// compares the compiled records with the JSON loader's would fail.
/// </remarks>
internal static class JsonNames
{
    /// <summary>The camelCase form of a member name: its leading capitals lowered, as <c>JsonNamingPolicy.CamelCase</c> does.</summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>The lower kebab-case form of a name (<c>AtLeast</c> as <c>at-least</c>), as <c>JsonNamingPolicy.KebabCaseLower</c> does.</summary>
    public static string KebabCaseLower(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        var state = State.NotStarted;
        for (var i = 0; i < name.Length; i++)
        {
            var current = name[i];
            switch (CharUnicodeInfo.GetUnicodeCategory(current))
            {
                case UnicodeCategory.UppercaseLetter:
                    if (state is State.LowercaseLetterOrDigit or State.Space
                        || (state == State.UppercaseLetter && i + 1 < name.Length && char.IsLower(name[i + 1])))
                    {
                        builder.Append('-');
                    }

                    builder.Append(char.ToLowerInvariant(current));
                    state = State.UppercaseLetter;
                    break;
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.DecimalDigitNumber:
                    if (state == State.Space)
                    {
                        builder.Append('-');
                    }

                    builder.Append(current);
                    state = State.LowercaseLetterOrDigit;
                    break;
                case UnicodeCategory.SpaceSeparator:
                    if (state != State.NotStarted)
                    {
                        state = State.Space;
                    }

                    break;
                default:
                    builder.Append(current);
                    state = State.NotStarted;
                    break;
            }
        }

        return builder.ToString();
    }

    private enum State
    {
        NotStarted,
        UppercaseLetter,
        LowercaseLetterOrDigit,
        Space,
    }
}
