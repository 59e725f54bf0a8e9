namespace BorderCoop;

/// <summary>Resolving agencies and people by name.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>
    /// The agencies known by <paramref name="nameOrAcronym"/>: an id, an English or Spanish name, an acronym or an
    /// alias, compared without regard to case, accents, dots or apostrophes ("pgr", "Procuraduria General de la
    /// Republica", "Attorney General's Office", "D.E.A.", "Border Patrol").
    /// </summary>
    /// <param name="nameOrAcronym">The name to resolve.</param>
    /// <returns>Every agency that bears the name, in dataset order; empty when none does, several when the name is ambiguous.</returns>
    /// <remarks>
    /// Only whole names match: "Procuraduria" alone finds nothing here; use <see cref="Search"/> for words. On .NET 9
    /// and later, an ASCII name is looked up without allocating.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrAcronym"/> is null.</exception>
    public IReadOnlyList<Agency> FindAgencies(string nameOrAcronym)
    {
        ArgumentNullException.ThrowIfNull(nameOrAcronym);
        return indexes.AgencyNames.Find(nameOrAcronym);
    }

    /// <summary>
    /// The people known by <paramref name="name"/>: an id, the name or an alias (surnames and accent-free spellings
    /// included), compared without regard to case or accents ("Calderon" finds Felipe Calderón).
    /// </summary>
    /// <param name="name">The name to resolve.</param>
    /// <returns>Every person who bears the name, in dataset order; empty when none does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IReadOnlyList<Person> FindPeople(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return indexes.PersonNames.Find(name);
    }
}
