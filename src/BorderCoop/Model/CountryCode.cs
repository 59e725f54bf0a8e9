namespace BorderCoop;

/// <summary>
/// An ISO 3166-1 alpha-2 country code as a question names one: <c>MX</c>, <c>US</c>. Case is handled here, once:
/// <c>"mx"</c>, <c>"Mx"</c> and <c>"MX"</c> are the same code, always held in upper case, so a query never returns an
/// empty answer because of how a code was typed.
/// </summary>
/// <remarks>
/// A string converts implicitly (<c>data.ExtraditionCasesDuring(period, "mx", "us")</c>); a string that is not two
/// letters is rejected there. The data files themselves hold codes in upper case, checked when they load. Two codes
/// are equal when their letters are. <c>default(CountryCode)</c> has no letters and is never produced by parsing.
/// </remarks>
public readonly record struct CountryCode
{
    private CountryCode(string value) => Value = value;

    /// <summary>The code in upper case, such as <c>MX</c>.</summary>
    public string Value { get; }

    /// <summary>Reads a code in any case.</summary>
    /// <param name="text">Two ASCII letters, such as <c>mx</c> or <c>US</c>.</param>
    /// <returns>The code, in upper case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not two ASCII letters; the message names it.</exception>
    public static CountryCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new ArgumentException($"'{text}' is not a country code: expected two letters such as MX or US.", nameof(text));
    }

    /// <summary>Tries to read a code in any case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code, when the text is two ASCII letters.</param>
    /// <returns>Whether it was.</returns>
    public static bool TryParse(string? text, out CountryCode code)
    {
        code = default;
        if (text is not { Length: 2 } || !char.IsAsciiLetter(text[0]) || !char.IsAsciiLetter(text[1]))
        {
            return false;
        }

        code = new CountryCode(text.ToUpperInvariant());
        return true;
    }

    /// <summary>Reads a code in any case (see <see cref="Parse"/>).</summary>
    /// <param name="text">Two ASCII letters.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not two ASCII letters.</exception>
    public static implicit operator CountryCode(string text) => Parse(text);

    /// <summary>The code in upper case.</summary>
    /// <returns>The two letters.</returns>
    public override string ToString() => Value ?? string.Empty;
}
