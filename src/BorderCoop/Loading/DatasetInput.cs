namespace BorderCoop;

/// <summary>
/// One input being read (an embedded family file or a user's document): its name, its UTF-8 bytes, and the problems
/// found in it so far, each located by line.
/// </summary>
/// <remarks>
/// Lines are found from byte offsets through a sparse index (the line count at every 64 KiB), built on the first
/// problem, so a clean input never pays for it and a large one pays one pass. Problems stop being recorded after
/// <see cref="MaxProblems"/>, so hostile input cannot make the report itself exhaust memory.
/// </remarks>
internal sealed class DatasetInput
{
    /// <summary>How many problems one load records at most; the last one says that more were left out.</summary>
    public const int MaxProblems = 1000;

    private const int CheckpointSpacing = 64 * 1024;

    private readonly List<DatasetProblem> problems;
    private int[]? linesAtCheckpoints;

    public DatasetInput(string name, ReadOnlyMemory<byte> utf8, List<DatasetProblem> problems)
    {
        Name = name;
        Utf8 = utf8;
        this.problems = problems;
    }

    /// <summary>The file path or the caller's name for the input, used in every problem's location.</summary>
    public string Name { get; }

    /// <summary>The UTF-8 JSON, any byte order mark already removed (offsets count from here).</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>Whether no more problems will be recorded.</summary>
    public bool IsFull => problems.Count >= MaxProblems;

    /// <summary>The 1-based line of the byte at <paramref name="offset"/>.</summary>
    public int LineAt(long offset)
    {
        var span = Utf8.Span;
        offset = Math.Clamp(offset, 0, span.Length);
        linesAtCheckpoints ??= BuildCheckpoints(span);
        var checkpoint = (int)(offset / CheckpointSpacing);
        var from = checkpoint * CheckpointSpacing;
        return linesAtCheckpoints[checkpoint] + span[from..(int)offset].Count((byte)'\n') + 1;
    }

    /// <summary>Records a problem in the value that starts at byte <paramref name="offset"/>.</summary>
    public void Report(long offset, string? jsonPath, string? recordId, string message) =>
        ReportAtLine(LineAt(offset), jsonPath, recordId, message);

    /// <summary>Records a problem at a 1-based line, or for the whole input when <paramref name="line"/> is null.</summary>
    public void ReportAtLine(int? line, string? jsonPath, string? recordId, string message)
    {
        if (problems.Count < MaxProblems - 1)
        {
            problems.Add(new DatasetProblem(Name, line, jsonPath, recordId, message));
        }
        else if (problems.Count == MaxProblems - 1)
        {
            problems.Add(new DatasetProblem(Name, null, null, null, $"reading stopped after {MaxProblems - 1} problems; fix these and load again to see the rest"));
        }
    }

    private static int[] BuildCheckpoints(ReadOnlySpan<byte> span)
    {
        var checkpoints = new int[(span.Length / CheckpointSpacing) + 1];
        for (var i = 1; i < checkpoints.Length; i++)
        {
            checkpoints[i] = checkpoints[i - 1] + span.Slice((i - 1) * CheckpointSpacing, CheckpointSpacing).Count((byte)'\n');
        }

        return checkpoints;
    }
}
