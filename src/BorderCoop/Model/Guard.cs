
namespace BorderCoop;

/// <summary>Validation shared by the record constructors, so every rule is written once.</summary>
internal static class Guard
{
    /// <summary>A non-empty, non-blank string.</summary>
    public static string Text(string? value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        return value;
    }

    /// <summary>Null, or a non-blank string.</summary>
    public static string? OptionalText(string? value, string parameterName)
    {
        if (value is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        }

        return value;
    }

    /// <summary>A record's own id, which must belong to <paramref name="family"/>.</summary>
    public static string Id(string? id, string family, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(id, parameterName);
        if (!RecordId.IsWellFormed(id) || !RecordId.BelongsTo(id, family))
        {
            throw new ArgumentException($"'{id}' is not a valid {family} id: expected '{family}/' followed by lower-case letters, digits and single hyphens.", parameterName);
        }

        return id;
    }

    /// <summary>A reference to a record of one of <paramref name="families"/>, or null when optional.</summary>
    public static string? OptionalReference(string? id, string parameterName, params string[] families)
    {
        if (id is null)
        {
            return null;
        }

        if (!RecordId.IsWellFormed(id) || !families.Any(f => RecordId.BelongsTo(id, f)))
        {
            throw new ArgumentException($"'{id}' is not a valid reference: expected an id of family {string.Join(" or ", families)}.", parameterName);
        }

        return id;
    }

    /// <summary>A list of references to records of one of <paramref name="families"/>.</summary>
    public static ValueList<string> References(IEnumerable<string>? ids, string parameterName, params string[] families)
    {
        var list = ValueList<string>.From(ids);
        foreach (var id in list)
        {
            OptionalReference(id ?? throw new ArgumentException("The list contains a null id.", parameterName), parameterName, families);
        }

        return list;
    }

    /// <summary>A list of non-blank strings.</summary>
    public static ValueList<string> Texts(IEnumerable<string>? values, string parameterName)
    {
        var list = ValueList<string>.From(values);
        foreach (var value in list)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException("The list contains an empty or blank string.", parameterName);
            }
        }

        return list;
    }

    /// <summary>A list with no null elements.</summary>
    public static ValueList<T> Items<T>(IEnumerable<T>? values, string parameterName)
        where T : class
    {
        var list = ValueList<T>.From(values);
        if (list.Any(v => v is null))
        {
            throw new ArgumentException("The list contains a null element.", parameterName);
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
        foreach (var code in list)
        {
            Country(code, parameterName);
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
}
