namespace BorderCoop;

/// <summary>
/// The records read from one or more inputs, each with where it was read, and the ids of records that could not be
/// read; checked for integrity before any dataset is built from them.
/// </summary>
internal sealed class LoadedRecords
{
    /// <summary>Where each record of <see cref="Records"/> was read, at the same index.</summary>
    private readonly List<RecordOrigin> origins = [];
    private readonly HashSet<string> failedIds = new(StringComparer.Ordinal);

    /// <summary>Each record's index in <see cref="Records"/>: made when the first problem across records needs an origin, so a clean load never pays for it.</summary>
    private Dictionary<IRecord, int>? positions;

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
        origins.Add(origin);
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

        // The dataset extended passed these checks when it was made: only ids are checked against it.
        var byId = IsIncomplete ? null : DatasetIntegrity.Check(all, Report, failedIds.Contains, Describe, firstNew: baseRecords.Count);
        return Problems.Count > 0 ? throw new DatasetValidationException(Problems) : BorderCoopData.Freeze(all, dataVersion, byId);
    }

    private void Report(IRecord record, string? field, string message)
    {
        if (OriginOf(record) is { } origin)
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

    private string Describe(IRecord record) => OriginOf(record) is { } origin
        ? $"at {origin.Input.Name}:{origin.Input.LineAt(origin.Start)} {origin.JsonPath}"
        : "by a record of the dataset being extended";

    /// <summary>Where <paramref name="record"/> was read, or null when it was not read here (a record of the dataset extended).</summary>
    private RecordOrigin? OriginOf(IRecord record)
    {
        if (positions is null)
        {
            positions = new Dictionary<IRecord, int>(Records.Count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < Records.Count; i++)
            {
                positions.Add(Records[i], i);
            }
        }

        return positions.TryGetValue(record, out var at) ? origins[at] : null;
    }
}
