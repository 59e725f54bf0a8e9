namespace BorderCoop;

/// <summary>
/// How a text named a record (see <see cref="BorderCoopData.FindByName{TRecord}"/>), from the best kind of match to the
/// weakest: a lower value is a better match, so matches sort by it.
/// </summary>
/// <remarks>
/// Names are compared folded: without regard to case or accents, dots and apostrophes dropped, other punctuation read
/// as a space ("procuraduria", "D.E.A.", "attorney generals office"). A text of one or two letters matches only a whole
/// id, name or word ("US"), never the start or a part of one.
/// </remarks>
public enum NameMatchKind
{
    /// <summary>The text is the record's id (<c>agency/us-dea</c>), in any case.</summary>
    Id = 0,

    /// <summary>The text is a whole name, title, acronym or alias of the record ("DEA", "Procuraduría General de la República").</summary>
    ExactName = 1,

    /// <summary>A name starts with the text ("Procuraduria Gen" for "Procuraduría General de la República").</summary>
    NameStart = 2,

    /// <summary>The text is one or more whole words inside a name ("Garcia" for "Juan García Ábrego", "juarez" for "Ciudad Juárez").</summary>
    WholeWord = 3,

    /// <summary>The text is part of a word of a name ("uraduria" for "Procuraduría"); three letters at least.</summary>
    WordPart = 4,
}
