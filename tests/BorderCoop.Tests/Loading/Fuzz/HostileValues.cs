using System.Text;

namespace BorderCoop.Tests.Loading.Fuzz;

/// <summary>Values a hostile or careless file may hold, as JSON text, for the mutations of <see cref="Mutator"/>.</summary>
internal static class HostileValues
{
    /// <summary>Strings that look like enum values: lists of values (flags), other spellings, numbers.</summary>
    public static readonly string[] EnumLike =
    [
        "requested, pending", "at-least, more-than", "unknown, surrendered", "exact,about", "AtLeast", "atleast", "at_least",
        "atLeast", "At-Least", " about", "about ", "treaty ", "Treaty", "TREATY", "Surrendered", "SURRENDERED", "ſurrendered",
        "1", "0", "-1", "2147483647", "in-force", "news-report", "law-enforcement", "exact", "unknown", "other",
    ];

    /// <summary>Strings (as .NET strings; quoted with <see cref="RawJson.Quote"/>, so lone surrogates become escapes).</summary>
    public static readonly string[] Strings =
    [
        // Encoding and terminal trouble.
        "\ud800", "\udc00", "a\ud800b", "\udbff", "x\udfff", "\ud83d\ude00", "\u001b[31mred\u001b[0m", "\u001b]0;title\u0007",
        "\0", "a\0b", "\u200b", "\u200b\u200c\u200d\ufeff", "\u2060", "\u2028", "\u2029", "\u202e evil", "\u0085", "\u009b31m",
        "line\nbreak", "line\r\nbreak", "\r", "\t", "\v", "\f", " ", "", "\u00a0", "\u3000", "\uffff", "\ufffe", "\ufffd",
        "x\nother.json:1 $.sources[0] (source/forged): a forged problem",

        .. EnumLike,

        // Dates, periods and fiscal years, valid and not.
        "0000", "0000-01", "0000-01-01", "0001", "9999", "2010-02-30", "2011-02-29", "2012-02-29", "1900-02-29", "2000-02-29",
        "2010-04-31", "2010-04-30", "9999-12-31", "9999-12-31/0001", "0001/9999-12-31", "1996-13", "1996-00", "1996-1-1",
        "1996~", "~1996", "1996-03~", "[..2007-01]", "[2003..]", "[..]", "[....]", "[1996]", "[..1996..]", "..", "../..", "/",
        "1995/", "/1995", "../1995", "1995/..", "1995/2000", "2000/1995", "1995/2000/2005", "1995//2000", "١٩٩٥", "１９９５",
        "1995\n", "+1995", "-1995", "19950", "1995-01-01T00:00", "1995-01-01Z", "fy2011", "FY2011", "FY0000", "FY0001", "FY1",
        "FY 2011", "FY２０１１", "Fy2011", "FY2011 ", "FY١٩٩٧", "FY99999",
        "[..9999-11~]", "[..9999-12-31~]", "9999~", "9999-12~", "[9999..]", "[9999-12-31..]", "0001~", "[..0001]", "[0001-01~..]",
        "0001-01-01~", "9999~/..", "../0001~", "0001/9999~", "9999-12-31~/9999-12-31",

        // Ids, references and codes.
        "source/", "/x", "agency/X", "agency/a--b", "agency/a-", "agency/a\n", "nope/x", "agency/\u0131", "agency/a/b",
        "source/court-filings-2012", "person/example-defendant-one", "agency/us-dea", "mx", "MEX", "M", "\uff2d\uff38", "MX\n",
        "XX", "MX", "US", "usd", "US$", "USDD", "\uff35\uff33\uff24", "USD\n", "2026a", "2026A", "2026aa", "0000a", "2026a\n",

        // Size.
        new string('a', 5_000), new string('\u200b', 2_000), string.Concat(Enumerable.Repeat("\u001b[1m", 500)),
    ];

    /// <summary>Non-string values as JSON text.</summary>
    public static readonly string[] Values =
    [
        "1e400", "-1e400", "1e-400", "-0", "0", "-1", "1.5", "0.1", "1E2", "-0.0", "123456789012345678901234567890123456789",
        "79228162514264337593543950336", "-79228162514264337593543950336", "79228162514264337593543950335",
        "0.00000000000000000000000000001", "2147483648", "9223372036854775808", "true", "false", "null", "{}", "[]",
        "[null]", "[{}]", "[\"\"]", "[[]]", "{\"\":null}", "[1e400]",
    ];

    /// <summary>Raw bytes and tokens to drop into the text.</summary>
    public static readonly byte[][] Tokens =
    [
        [0x00], [0xFF], [0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xFE, 0xFF], [0x1B], [0x0A], [0x0D],
        "\\ud800"u8.ToArray(), "\\u0000"u8.ToArray(), "\\u001b"u8.ToArray(), "/*x*/"u8.ToArray(), "//x\n"u8.ToArray(),
        ","u8.ToArray(), "]"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "{"u8.ToArray(), "\""u8.ToArray(), "\\"u8.ToArray(),
        ":"u8.ToArray(), "NaN"u8.ToArray(), "Infinity"u8.ToArray(), "null"u8.ToArray(), "1e400"u8.ToArray(), "-"u8.ToArray(),
        "\"$type\":"u8.ToArray(), "\"id\":"u8.ToArray(), "~"u8.ToArray(), ".."u8.ToArray(), "/"u8.ToArray(),
    ];

    /// <summary>Property names a record may be given instead of its own (besides every name the seeds use).</summary>
    public static readonly string[] Names = ["$type", "$ref", "$id", "__proto__", "Id", "ID", "id ", " id", "", "\ud800", "\u001b[31m", "a\nb", "\0"];

    /// <summary>Nested arrays or objects <paramref name="depth"/> deep.</summary>
    public static string Nested(int depth, bool objects)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append(objects ? "{\"a\":" : "[");
        }

        builder.Append("null");
        for (var i = 0; i < depth; i++)
        {
            builder.Append(objects ? '}' : ']');
        }

        return builder.ToString();
    }
}
