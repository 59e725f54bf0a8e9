using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BorderCoop.Serialization;

namespace BorderCoop.Cli.Formatting;

/// <summary>
/// Machine output for <c>--format json</c>: indented UTF-8 JSON with no <c>\uXXXX</c> escapes for accents or quotes,
/// so quotes can be searched for in the seed documents; records are written exactly as in the data files.
/// </summary>
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

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
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
