namespace BorderCoop;

/// <summary>Resolving records by id, name, acronym or alias: the one resolver every query that takes a record uses.</summary>
public sealed partial class BorderCoopData
{
    /// <summary>
    /// The agencies known by <paramref name="nameOrAcronym"/> as a whole: an id, an English or Spanish name, an acronym
    /// or an alias, compared without regard to case, accents, dots or apostrophes ("pgr", "Procuraduria General de la
    /// Republica", "Attorney General's Office", "D.E.A.", "Border Patrol").
    /// </summary>
    /// <param name="nameOrAcronym">The name to resolve.</param>
    /// <returns>Every agency that bears the name, in dataset order; empty when none does, several when the name is ambiguous.</returns>
    /// <remarks>
    /// Only whole names match: "Procuraduria" alone finds nothing here; <see cref="FindByName{TRecord}"/> also finds
    /// starts of names, words and parts of words, ranked. On .NET 9 and later, an ASCII name is looked up without allocating.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrAcronym"/> is null.</exception>
    public IReadOnlyList<Agency> FindAgencies(string nameOrAcronym)
    {
        ArgumentNullException.ThrowIfNull(nameOrAcronym);
        return Indexes.NamesOf<Agency>().Find(nameOrAcronym);
    }

    /// <summary>
    /// The people known by <paramref name="name"/> as a whole: an id, the name or an alias (surnames and accent-free
    /// spellings included), compared without regard to case or accents ("Calderon" finds Felipe Calderón).
    /// </summary>
    /// <param name="name">The name to resolve.</param>
    /// <returns>Every person who bears the name, in dataset order; empty when none does.</returns>
    /// <remarks>Only whole names match; <see cref="FindByName{TRecord}"/> also finds a word of a name ("Garcia").</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IReadOnlyList<Person> FindPeople(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Indexes.NamesOf<Person>().Find(name);
    }

    /// <summary>
    /// Every record of type <typeparamref name="TRecord"/> that <paramref name="text"/> names, best match first: by id,
    /// by a whole name, title, acronym or alias (English or Spanish), by the start of a name, by whole words of a name,
    /// or by part of a word, compared without regard to case, accents, dots or apostrophes.
    /// </summary>
    /// <typeparam name="TRecord">
    /// The record type, such as <see cref="Agency"/>, <see cref="Person"/> or <see cref="CooperationProgram"/>;
    /// <see cref="IRecord"/> for any family.
    /// </typeparam>
    /// <param name="text">An id, a name or part of one: "agency/us-dea", "DEA", "Procuraduria", "Garcia", "juarez".</param>
    /// <returns>
    /// Each record once, with its best match (see <see cref="NameMatchKind"/>), by kind of match and then in dataset
    /// order; empty when nothing matches or the text has no letter or digit.
    /// </returns>
    /// <remarks>
    /// Agencies, people, agreements and programs are named by their names, acronyms and aliases; sources, events and
    /// conflicts by their titles; extradition cases, figures and budget lines by their ids only. A text of one or two
    /// letters matches only a whole id, name or word. Unlike <see cref="Search"/>, only names are looked at, and every
    /// word of the text must appear, in order.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<NameMatch<TRecord>> FindByName<TRecord>(string text)
        where TRecord : class, IRecord
    {
        ArgumentNullException.ThrowIfNull(text);
        return ValueList<NameMatch<TRecord>>.From(
            Indexes.NamesOf<TRecord>().Match(text).Select(m => new NameMatch<TRecord>(m.Item, m.Kind, m.Name)));
    }

    /// <summary>
    /// What <paramref name="text"/> names among the records of type <typeparamref name="TRecord"/>: the one record it
    /// names best, or the candidates it could mean, or nothing.
    /// </summary>
    /// <typeparam name="TRecord">The record type; <see cref="IRecord"/> for any family.</typeparam>
    /// <param name="text">An id, a name or part of one, as for <see cref="FindByName{TRecord}"/>.</param>
    /// <returns>
    /// Resolved when exactly one record matches best (several may match less well: "DEA" is an agency's acronym and a
    /// word of other names); ambiguous when several match equally well and best; not found when none matches.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public NameResolution<TRecord> ResolveName<TRecord>(string text)
        where TRecord : class, IRecord =>
        new(text, (ValueList<NameMatch<TRecord>>)FindByName<TRecord>(text));

    /// <summary>The one record of type <typeparamref name="TRecord"/> that <paramref name="text"/> names best, or an exception that says why there is none.</summary>
    /// <typeparam name="TRecord">The record type; <see cref="IRecord"/> for any family.</typeparam>
    /// <param name="text">An id, a name or part of one, as for <see cref="FindByName{TRecord}"/>.</param>
    /// <returns>The record, as <see cref="ResolveName{TRecord}"/> resolves it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="NameResolutionException">
    /// The text names no record of the type, or several equally well; the exception lists them with their ids and names.
    /// </exception>
    public TRecord Resolve<TRecord>(string text)
        where TRecord : class, IRecord =>
        ResolveArgument<TRecord>(text, nameof(text));

    /// <summary>
    /// The record that the argument <paramref name="parameterName"/> names: the record with that id when there is one
    /// (looked up without folding or allocating), else the one record the name resolves to.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="NameResolutionException">The text names no record of the type, or several equally well.</exception>
    internal TRecord ResolveArgument<TRecord>(string text, string parameterName)
        where TRecord : class, IRecord
    {
        ArgumentNullException.ThrowIfNull(text, parameterName);
        if (byId.TryGetValue(text, out var byExactId) && byExactId is TRecord record)
        {
            return record;
        }

        var resolution = ResolveName<TRecord>(text);
        return resolution.Record ?? throw NameResolutionException.For(resolution, parameterName);
    }
}
