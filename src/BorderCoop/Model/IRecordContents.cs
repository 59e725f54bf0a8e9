namespace BorderCoop;

/// <summary>
/// What one record holds, as every part of the library needs it: the records it links to, every citation it carries
/// (nested ones included), the names it is known by, the texts a search looks in, and the date it is listed by. Each
/// record type answers for itself, in its own file, so no other code lists a family's fields.
/// </summary>
/// <remarks>
/// Paths are relative to the record and written as in its JSON (<c>roles[1].agency</c>,
/// <c>versions[0].citations[1]</c>), so a problem or a link can be located in a file.
/// </remarks>
internal interface IRecordContents
{
    /// <summary>Every id the record links to (its agencies, people, program, related records), without its citations' sources.</summary>
    IEnumerable<(string Path, string Id)> Links();

    /// <summary>Every citation the record carries, nested ones included, in JSON order.</summary>
    IEnumerable<(string Path, Citation Citation)> AllCitations();

    /// <summary>The names the record is known by, main name first; empty for families named by their ids only.</summary>
    IReadOnlyList<string> Names();

    /// <summary>The texts a search looks in, each with the kind of text it is (quotes are added from <see cref="AllCitations"/>).</summary>
    /// <param name="find">Finds a record by id in the dataset, for texts a record borrows (a case is found by its person's names).</param>
    IEnumerable<(string? Text, SearchField Field)> SearchTexts(Func<string, IRecord?> find);

    /// <summary>What a reader calls the record in a table or a chart: its name or title, or what it states (see <see cref="Display.Label"/>).</summary>
    /// <param name="find">Finds a record by id in the dataset (a case is named by its person).</param>
    string Label(Func<string, IRecord?> find);

    /// <summary>
    /// The record's dates on the timeline, each with its kind and words (<c>signed</c>, <c>took office: President</c>)
    /// and, when it involves other agencies than the record points to (a role's dates involve only the role's agency),
    /// those; an undated value gives no entry.
    /// </summary>
    IEnumerable<TimelineDate> TimelineDates();

    /// <summary>The date the record is listed by when no question picks one, or null when it has none (it then comes last).</summary>
    PartialDate? ListedBy();
}
