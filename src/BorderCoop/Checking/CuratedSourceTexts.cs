namespace BorderCoop;

/// <summary>
/// What the package knows of the texts of the curated sources without shipping them: one <see cref="SourceFingerprint"/>
/// per source, read once from the embedded <c>source-fingerprints.bin</c>, so that a quote that cites a curated source
/// with words the source does not have is reported.
/// </summary>
/// <remarks>
/// A source counts as curated when a record has both the id and the seed file name of a curated source: a user's own
/// source is never checked, nor one that reuses a curated id for another file (in a dataset loaded alone).
/// </remarks>
internal static class CuratedSourceTexts
{
    /// <summary>The name of the embedded resource.</summary>
    public const string ResourceName = EmbeddedDataset.ResourcePrefix + SourceFingerprintFile.FileName;

    private static readonly Lazy<IReadOnlyList<SourceFingerprint>> Fingerprints = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The fingerprint of <paramref name="source"/>'s text when it is a curated source (same id and file), or null.</summary>
    /// <param name="source">A source record, from any dataset.</param>
    /// <returns>The fingerprint, or null when the source is not curated.</returns>
    /// <exception cref="DatasetValidationException">The embedded resource is missing or malformed (a packaging defect; the tests guard against it).</exception>
    public static SourceFingerprint? Find(Source source)
    {
        // A handful of sources: a linear search is as fast as a dictionary and costs nothing to build.
        foreach (var fingerprint in Fingerprints.Value)
        {
            if (string.Equals(fingerprint.SourceId, source.Id, StringComparison.Ordinal))
            {
                return string.Equals(fingerprint.FileName, source.FileName, StringComparison.Ordinal) ? fingerprint : null;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="sourceId"/> is the id of a curated source: only a citation of one can have its quote checked.</summary>
    /// <param name="sourceId">A citation's source id.</param>
    /// <returns>Whether a curated source has the id (whether the dataset's source with it is that source is for <see cref="Find"/>).</returns>
    public static bool IsCuratedId(string sourceId)
    {
        var fingerprints = Fingerprints.Value;
        for (var i = 0; i < fingerprints.Count; i++) // by index: called for every citation loaded, a foreach would allocate
        {
            if (string.Equals(fingerprints[i].SourceId, sourceId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reports each citation of <paramref name="record"/> (nested ones included) whose source is curated and whose quote
    /// cannot be in that source's text, at the field <c>….quote</c>. Quotes shorter than
    /// <see cref="SourceFingerprint.WindowLength"/> bytes cannot be checked and are not reported.
    /// </summary>
    /// <param name="record">The record whose citations are checked.</param>
    /// <param name="index">The dataset's records by id: a citation's source is the record with its id.</param>
    /// <param name="report">Called for each problem with the record, the field and the message.</param>
    public static void CheckQuotes(IRecord record, IReadOnlyDictionary<string, IRecord> index, Action<IRecord, string?, string> report)
    {
        foreach (var (field, citation) in RecordContents.Of(record).AllCitations())
        {
            if (index.GetValueOrDefault(citation.SourceId) is Source source && Find(source) is { } text && !text.MayContain(citation.Quote))
            {
                report(record, field + ".quote", $"the quote is not in {source.Id} ({source.FileName}): no passage of that source has these words");
            }
        }
    }

    private static IReadOnlyList<SourceFingerprint> Load()
    {
        using var stream = typeof(CuratedSourceTexts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw Defect("the embedded resource is missing from the assembly");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        try
        {
            return SourceFingerprintFile.Read(bytes);
        }
        catch (InvalidDataException e)
        {
            throw Defect("the embedded source fingerprints are unreadable: " + e.Message);
        }
    }

    private static DatasetValidationException Defect(string message) => new([new DatasetProblem(ResourceName, message)]);
}
