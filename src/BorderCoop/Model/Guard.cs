using System.Globalization;

namespace BorderCoop;

/// <summary>Validation shared by the record constructors, so every rule is written once.</summary>
internal static class Guard
{
    /// <summary>
    /// Text a record holds: not blank (see <see cref="TextRules.IsBlank"/>), and with no control character other than
    /// tab, line feed and carriage return.
    /// </summary>
    public static string Text(string? value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (Fault(value) is { } fault)
        {
            throw new ArgumentException($"The value {fault}.", parameterName);
        }

        return value;
    }

    /// <summary>Null, or text as <see cref="Text"/> requires.</summary>
    public static string? OptionalText(string? value, string parameterName) =>
        value is null ? null : Text(value, parameterName);

    /// <summary>
    /// A name that is not a record's text, such as a file name or a problem message: not blank (see
    /// <see cref="TextRules.IsBlank"/>), but free to hold control characters, which are escaped wherever it is shown.
    /// </summary>
    public static string NotBlank(string? value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (BlankFault(value) is { } fault)
        {
            throw new ArgumentException($"The value {fault}.", parameterName);
        }

        return value;
    }

    /// <summary>A record's own id, which must belong to <paramref name="family"/>.</summary>
    public static string Id(string? id, RecordFamily family, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(id, parameterName);
        if (!RecordId.IsWellFormed(id) || !family.Owns(id))
        {
            throw new ArgumentException($"'{id}' is not a valid {family.IdPrefix} id: expected '{family.IdPrefix}/' followed by lower-case letters, digits and single hyphens.", parameterName);
        }

        return id;
    }

    /// <summary>A reference to a record of one of <paramref name="families"/> (of any family when none are given), or null when optional.</summary>
    /// <remarks>Called for every reference of every record loaded, so it allocates nothing unless it throws.</remarks>
    public static string? OptionalReference(string? id, string parameterName, params ReadOnlySpan<RecordFamily> families)
    {
        if (id is null)
        {
            return null;
        }

        if (!RecordId.IsWellFormed(id) || !IsOwnedByAny(families, id))
        {
            throw new ArgumentException($"'{id}' is not a valid reference: expected an id of family {string.Join(" or ", (families.Length > 0 ? families.ToArray() : [.. RecordFamily.All]).Select(f => f.IdPrefix))}.", parameterName);
        }

        return id;
    }

    /// <summary>A list of references to records of one of <paramref name="families"/>.</summary>
    public static ValueList<string> References(IEnumerable<string>? ids, string parameterName, params ReadOnlySpan<RecordFamily> families)
    {
        var list = ValueList<string>.From(ids);
        for (var i = 0; i < list.Count; i++)
        {
            OptionalReference(list[i] ?? throw new ArgumentException("The list contains a null id.", parameterName), parameterName, families);
        }

        return list;
    }

    /// <summary>A list of texts, each as <see cref="Text"/> requires.</summary>
    public static ValueList<string> Texts(IEnumerable<string>? values, string parameterName)
    {
        var list = ValueList<string>.From(values);
        for (var i = 0; i < list.Count; i++)
        {
            if (Fault(list[i] ?? throw new ArgumentException($"Item {i} of the list is null.", parameterName)) is { } fault)
            {
                throw new ArgumentException($"Item {i} of the list {fault}.", parameterName);
            }
        }

        return list;
    }

    /// <summary>A list with no null elements.</summary>
    public static ValueList<T> Items<T>(IEnumerable<T>? values, string parameterName)
        where T : class
    {
        var list = ValueList<T>.From(values);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException("The list contains a null element.", parameterName);
            }
        }

        return list;
    }

    /// <summary>The citations of a claim: at least one, none null.</summary>
    public static ValueList<Citation> Citations(IEnumerable<Citation>? citations, string parameterName)
    {
        var list = Items(citations, parameterName);
        if (list.Count == 0)
        {
            throw new ArgumentException("A claim needs at least one citation.", parameterName);
        }

        return list;
    }

    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    public static string Country(string? code, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(code, parameterName);
        if (!Serialization.TextPatterns.IsCountry(code))
        {
            throw new ArgumentException($"'{code}' is not an ISO 3166-1 alpha-2 country code (two upper-case letters such as US or MX).", parameterName);
        }

        return code;
    }

    /// <summary>Whether <paramref name="text"/> is a country code in any case ("mx", "MX"), as users type one.</summary>
    public static bool IsCountryCode(string text) => Serialization.TextPatterns.IsCountry(text.ToUpperInvariant());

    /// <summary>A list of country codes.</summary>
    public static ValueList<string> Countries(IEnumerable<string>? codes, string parameterName)
    {
        var list = ValueList<string>.From(codes);
        for (var i = 0; i < list.Count; i++)
        {
            Country(list[i], parameterName);
        }

        return list;
    }

    /// <summary>A value of a defined enum member.</summary>
    public static TEnum Defined<TEnum>(TEnum value, string parameterName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"Not a defined {typeof(TEnum).Name}.");
        }

        return value;
    }

    /// <summary>Rejects a later date that lies wholly before an earlier one.</summary>
    public static void NotBefore(PartialDate? later, PartialDate? earlier, string parameterName, string what)
    {
        if (later is not null && earlier is not null && later.End < earlier.Start)
        {
            throw new ArgumentException($"{what}: {later} lies before {earlier}.", parameterName);
        }
    }

    /// <summary>Whether one of <paramref name="families"/> owns <paramref name="id"/>; true when none are given (any family will do).</summary>
    private static bool IsOwnedByAny(ReadOnlySpan<RecordFamily> families, string id)
    {
        foreach (var family in families)
        {
            if (family.Owns(id))
            {
                return true;
            }
        }

        return families.IsEmpty;
    }

    /// <summary>What is wrong with <paramref name="text"/> as a record's text, as a phrase, or null when nothing is.</summary>
    private static string? Fault(string text)
    {
        if (BlankFault(text) is { } blank)
        {
            return blank;
        }

        var at = TextRules.IndexOfForbiddenControl(text);
        return at < 0 ? null : string.Create(
            CultureInfo.InvariantCulture,
            $"holds the control character U+{(int)text[at]:X4} at index {at}; text may hold no control character other than tab, line feed and carriage return");
    }

    /// <summary>Why <paramref name="text"/> is blank, as a phrase, or null when it is not.</summary>
    private static string? BlankFault(string text) =>
        text.Length == 0 ? "cannot be an empty string"
        : TextRules.IsBlank(text) ? "cannot be blank: it has only white space, invisible format characters (such as zero-width spaces) or control characters"
        : null;
}
