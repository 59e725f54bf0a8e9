namespace BorderCoop;

/// <summary>Places and countries named by users, resolved against the places and countries of the programs.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>
    /// The programs in the country or at the places that <paramref name="countryOrPlace"/> names: a whole place name or
    /// country code directly; else every place whose name it matches in part (see <see cref="NameMatchKind"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="countryOrPlace"/> is null.</exception>
    /// <exception cref="NameResolutionException">The text is no country code and matches no place name.</exception>
    private ValueList<CooperationProgram> ProgramsInPlace(string countryOrPlace, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(countryOrPlace, parameterName);
        if (Indexes.ProgramsByPlace.TryGetValue(TextKey.Fold(countryOrPlace), out var whole))
        {
            return whole;
        }

        if (Guard.IsCountryCode(countryOrPlace))
        {
            return ValueList<CooperationProgram>.Empty;
        }

        var places = Indexes.PlaceNames.Match(countryOrPlace);
        if (places.Count == 0)
        {
            throw NameResolutionException.NoPlace(countryOrPlace, parameterName);
        }

        var found = places.SelectMany(p => Indexes.ProgramsByPlace.Get(TextKey.Fold(p.Item))).ToHashSet(ReferenceEqualityComparer.Instance);
        return ValueList<CooperationProgram>.From(Programs.Where(found.Contains));
    }
}
