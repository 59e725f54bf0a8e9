using System.Globalization;
using System.Text;

namespace BorderCoop.Tests.Schema;

/// <summary>The kinds of scalar the schema constrains with a pattern or an enum.</summary>
public enum ScalarKind
{
    PartialDate,
    DateRange,
    FiscalYear,
    Country,
    Currency,
    DataVersion,
    OwnId,
    Reference,
    Enum,
    Text,
    Url,
}

/// <summary>
/// Random strings for one kind of scalar: valid values, and near-valid ones made from them by small edits (a digit, a
/// case, a space, a Unicode look-alike, an impossible month or day, a list of enum values).
/// </summary>
internal static class ScalarValues
{
    private static readonly string[] Families = [.. RecordFamily.All.Select(f => f.IdPrefix)];

    // Characters a careless or hostile file may hold where an ASCII one is expected.
    private static readonly string[] LookAlikes =
    [
        " ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u200b", "\ufeff", "\u2028", "\u3000", "\u0085", "\u000b", "\u001b", "\0",
        "\u0661", "\u0669", "\u0660", "\u06f1", "\u0967", "\uff11", "\uff10", "\uff26\uff39", "\uff21", "\u0131", "\u0130", "\u017f", "\u212a",
        "\u00e9", "-", "_", "/", "~", "[", "]", "..", ".", ",", ", ", "+", "0", "1", "9", "a", "z", "A", "Z", "Y", "F", "y", "f",
    ];

    // Characters that show nothing: white space of several standards, zero-width and format characters, controls.
    private static readonly string[] Blanks =
    [
        " ", "\t", "\n", "\r", "\u000b", "\u000c", "\u00a0", "\u0085", "\u1680", "\u180e", "\u2000", "\u200a", "\u200b", "\u200c",
        "\u200d", "\u2028", "\u2029", "\u202f", "\u2060", "\u3000", "\ufeff", "\u00ad", "\u001b", "\0",
    ];

    /// <summary>A valid value of the kind (for <see cref="ScalarKind.OwnId"/>, of <paramref name="family"/>; for an enum, one of <paramref name="members"/>).</summary>
    public static string Valid(Random random, ScalarKind kind, string? family = null, IReadOnlyList<string>? members = null) => kind switch
    {
        ScalarKind.PartialDate => PartialDateText(random),
        ScalarKind.DateRange => DateRangeText(random),
        ScalarKind.FiscalYear => "FY" + Year(random).ToString("D4", CultureInfo.InvariantCulture),
        ScalarKind.Country => Letters(random, 2, upper: true),
        ScalarKind.Currency => Letters(random, 3, upper: true),
        ScalarKind.DataVersion => Year(random).ToString("D4", CultureInfo.InvariantCulture) + (char)('a' + random.Next(26)),
        ScalarKind.OwnId => $"{family}/{Slug(random)}",
        ScalarKind.Reference => $"{Families[random.Next(Families.Length)]}/{Slug(random)}",
        ScalarKind.Enum => members![random.Next(members.Count)],
        ScalarKind.Url => random.Next(3) switch
        {
            0 => "http://www.nytimes.com/2011/08/26/world/americas/26drugs.html",
            1 => "https://example.org:8080/a?b=c#d",
            _ => "https://" + Slug(random) + ".org",
        },
        _ => random.Next(4) switch
        {
            0 => "A quote.",
            1 => "Procuraduría General de la República",
            2 => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Blanks[random.Next(Blanks.Length)])),
            _ => "x",
        },
    };

    /// <summary>Values at the edges of a kind, judged in every run besides the random ones.</summary>
    public static IReadOnlyList<string> Edges(ScalarKind kind, string? family) => kind switch
    {
        ScalarKind.PartialDate => ["", "~", "[..]", "[....]", "[1996]", "[..1996..]", "1996~~", "2000-02-29", "1900-02-29", "0001-01-01", "[..0001]", "9999-12-31", "9999~", "9999-12~", "[..9999-11~]", "[9999..]", "1996\n"],
        ScalarKind.DateRange => ["", "/", "..", "../..", "../", "/..", "1995/1995", "1995//2000", "9999-12-31/0001", "0001/9999-12-31", "../9999-12~", "1995/\n"],
        ScalarKind.FiscalYear => ["FY0000", "FY0001", "FY0002", "FY9999", "fy2011", "Fy2011", "FY 2011", "FY2011\n", "FY\u0661\u0669\u0669\u0667"],
        ScalarKind.Country => ["mx", "Mx", "MX\n", "MEX", "\uff2d\uff38"],
        ScalarKind.Url => ["http://", "ftp://example.org", "https://exa mple.org", "https://example.org/\u200b", "https://example.org\n", "example.org", "https://example.org:123456"],
        ScalarKind.Currency => ["usd", "USD\n", "US", "\uff35\uff33\uff24"],
        ScalarKind.DataVersion => ["2026A", "2026a\n", "0000a", "2026"],
        ScalarKind.OwnId => [$"{family}/a\n", $"{family}/", $"{family}/a--b", $"{family}/A", $"{family}/a-", $"{family}/\u0131"],
        ScalarKind.Reference => ["agency/a\n", "agency/", "nope/x", "Agency/a"],
        ScalarKind.Text => ["", " ", "\u200b", "\ufeff", "\u0085", "\u180e", "\u00a0", "\u2028", "\u001b", "\0", "\u200b\u200c\u200d\u2060"],
        _ => [],
    };

    /// <summary>A value near a valid one: usually one to three edits away, sometimes a whole different shape.</summary>
    public static string Near(Random random, ScalarKind kind, string valid, IReadOnlyList<string>? members = null)
    {
        var text = valid;
        var steps = random.Next(1, 4);
        for (var i = 0; i < steps; i++)
        {
            text = random.Next(16) switch
            {
                0 or 1 => Insert(random, text, LookAlikes[random.Next(LookAlikes.Length)]),
                2 when text.Length > 0 => text.Remove(random.Next(text.Length), 1),
                3 when text.Length > 0 => Insert(random, text.Remove(random.Next(text.Length), 1), LookAlikes[random.Next(LookAlikes.Length)]),
                4 => random.Next(3) switch { 0 => text.ToUpperInvariant(), 1 => text.ToLowerInvariant(), _ => text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text },
                5 => random.Next(3) switch { 0 => " " + text, 1 => text + " ", _ => text + "\n" },
                6 => UnicodeDigits(random, text),
                7 => DateField(random, text),
                8 when members is not null => $"{text}{(random.Next(2) == 0 ? ", " : ",")}{members[random.Next(members.Count)]}",
                9 when members is not null => Pascal(text, random),
                10 => Valid(random, kind, Families[random.Next(Families.Length)], members),
                11 => random.Next(4) switch { 0 => "0000", 1 => "FY0000", 2 => "FY0001", _ => "0000-01-01" },
                12 => Valid(random, random.Next(2) == 0 ? ScalarKind.DateRange : ScalarKind.FiscalYear),
                _ => text,
            };
        }

        return text;
    }

    /// <summary>The value with every day of the month set to 01: a calendar-only rejection (30 February) becomes valid.</summary>
    public static string FirstDays(string text)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i + 10 <= builder.Length; i++)
        {
            if (IsDigits(builder, i, 4) && builder[i + 4] == '-' && IsDigits(builder, i + 5, 2) && builder[i + 7] == '-' && IsDigits(builder, i + 8, 2)
                && (i == 0 || !char.IsAsciiDigit(builder[i - 1])) && (i + 10 == builder.Length || !char.IsAsciiDigit(builder[i + 10])))
            {
                builder[i + 8] = '0';
                builder[i + 9] = '1';
            }
        }

        return builder.ToString();

        static bool IsDigits(StringBuilder b, int start, int count)
        {
            for (var k = start; k < start + count; k++)
            {
                if (k >= b.Length || !char.IsAsciiDigit(b[k]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>A period with its two sides swapped: an end-before-start rejection becomes valid.</summary>
    public static string Swapped(string text) =>
        text.Split('/') is [var start, var end] ? $"{end}/{start}" : text;

    private static string PartialDateText(Random random)
    {
        var year = Year(random);
        var text = year.ToString("D4", CultureInfo.InvariantCulture);
        if (random.Next(3) > 0)
        {
            var month = random.Next(1, 13);
            text += "-" + month.ToString("D2", CultureInfo.InvariantCulture);
            if (random.Next(2) == 0)
            {
                // Mostly real days, with the last days of months (leap days included) often.
                var days = DateTime.DaysInMonth(year, month);
                var day = random.Next(3) == 0 ? days : random.Next(1, days + 1);
                text += "-" + day.ToString("D2", CultureInfo.InvariantCulture);
            }
        }

        if (random.Next(4) == 0)
        {
            text += "~";
        }

        return random.Next(5) switch
        {
            0 => $"[..{text}]",
            1 => $"[{text}..]",
            _ => text,
        };
    }

    private static string DateRangeText(Random random)
    {
        var start = PartialDateText(random);
        var end = PartialDateText(random);
        if (string.CompareOrdinal(start.TrimStart('[', '.'), end.TrimStart('[', '.')) > 0)
        {
            (start, end) = (end, start);
        }

        return random.Next(8) switch
        {
            0 => start,
            1 => $"{start}/",
            2 => $"/{end}",
            3 => $"../{end}",
            4 => $"{start}/..",
            _ => $"{start}/{end}",
        };
    }

    private static int Year(Random random) => random.Next(6) switch
    {
        0 => random.Next(1, 10_000),
        1 => random.Next(2) == 0 ? 1 : 9999,
        2 => random.Next(1896, 1905) / 4 * 4,
        _ => random.Next(1980, 2030),
    };

    private static string Letters(Random random, int count, bool upper) =>
        new([.. Enumerable.Range(0, count).Select(_ => (char)((upper ? 'A' : 'a') + random.Next(26)))]);

    private static string Slug(Random random) =>
        string.Join('-', Enumerable.Range(0, random.Next(1, 4)).Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => "abcdefghijklmnopqrstuvwxyz0123456789"[random.Next(36)])])));

    private static string Insert(Random random, string text, string what) => text.Insert(random.Next(text.Length + 1), what);

    private static string UnicodeDigits(Random random, string text) =>
        string.Concat(text.Select(c => char.IsAsciiDigit(c) && random.Next(3) == 0
            ? random.Next(3) switch { 0 => (char)(c - '0' + '\u0660'), 1 => (char)(c - '0' + '\uff10'), _ => (char)(c - '0' + '\u06f0') }
            : c));

    /// <summary>A date field set to an edge: year 0000, month 00 or 13, day 00, 29, 30, 31 or 32.</summary>
    private static string DateField(Random random, string text)
    {
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i])).ToList();
        if (digits.Count < 4)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        var runs = new List<(int Start, int Length)>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            runs.Add((start, i - start));
        }

        var (at, length) = runs[random.Next(runs.Count)];
        var value = length == 4
            ? (random.Next(2) == 0 ? "0000" : random.Next(1896, 2105).ToString(CultureInfo.InvariantCulture))
            : random.Next(8) switch { 0 => "00", 1 => "13", 2 => "29", 3 => "30", 4 => "31", 5 => "32", 6 => "02", _ => "12" };
        builder.Remove(at, length).Insert(at, value);
        return builder.ToString();
    }

    /// <summary>An enum value as its C# member name in some case: <c>at-least</c> as <c>AtLeast</c>, <c>atleast</c>, <c>ATLEAST</c>.</summary>
    private static string Pascal(string text, Random random)
    {
        var pascal = string.Concat(text.Split('-').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return random.Next(4) switch
        {
            0 => pascal,
            1 => pascal.ToLowerInvariant(),
            2 => pascal.ToUpperInvariant(),
            _ => text.Replace('-', '_'),
        };
    }
}
