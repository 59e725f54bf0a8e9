using System.Text;
using System.Text.Json;

namespace BorderCoop.Cli.Export;

/// <summary>
/// <c>export --format annotations</c>: every citation as a W3C Web Annotation (JSON-LD, <c>http://www.w3.org/ns/anno.jsonld</c>),
/// in one <c>AnnotationCollection</c> whose single <c>AnnotationPage</c> holds them all.
/// </summary>
/// <remarks>
/// <para>One annotation per citation, in the order of <c>citations.csv</c> (records in dataset order, then each record's
/// citations), so the same data gives the same bytes. Its <c>motivation</c> is <c>linking</c>: the body is the record
/// the quote backs (<c>urn:bordercoop:</c> and the record id, labelled as tables label it) and the target is the quoted
/// passage of the source: the source's <c>url</c> when it has one, else <c>urn:bordercoop:</c> and its id, selected by a
/// <c>TextQuoteSelector</c> (the exact quote, with prefix and suffix) and, for an anchored citation, a
/// <c>TextPositionSelector</c>.</para>
/// <para>The selectors address the text of the source as curated (the seed document, Markdown escapes included), in
/// Unicode code points, which is how the Web Annotation model counts; the page at the URL may lay the same words out
/// differently, and the quote selector is the one to resolve there. An annotation's id is
/// <c>urn:bordercoop:citation:</c>, the record id, <c>:</c> and the citation's path with brackets as dots
/// (<c>roles.1.citations.0</c>).</para>
/// </remarks>
internal static class AnnotationExport
{
    /// <summary>The file <c>--format annotations --output DIR</c> writes in <c>DIR</c>.</summary>
    public const string FileName = "bordercoop-annotations.jsonld";

    /// <summary>The JSON-LD context of the Web Annotation model.</summary>
    public const string Context = "http://www.w3.org/ns/anno.jsonld";

    private const string UrnPrefix = "urn:bordercoop:";

    /// <summary>Writes the collection of <paramref name="data"/>'s citations.</summary>
    /// <param name="writer">Where to write one JSON document.</param>
    /// <param name="data">The dataset.</param>
    public static void Write(Utf8JsonWriter writer, BorderCoopData data)
    {
        var citations = data.Records.SelectMany(r => data.CitationsOf(r.Id)).ToList();
        writer.WriteStartObject();
        writer.WriteString("@context", Context);
        writer.WriteString("id", UrnPrefix + "annotations" + (data.DataVersion is { } version ? ":" + version : string.Empty));
        writer.WriteString("type", "AnnotationCollection");
        writer.WriteString("label", data.DataVersion is { } release ? $"BorderCoop data {release}: the quotes that back each record" : "BorderCoop: the quotes that back each record");
        writer.WriteNumber("total", citations.Count);
        writer.WriteStartObject("first");
        writer.WriteString("type", "AnnotationPage");
        writer.WriteNumber("startIndex", 0);
        writer.WriteStartArray("items");
        foreach (var citation in citations)
        {
            WriteAnnotation(writer, citation, data);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The id of the annotation of <paramref name="citation"/>: <c>urn:bordercoop:citation:agreement/x:citations.0</c>.</summary>
    public static string IdOf(RecordCitation citation)
    {
        var path = new StringBuilder(citation.Path).Replace("[", ".").Replace("]", string.Empty);
        return $"{UrnPrefix}citation:{citation.Record.Id}:{path}";
    }

    private static void WriteAnnotation(Utf8JsonWriter writer, RecordCitation citation, BorderCoopData data)
    {
        writer.WriteStartObject();
        writer.WriteString("id", IdOf(citation));
        writer.WriteString("type", "Annotation");
        writer.WriteString("motivation", "linking");

        writer.WriteStartObject("body");
        writer.WriteString("id", UrnPrefix + citation.Record.Id);
        writer.WriteString("label", Display.Label(citation.Record, data));
        writer.WriteEndObject();

        writer.WriteStartObject("target");
        writer.WriteString("source", citation.Source.Url ?? UrnPrefix + citation.Source.Id);
        writer.WriteStartArray("selector");
        var anchor = citation.Citation.Anchor;
        writer.WriteStartObject();
        writer.WriteString("type", "TextQuoteSelector");
        writer.WriteString("exact", citation.Quote);
        if (anchor is not null)
        {
            writer.WriteString("prefix", anchor.Prefix);
            writer.WriteString("suffix", anchor.Suffix);
        }

        writer.WriteEndObject();
        if (anchor is not null)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "TextPositionSelector");
            writer.WriteNumber("start", anchor.Start);
            writer.WriteNumber("end", anchor.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
