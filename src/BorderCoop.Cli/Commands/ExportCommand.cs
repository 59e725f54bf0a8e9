using System.CommandLine;
using System.Text;

namespace BorderCoop.Cli.Commands;

/// <summary><c>bordercoop export --format json [--output FILE]</c>: the whole dataset, every family with its citations.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var output = context.Output;
        var error = context.Error;
        var format = new Option<string>("--format", "-f")
        {
            Description = "The export format.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");

        var file = new Option<FileInfo?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output.",
        };

        var command = new Command("export", "Export the whole dataset (every record family, with citations and quotes).") { format, file };
        command.SetAction(parseResult =>
        {
            var target = parseResult.GetValue(file);
            var dataset = context.Data(parseResult);
            if (target is null)
            {
                using var buffer = new MemoryStream();
                dataset.WriteJson(buffer);
                output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                return ExitCodes.Success;
            }

            using (var stream = target.Create())
            {
                dataset.WriteJson(stream);
            }

            error.WriteLine($"bordercoop: wrote {dataset.Records.Count} records to {target.FullName}");
            return ExitCodes.Success;
        });
        return command;
    }
}
