using System.CommandLine;
using System.Text;
using System.Text.Json;
using BorderCoop.Cli.Export;
using BorderCoop.Cli.Formatting;

namespace BorderCoop.Cli.Commands;

/// <summary>
/// <c>bordercoop export --format json|csv|datapackage|sqlite|parquet|annotations [--output DIR]</c>: the whole dataset, every family with its
/// citations, including the records of any <c>--data</c> files.
/// </summary>
/// <remarks>
/// <para><c>json</c> writes one document to standard output, or to <c>DIR/bordercoop.json</c> with <c>--output</c>.
/// <c>csv</c> writes one file per table (see <see cref="ExportTables"/>) into <c>DIR</c>; <c>datapackage</c> writes the
/// same files plus <c>datapackage.json</c>. Both need <c>--output</c>, since they are many files. <c>sqlite</c> writes
/// one SQLite database, <c>DIR/bordercoop.db</c> (see <see cref="SqliteExport"/>); it needs <c>--output</c> too, since a
/// database is no text for standard output. <c>parquet</c> writes the same tables as typed Parquet files, one
/// per table (see <see cref="ParquetExport"/>), and needs <c>--output</c>. <c>annotations</c> writes every citation as a W3C Web Annotation (see
/// <see cref="AnnotationExport"/>) to standard output, or to <c>DIR/bordercoop-annotations.jsonld</c> with <c>--output</c>.</para>
/// <para>The directory is created when missing; files of the same names are replaced, other files are left alone.
/// Exit codes: 2 when <c>--output</c> is missing for csv, datapackage, sqlite or parquet, names an existing file or lies under one, or
/// the format is unknown; 3 when the data cannot be read or the directory or a file cannot be written otherwise
/// (without permission, a full disk).</para>
/// </remarks>
internal static class ExportCommand
{
    /// <summary>The word that runs the command: <c>bordercoop export</c>.</summary>
    public const string Name = "export";

    /// <summary>The file <c>--format json --output DIR</c> writes in <c>DIR</c>.</summary>
    public const string JsonFileName = "bordercoop.json";

    /// <summary>The file <c>--format sqlite --output DIR</c> writes in <c>DIR</c>.</summary>
    public const string SqliteFileName = "bordercoop.db";

    /// <summary>The <c>export</c> command, writing through <paramref name="context"/>.</summary>
    public static Command Create(CliContext context)
    {
        var format = CliContext.FormatOption(
            "json (one document), csv (one file per table), datapackage (the CSV files and a Frictionless datapackage.json), sqlite (one SQLite database, bordercoop.db, with full-text search and views), parquet (one typed Parquet file per table) or annotations (every citation as a W3C Web Annotation, JSON-LD).",
            "json", "csv", "datapackage", "sqlite", "parquet", "annotations");
        var directory = CliOptions.FolderToWrite(
            "--output",
            "-o",
            "The directory to write into (created if missing); required for csv, datapackage, sqlite and parquet. Without it, json goes to standard output.",
            "bordercoop-export");

        var command = new Command(Name, "Export the whole dataset (every record family, with citations and quotes).") { format, directory };
        command.SetAction(parseResult =>
        {
            var chosen = parseResult.GetValue(format)!;
            var target = parseResult.GetValue(directory);
            if (target is null && chosen == "sqlite")
            {
                return context.Fail(ExitCodes.Usage, $"--format sqlite writes a database file, {SqliteFileName}: give a directory with --output DIR.");
            }

            if (target is null && chosen is not ("json" or "annotations"))
            {
                return context.Fail(ExitCodes.Usage, $"--format {chosen} writes several files: give a directory with --output DIR.");
            }

            var dataset = context.Data(parseResult);
            if (target is null && chosen == "annotations")
            {
                JsonOutput.Write(context.Output, writer => AnnotationExport.Write(writer, dataset));
                return ExitCodes.Success;
            }

            if (target is null)
            {
                using var buffer = new MemoryStream();
                dataset.WriteJson(buffer);
                JsonOutput.WriteText(context.Output, Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                return ExitCodes.Success;
            }

            target.Create();
            var files = chosen switch
            {
                "json" => WriteJson(dataset, target),
                "sqlite" => WriteSqlite(dataset, target),
                "annotations" => WriteAnnotations(dataset, target),
                "parquet" => WriteParquet(dataset, target),
                _ => WriteTables(dataset, target, withDescriptor: chosen == "datapackage"),
            };
            TerminalText.WriteLine(context.Error, $"bordercoop: wrote {dataset.Records.Count} records in {files} file(s) to {target.FullName}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int WriteJson(BorderCoopData dataset, DirectoryInfo target)
    {
        using var stream = File.Create(Path.Combine(target.FullName, JsonFileName));
        dataset.WriteJson(stream);
        return 1;
    }

    private static int WriteSqlite(BorderCoopData dataset, DirectoryInfo target)
    {
        SqliteExport.Write(ExportTables.For(dataset), Path.Combine(target.FullName, SqliteFileName));
        return 1;
    }

    private static int WriteAnnotations(BorderCoopData dataset, DirectoryInfo target)
    {
        using var stream = File.Create(Path.Combine(target.FullName, AnnotationExport.FileName));
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        AnnotationExport.Write(writer, dataset);
        return 1;
    }

    private static int WriteParquet(BorderCoopData dataset, DirectoryInfo target)
    {
        var tables = ExportTables.For(dataset);
        ParquetExport.WriteAll(tables, target);
        return tables.Count;
    }

    private static int WriteTables(BorderCoopData dataset, DirectoryInfo target, bool withDescriptor)
    {
        var tables = ExportTables.For(dataset);
        CsvExport.WriteAll(tables, target);
        if (!withDescriptor)
        {
            return tables.Count;
        }

        using var stream = File.Create(Path.Combine(target.FullName, DataPackageWriter.FileName));
        DataPackageWriter.Write(stream, dataset, tables);
        return tables.Count + 1;
    }
}
