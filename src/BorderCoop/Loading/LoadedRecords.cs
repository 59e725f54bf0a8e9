namespace BorderCoop;

/// <summary>
/// The records read from one or more inputs, each with where it was read, and the ids of records that could not be
/// read; checked for integrity before any dataset is built from them.
/// </summary>
internal sealed class LoadedRecords
{
    private readonly Dictionary<IRecord, RecordOrigin> origins = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> failedIds = new(StringComparer.Ordinal);
    /// <param name="problems">Where problems go; the inputs read into this share it.</param>
    public LoadedRecords(List<DatasetProblem> problems) => Problems = problems;

    /// <summary>Every problem found so far, in every input read into this.</summary>
    public List<DatasetProblem> Problems { get; }

    /// <summary>
    /// Whether some records could not even be found (broken syntax, a depth bomb, a family that is not an array):
    /// their ids are unknown, so references are not checked, lest every reference to them be reported too.
    /// </summary>
    public bool IsIncomplete { get; private set; }

    /// <summary>The data release a document declared (its <c>dataVersion</c>), or null when it declared none.</summary>
    public string? DeclaredDataVersion { get; set; }

    /// <summary>The records read, in input order.</summary>
    public List<IRecord> Records { get; } = [];

    public void Add(IRecord record, RecordOrigin origin)
    {
        Records.Add(record);
        origins[record] = origin;
    }

    /// <summary>Notes that part of an input could not be read; see <see cref="IsIncomplete"/>.</summary>
    public void MarkIncomplete() => IsIncomplete = true;

    /// <summary>Notes a record that failed to read, so references to its id are not reported as dangling too.</summary>
    public void AddFailed(string? id)
    {
        if (id is not null)
        {
            failedIds.Add(id);
        }
    }

    /// <summary>
    /// Checks the loaded records together with <paramref name="baseRecords"/> (ids, references, the rules across
    /// records) and freezes them into a dataset when no problem was found; otherwise throws with every problem, each
    /// located at the offending value.
    /// </summary>
    /// <remarks>
    /// When records could not even be found (<see cref="IsIncomplete"/>), references are not checked, lest every
    /// reference to a missing record be reported too.
    /// </remarks>
    /// <param name="baseRecords">The records of the dataset extended, or none.</param>
    /// <param name="dataVersion">The data release the dataset built is, or is built on (see <see cref="BorderCoopData.DataVersion"/>).</param>
    /// <exception cref="DatasetValidationException">Any problem, in reading or across records.</exception>
    public BorderCoopData Build(IReadOnlyList<IRecord> baseRecords, string? dataVersion)
    {
        IReadOnlyList<IRecord> all = baseRecords.Count == 0 ? Records : [.. baseRecords, .. Records];
        if (!IsIncomplete)
        {
            // The dataset extended passed these checks when it was made: only ids are checked against it.
            DatasetIntegrity.Check(all, Report, failedIds.Contains, Describe, firstNew: baseRecords.Count);
        }

        return Problems.Count > 0 ? throw new DatasetValidationException(Problems) : BorderCoopData.Freeze(all, dataVersion);
    }

    private void Report(IRecord record, string? field, string message)
    {
        if (origins.TryGetValue(record, out var origin))
        {
            var relativePath = field ?? "id";
            var offset = origin.Start + JsonLocator.Find(origin.Utf8, relativePath);
            origin.Input.Report(offset, $"{origin.JsonPath}.{relativePath}", record.Id, message);
        }
        else
        {
            Problems.Add(new DatasetProblem(field is null ? record.Id : $"{record.Id}: {field}", message));
        }
    }

    private string Describe(IRecord record) => origins.TryGetValue(record, out var origin)
        ? $"at {origin.Input.Name}:{origin.Input.LineAt(origin.Start)} {origin.JsonPath}"
        : "by a record of the dataset being extended";
}
