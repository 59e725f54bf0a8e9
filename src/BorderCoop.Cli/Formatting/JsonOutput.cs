using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BorderCoop.Serialization;

namespace BorderCoop.Cli.Formatting;

/// <summary>
/// Machine output for <c>--format json</c>: indented UTF-8 JSON with no <c>\uXXXX</c> escapes for accents or quotes,
/// so quotes can be searched for in the seed documents; records are written exactly as in the data files.
/// </summary>
/// <remarks>
/// The only characters escaped beyond what JSON requires are those <see cref="Display.Visible"/> escapes and the JSON
/// writer leaves raw, the bidirectional controls: JSON reads <c>\u202E</c> back as the same character, so nothing is
/// lost, and JSON printed to a terminal cannot reorder how its lines read.
/// </remarks>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON document to <paramref name="output"/>, built by <paramref name="write"/>, then a line break.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        WriteText(output, Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>
    /// Writes JSON text written by a JSON writer, then a line break, each line through <see cref="Display.Visible"/>: the
    /// writer already escapes control characters inside strings and puts none raw within a line, so only the
    /// bidirectional controls change, to JSON escapes of themselves.
    /// </summary>
    public static void WriteText(TextWriter output, string json)
    {
        foreach (var line in json.ReplaceLineEndings("\n").Split('\n'))
        {
            output.WriteLine(Display.Visible(line));
        }
    }

    /// <summary>Writes <paramref name="record"/> as in the data files, by its runtime type, through the source-generated contract.</summary>
    public static void WriteRecord(Utf8JsonWriter writer, IRecord record)
    {
        if (record is RoleHolder holder)
        {
            // A role is part of its person's record: the person, as in the data files, with the role's position.
            writer.WriteStartObject();
            writer.WriteString("person", holder.Person.Id);
            writer.WriteNumber("roleIndex", holder.RoleIndex);
            writer.WriteString("title", holder.Role.Title);
            writer.WritePropertyName("record");
            JsonSerializer.Serialize(writer, holder.Person, BorderCoopJson.Options.GetTypeInfo(typeof(Person)));
            writer.WriteEndObject();
            return;
        }

        JsonSerializer.Serialize(writer, record, BorderCoopJson.Options.GetTypeInfo(record.GetType()));
    }

    /// <summary>Writes <paramref name="records"/> as a JSON array of records.</summary>
    public static void WriteRecords(TextWriter output, IEnumerable<IRecord> records) => Write(output, writer =>
    {
        writer.WriteStartArray();
        foreach (var record in records)
        {
            WriteRecord(writer, record);
        }

        writer.WriteEndArray();
    });
}
