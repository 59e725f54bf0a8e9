using System.Globalization;

namespace BorderCoop;

/// <content>Loading records a user brings, in the export format, alone or on top of a dataset.</content>
public sealed partial class BorderCoopData
{
    /// <summary>
    /// Loads a dataset from one JSON document in the export format (see <see cref="WriteJson"/>): an object whose
    /// properties are any of the family arrays (each family's <see cref="RecordFamily.PropertyName"/>, such as
    /// <c>agreements</c> or <c>extraditionCases</c>) and, optionally, the <c>dataVersion</c> that becomes the dataset's
    /// <see cref="DataVersion"/>.
    /// </summary>
    /// <param name="utf8Json">The UTF-8 JSON; read to its end (or to just past the byte limit) and not closed.</param>
    /// <param name="sourceName">What problems call the input, such as its file name.</param>
    /// <param name="limits">The size and depth accepted; <see cref="DatasetLoadLimits.Default"/> when null.</param>
    /// <returns>A validated dataset of the loaded records only: every reference must resolve within the document.</returns>
    /// <remarks>
    /// Everything is validated before anything is returned: the syntax (no comments, trailing commas or duplicate
    /// properties), the shape of every value, required properties (nested ones too), enum values, dates and
    /// periods, amounts, ids and references. All problems are reported at once. A leading UTF-8 byte order mark is
    /// ignored. Use <see cref="Extend(Stream, string, DatasetLoadLimits?)"/> for records that refer to the curated data.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is empty or blank.</exception>
    /// <exception cref="DatasetValidationException">The input is too large, too deep, not UTF-8 JSON, or breaks the contract; every problem is listed with file, line and JSON path.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static BorderCoopData Load(Stream utf8Json, string sourceName, DatasetLoadLimits? limits = null) =>
        Read(null, utf8Json, sourceName, limits);

    /// <summary>Loads a dataset from a JSON file in the export format; see <see cref="Load(Stream, string, DatasetLoadLimits?)"/>.</summary>
    /// <param name="path">The file; problems name it as given.</param>
    /// <param name="limits">The size and depth accepted; <see cref="DatasetLoadLimits.Default"/> when null.</param>
    /// <returns>A validated dataset of the file's records only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or blank.</exception>
    /// <exception cref="DatasetValidationException">The file is too large (refused before it is read), too deep, not UTF-8 JSON, or breaks the contract.</exception>
    /// <exception cref="IOException">The file cannot be opened or read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static BorderCoopData LoadFile(string path, DatasetLoadLimits? limits = null)
    {
        Guard.NotBlank(path, nameof(path));
        using var stream = File.OpenRead(path);
        return Read(null, stream, path, limits);
    }

    /// <summary>
    /// A new dataset of this dataset's records followed by the records of one JSON document in the export format;
    /// the loaded records may refer to this dataset's records. This dataset is not changed.
    /// </summary>
    /// <param name="utf8Json">The UTF-8 JSON; read to its end (or to just past the byte limit) and not closed.</param>
    /// <param name="sourceName">What problems call the input, such as its file name.</param>
    /// <param name="limits">The size and depth accepted; <see cref="DatasetLoadLimits.Default"/> when null.</param>
    /// <returns>The combined, validated dataset, with its own indexes; each family lists this dataset's records first.</returns>
    /// <remarks>
    /// Validated as <see cref="Load(Stream, string, DatasetLoadLimits?)"/> is; in addition a loaded record whose id
    /// this dataset already uses is a duplicate-id problem (records are added, never replaced).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is empty or blank.</exception>
    /// <exception cref="DatasetValidationException">The input is too large, too deep, not UTF-8 JSON, or breaks the contract; every problem is listed with file, line and JSON path.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public BorderCoopData Extend(Stream utf8Json, string sourceName, DatasetLoadLimits? limits = null) =>
        Read(this, utf8Json, sourceName, limits);

    /// <summary>
    /// A new dataset of this dataset's records followed by the records of a JSON file in the export format, as
    /// <c>BorderCoopData.Default.ExtendFile("my-cases.json")</c>; see <see cref="Extend(Stream, string, DatasetLoadLimits?)"/>.
    /// </summary>
    /// <param name="path">The file; problems name it as given.</param>
    /// <param name="limits">The size and depth accepted; <see cref="DatasetLoadLimits.Default"/> when null.</param>
    /// <returns>The combined, validated dataset; this dataset is not changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or blank.</exception>
    /// <exception cref="DatasetValidationException">The file is too large (refused before it is read), too deep, not UTF-8 JSON, or breaks the contract.</exception>
    /// <exception cref="IOException">The file cannot be opened or read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public BorderCoopData ExtendFile(string path, DatasetLoadLimits? limits = null)
    {
        Guard.NotBlank(path, nameof(path));
        using var stream = File.OpenRead(path);
        return Read(this, stream, path, limits);
    }

    private static BorderCoopData Read(BorderCoopData? baseData, Stream utf8Json, string sourceName, DatasetLoadLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        Guard.NotBlank(sourceName, nameof(sourceName));
        limits ??= DatasetLoadLimits.Default;

        var problems = new List<DatasetProblem>();
        var bytes = ReadAtMost(utf8Json, limits.MaxBytes);
        if (bytes is null)
        {
            problems.Add(new DatasetProblem(sourceName, null, null, null, string.Create(
                CultureInfo.InvariantCulture, $"the input is larger than the limit of {limits.MaxBytes:N0} bytes (DatasetLoadLimits.MaxBytes); it was not read")));
            throw new DatasetValidationException(problems);
        }

        var loaded = new LoadedRecords(problems);
        if (DatasetFile.Open(sourceName, bytes.Value, loaded) is { } input)
        {
            DatasetFile.ReadDocument(input, limits.MaxDepth, loaded);
        }

        // Extending keeps the release of the dataset extended: its records are all there, whatever the file declares.
        return baseData is null ? loaded.Build([], loaded.DeclaredDataVersion) : loaded.Build(baseData.Records, baseData.DataVersion);
    }

    /// <summary>The stream's bytes, or null as soon as there are more than <paramref name="limit"/>: never more than one byte past it is read.</summary>
    private static ReadOnlyMemory<byte>? ReadAtMost(Stream stream, long limit)
    {
        if (!stream.CanSeek)
        {
            return ReadRest(stream, [], limit);
        }

        var remaining = Math.Max(0, stream.Length - stream.Position);
        if (remaining > limit)
        {
            return null;
        }

        // The size is known: one buffer of that size, instead of a growing one copied at each doubling (for a large
        // file, copies of twice its size and a buffer of up to twice its size).
        var exact = new byte[remaining];
        var filled = stream.ReadAtLeast(exact, exact.Length, throwOnEndOfStream: false);
        if (filled < exact.Length)
        {
            return exact.AsMemory(0, filled);
        }

        var next = stream.ReadByte();
        return next < 0 ? exact : ReadRest(stream, [.. exact, (byte)next], limit); // it grew as it was read
    }

    /// <summary>
    /// The bytes already <paramref name="read"/> followed by the rest of the stream, or null as soon as there are more
    /// than <paramref name="limit"/>: never more than one byte past it is read.
    /// </summary>
    private static ReadOnlyMemory<byte>? ReadRest(Stream stream, byte[] read, long limit)
    {
        using var buffer = new MemoryStream();
        buffer.Write(read);
        if (buffer.Length > limit)
        {
            return null;
        }

        var chunk = new byte[(int)Math.Min(81920, limit + 1)];
        int count;
        while ((count = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, count);
            if (buffer.Length > limit)
            {
                return null;
            }
        }

        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
