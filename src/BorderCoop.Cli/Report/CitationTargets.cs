namespace BorderCoop.Cli.Report;

/// <summary>
/// The records the charts link to: each chart item asks for the link to its record's citations here, and the
/// citations section then writes one entry for each record asked for, so every link has a target.
/// </summary>
internal sealed class CitationTargets
{
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    /// <summary>The record ids linked to so far, in no particular order.</summary>
    public IReadOnlyCollection<string> Ids => ids;

    /// <summary>The fragment id of a record's entry in the citations section: <c>cite-</c> followed by the record id.</summary>
    /// <remarks>Not escaped: pass it through <see cref="Html.Escape"/> where it is written.</remarks>
    public static string Anchor(string recordId) => "cite-" + recordId;

    /// <summary>The escaped <c>href</c> value that links to the citations of <paramref name="recordId"/>, remembering the record.</summary>
    public string Href(string recordId)
    {
        ids.Add(recordId);
        return Html.Escape("#" + Anchor(recordId));
    }
}
