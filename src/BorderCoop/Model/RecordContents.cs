namespace BorderCoop;

/// <summary>The pieces the record types build their <see cref="IRecordContents"/> from, and the way to reach it.</summary>
internal static class RecordContents
{
    /// <summary>What <paramref name="record"/> holds; every record of a dataset is of a library type (see <see cref="RecordFamily.Of"/>).</summary>
    public static IRecordContents Of(IRecord record) =>
        record as IRecordContents ?? throw new ArgumentException($"'{record.GetType().Name}' is not a BorderCoop record family.", nameof(record));

    /// <summary>Every id a record points to, links and citation sources, each with its path: what must resolve.</summary>
    public static IEnumerable<(string Path, string Id)> References(IRecord record)
    {
        var contents = Of(record);
        return contents.Links().Concat(contents.AllCitations().Select(c => ($"{c.Path}.source", c.Citation.SourceId)));
    }

    /// <summary>A link held in one optional field.</summary>
    public static IEnumerable<(string Path, string Id)> Link(string path, string? id) => id is null ? [] : [(path, id)];

    /// <summary>The links of a list of ids, each at its index.</summary>
    public static IEnumerable<(string Path, string Id)> Links(string path, IReadOnlyList<string> ids) => ids.Select((id, i) => ($"{path}[{i}]", id));

    /// <summary>A list of citations, each at its index, under <paramref name="prefix"/> (empty, or such as <c>roles[1].</c>).</summary>
    public static IEnumerable<(string Path, Citation Citation)> Cited(IReadOnlyList<Citation> citations, string prefix = "") =>
        citations.Select((c, i) => ($"{prefix}citations[{i}]", c));

    /// <summary>Texts searched as names.</summary>
    public static IEnumerable<(string? Text, SearchField Field)> AsNames(IEnumerable<string?> texts) => texts.Select(t => (t, SearchField.Name));

    /// <summary>Texts searched as descriptions.</summary>
    public static IEnumerable<(string? Text, SearchField Field)> AsDescriptions(params IEnumerable<string?> texts) => texts.Select(t => (t, SearchField.Description));

    /// <summary>Curators' notes, searched as such.</summary>
    public static (string? Text, SearchField Field) AsNotes(string? notes) => (notes, SearchField.Notes);

    /// <summary>A name that may be missing, as a list of none or one.</summary>
    public static string[] OneOrNone(string? name) => name is null ? [] : [name];
}
