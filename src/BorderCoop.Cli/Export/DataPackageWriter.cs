using System.Text.Encodings.Web;
using System.Text.Json;

namespace BorderCoop.Cli.Export;

/// <summary>
/// Writes <c>datapackage.json</c>, the Frictionless Tabular Data Package descriptor of the CSV export: one resource per
/// table, each with its CSV dialect and Table Schema (field types, required fields, allowed values, primary key,
/// foreign keys), so validators and tools (frictionless, R's frictionless, DuckDB loaders) can check and load it.
/// </summary>
/// <remarks>
/// <para>Written with <see cref="Utf8JsonWriter"/> alone (no reflection, ready for NativeAOT), indented with <c>\n</c> line
/// ends on every platform, without timestamps, so the same tables give the same bytes on every run.</para>
/// <para><c>licenses</c> names the repository's licence, MIT, and says what it covers: the code and the curators'
/// records. The quoted passages are not the project's to license: the description and the <c>citations</c> resource
/// say that their copyright stays with their authors and publishers. Each source is listed by its title, or, for a
/// document that states none, by the curators' description of it, never by its file name.</para>
/// <para>An empty cell is the only missing value; a foreign key of a table to itself names the resource <c>""</c>, as
/// Table Schema requires.</para>
/// </remarks>
internal static class DataPackageWriter
{
    /// <summary>The descriptor's file name, which tools look for in the package directory.</summary>
    public const string FileName = "datapackage.json";

    private const string Description =
        "Structured, source-backed facts about U.S.–Mexico security cooperation: agreements, cooperation programs, " +
        "extraditions and budget lines, with the agencies, people, figures and events around them. Every claim is " +
        "backed by a verbatim quote from its source (citations.csv); dates keep the precision the sources give " +
        "(see the _precision and _edtf columns); disagreements between sources are kept side by side (conflicts.csv). " +
        "Text cells that begin with =, +, -, @, a tab, a carriage return or an apostrophe have one apostrophe put in " +
        "front, so that spreadsheets do not run them as formulas: remove exactly one leading apostrophe from every cell " +
        "that starts with one to get the exact text. The MIT licence covers the BorderCoop code and the curators' " +
        "records; the quoted passages (citations.csv) are short excerpts of the source documents, quoted to back each " +
        "claim, and their copyright stays with their authors and publishers.";

    /// <summary>What the licence covers, in the title of its entry.</summary>
    private const string LicenseTitle =
        "MIT License: the BorderCoop code and the curators' records (values, descriptions, notes); not the quoted passages, which remain their authors' and publishers'";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the descriptor of <paramref name="tables"/>, exported from <paramref name="data"/>, to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the UTF-8 JSON goes; it is left open.</param>
    /// <param name="data">The exported dataset, whose source documents are listed as the package's sources.</param>
    /// <param name="tables">The exported tables, in the order their files were written.</param>
    public static void Write(Stream stream, BorderCoopData data, IReadOnlyList<ExportTable> tables)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("profile", "tabular-data-package");
            json.WriteString("name", "bordercoop");
            json.WriteString("title", "BorderCoop: U.S.–Mexico security cooperation");
            if (data.DataVersion is { } version)
            {
                // The data release (tzdb style, such as 2026a), so a citation of the export says which data it used.
                json.WriteString("version", version);
            }
            json.WriteString("description", Description);
            json.WriteStartArray("licenses");
            json.WriteStartObject();
            json.WriteString("name", "MIT");
            json.WriteString("path", "https://opensource.org/licenses/MIT");
            json.WriteString("title", LicenseTitle);
            json.WriteEndObject();
            json.WriteEndArray();
            WriteSources(json, data);
            json.WriteStartArray("resources");
            foreach (var table in tables)
            {
                WriteResource(json, table);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteSources(Utf8JsonWriter json, BorderCoopData data)
    {
        json.WriteStartArray("sources");
        foreach (var source in data.Sources)
        {
            json.WriteStartObject();
            // A document that states no title is listed by what it is, in the curators' words, and says so.
            json.WriteString("title", source.Title ?? $"{source.Description.TrimEnd('.')} (the document states no title)");
            if (source.Url is not null)
            {
                json.WriteString("path", source.Url);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteResource(Utf8JsonWriter json, ExportTable table)
    {
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("name", table.Name);
        json.WriteString("path", table.FileName);
        json.WriteString("description", table.Description);
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");

        // The defaults of CSV Dialect, stated so that no reader has to guess: RFC 4180 with a header row.
        json.WriteStartObject("dialect");
        json.WriteString("delimiter", ",");
        json.WriteString("lineTerminator", "\r\n");
        json.WriteString("quoteChar", "\"");
        json.WriteBoolean("doubleQuote", true);
        json.WriteBoolean("header", true);
        json.WriteEndObject();

        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var field in table.Fields)
        {
            WriteField(json, field);
        }

        json.WriteEndArray();
        json.WriteStartArray("missingValues");
        json.WriteStringValue(string.Empty);
        json.WriteEndArray();
        WriteNames(json, "primaryKey", table.PrimaryKey);
        if (table.ForeignKeys.Count > 0)
        {
            json.WriteStartArray("foreignKeys");
            foreach (var key in table.ForeignKeys)
            {
                json.WriteStartObject();
                WriteNames(json, "fields", [key.Field]);
                json.WriteStartObject("reference");
                json.WriteString("resource", key.Resource == table.Name ? string.Empty : key.Resource);
                WriteNames(json, "fields", [key.ReferencedField]);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, TableField field)
    {
        json.WriteStartObject();
        json.WriteString("name", field.Name);
        json.WriteString("type", field.Type switch
        {
            FieldType.Integer => "integer",
            FieldType.Number => "number",
            FieldType.Date => "date",
            _ => "string",
        });
        json.WriteString("description", field.Description);
        if (field.Required || field.AllowedValues is not null)
        {
            json.WriteStartObject("constraints");
            if (field.Required)
            {
                json.WriteBoolean("required", true);
            }

            if (field.AllowedValues is not null)
            {
                WriteNames(json, "enum", field.AllowedValues);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter json, string property, IReadOnlyList<string> names)
    {
        json.WriteStartArray(property);
        foreach (var name in names)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
    }
}
