using System.Text;
using System.Text.RegularExpressions;

namespace BorderCoop.Tests.Schema;

/// <summary>
/// A JSON Schema <c>pattern</c> matched as JSON Schema says: an ECMA-262 regular expression (no <c>u</c> flag), not
/// anchored unless it says so. .NET reads some escapes differently, so they are translated first: <c>\d</c> is
/// <c>[0-9]</c> (.NET: any Unicode digit, such as ١), <c>$</c> is the very end (.NET: also before a final line
/// break), and <c>\s</c>, <c>\S</c> and <c>.</c> use ECMA-262's white space and line terminators.
/// </summary>
internal static class EcmaPattern
{
    // ECMA-262 WhiteSpace and LineTerminator: TAB VT FF SP NBSP ZWNBSP, the Zs category, LF CR LS PS.
    private const string Space = @"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

    private static readonly Dictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> matches <paramref name="pattern"/> as a JSON Schema validator following ECMA-262 decides.</summary>
    public static bool IsMatch(string pattern, string text)
    {
        Regex regex;
        lock (Cache)
        {
            if (!Cache.TryGetValue(pattern, out regex!))
            {
                regex = Cache[pattern] = new Regex(Translate(pattern), RegexOptions.CultureInvariant);
            }
        }

        return regex.IsMatch(text);
    }

    /// <summary>The .NET regular expression that matches what the ECMA-262 one does, for the constructs the schema uses.</summary>
    /// <exception cref="NotSupportedException">The pattern uses an escape this translation does not know.</exception>
    public static string Translate(string pattern)
    {
        var result = new StringBuilder();
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var e = pattern[++i];
                result.Append(e switch
                {
                    'd' => inClass ? "0-9" : "[0-9]",
                    's' => inClass ? Space : $"[{Space}]",
                    'S' when !inClass => $"[^{Space}]",
                    '.' or '[' or ']' or '(' or ')' or '{' or '}' or '\\' or '/' or '^' or '$' or '*' or '+' or '?' or '|' or '-' => "\\" + e,
                    't' or 'n' or 'r' or 'v' or 'f' or 'u' => "\\" + e, // read alike (\uXXXX: its four digits follow as they are)
                    _ => throw new NotSupportedException($"The escape \\{e} in '{pattern}' is not translated."),
                });
            }
            else if (c == '[' && !inClass)
            {
                inClass = true;
                result.Append(c);
            }
            else if (c == ']' && inClass)
            {
                inClass = false;
                result.Append(c);
            }
            else if (c == '$' && !inClass)
            {
                result.Append(@"\z");
            }
            else if (c == '.' && !inClass)
            {
                result.Append(@"[^\n\r\u2028\u2029]");
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
