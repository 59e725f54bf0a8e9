using System.Diagnostics;

namespace BorderCoop.Benchmarks;

/// <summary>
/// Writes the user file of the scale benchmark (<c>benchmarks/user-file.sh</c>): the generated dataset of
/// 1 000 000 records (<see cref="DatasetSize.Generated1M"/>) in the export format, as a user would hand it to
/// <see cref="BorderCoopData.LoadFile"/> or to <c>bordercoop --data</c>.
/// </summary>
internal static class UserFileWriter
{
    /// <summary>Generates the records and writes them to <paramref name="path"/> with <see cref="BorderCoopData.WriteJson"/>; prints the size.</summary>
    /// <param name="path">The file to write (replaced when it exists).</param>
    /// <param name="records">How many records; <see cref="DatasetSize.Generated1M"/> by default.</param>
    public static void Write(string path, int records = (int)DatasetSize.Generated1M)
    {
        var clock = Stopwatch.StartNew();
        var data = DatasetGenerator.Generate(records);
        var generated = clock.Elapsed;

        clock.Restart();
        using (var file = File.Create(path))
        {
            data.WriteJson(file);
        }

        var bytes = new FileInfo(path).Length;
        Console.WriteLine(
            $"{path}: {data.Records.Count:N0} records, {bytes:N0} bytes ({bytes / 1048576.0:F1} MiB); " +
            $"generated in {generated.TotalSeconds:F1} s, written in {clock.Elapsed.TotalSeconds:F1} s");
    }
}
