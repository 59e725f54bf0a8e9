using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BorderCoop.Tests.Data;

/// <summary>
/// The generator of the curated citations' anchors: rewrites a data file with the <c>anchor</c> of each citation
/// computed from <c>seeds/</c> by <see cref="QuoteAnchor.Find"/>, leaving every other byte of the file as it is.
/// </summary>
/// <remarks>
/// A citation is an object in an array named <c>citations</c>. Its anchor is written right after its <c>quote</c>, in
/// the files' layout (two-space indents, strings escaped as the files escape them); an anchor already there is
/// replaced. A quote that is not in its seed is left without an anchor, for the citation checks to report.
/// </remarks>
internal static class QuoteAnchorFiles
{
    public const string UpdateVariable = "BORDERCOOP_UPDATE_ANCHORS";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> SeedTexts = new(() =>
    {
        using var sources = JsonDocument.Parse(File.ReadAllBytes(Repository.DataFile("sources.json")));
        return sources.RootElement.EnumerateArray().ToDictionary(
            s => s.GetProperty("id").GetString()!,
            s => Encoding.UTF8.GetString(Repository.ReadSeed(s.GetProperty("file").GetString()!)),
            StringComparer.Ordinal);
    });

    /// <summary>The data files with citations, by file name.</summary>
    public static IEnumerable<string> FileNames => RecordFamily.All.Select(f => f.FileName);

    /// <summary>The text of the data file <paramref name="fileName"/> with every citation's anchor generated.</summary>
    public static string Generate(string fileName) => Rewrite(File.ReadAllBytes(Repository.DataFile(fileName)));

    /// <summary>The file's text with generated anchors.</summary>
    public static string Rewrite(byte[] json)
    {
        var edits = new List<(int From, int To, string Text)>();
        var reader = new Utf8JsonReader(json);
        var containers = new Stack<(bool IsCitations, bool IsCitation)>();
        string? property = null;
        string? sourceId = null, quote = null;
        int quoteEnd = -1, anchorEnd = -1, indent = 0;

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    if (containers.Peek().IsCitation && property == "anchor")
                    {
                        if (quoteEnd < 0 || Encoding.UTF8.GetString(json, quoteEnd, (int)reader.TokenStartIndex - quoteEnd).Trim() != ",")
                        {
                            throw new InvalidOperationException($"An anchor is not right after its quote (at byte {reader.TokenStartIndex}).");
                        }

                        reader.Skip();
                        anchorEnd = (int)reader.BytesConsumed;
                        property = null;
                    }
                    else if (containers.Peek().IsCitation && property == "quote")
                    {
                        indent = (int)reader.TokenStartIndex - (Array.LastIndexOf(json, (byte)'\n', (int)reader.TokenStartIndex) + 1);
                    }

                    break;
                case JsonTokenType.StartArray:
                    containers.Push((property == "citations", false));
                    property = null;
                    break;
                case JsonTokenType.StartObject:
                    containers.Push((false, containers.Count > 0 && containers.Peek().IsCitations));
                    (property, sourceId, quote, quoteEnd, anchorEnd) = (null, null, null, -1, -1);
                    break;
                case JsonTokenType.String when containers.Peek().IsCitation:
                    if (property == "source")
                    {
                        sourceId = reader.GetString();
                    }
                    else if (property == "quote")
                    {
                        quote = reader.GetString();
                        quoteEnd = (int)reader.BytesConsumed;
                    }

                    property = null;
                    break;
                case JsonTokenType.EndObject:
                    if (containers.Pop().IsCitation && quote is not null && sourceId is not null)
                    {
                        var anchor = SeedTexts.Value.TryGetValue(sourceId, out var text) && quote.Length > 0 ? QuoteAnchor.Find(text, quote) : null;
                        edits.Add((quoteEnd, anchorEnd < 0 ? quoteEnd : anchorEnd, anchor is null ? "" : Write(anchor, indent)));
                    }

                    property = null;
                    break;
                case JsonTokenType.EndArray:
                    containers.Pop();
                    property = null;
                    break;
                default:
                    property = null;
                    break;
            }
        }

        var output = new StringBuilder();
        var at = 0;
        foreach (var (from, to, text) in edits)
        {
            output.Append(Encoding.UTF8.GetString(json, at, from - at)).Append(text);
            at = to;
        }

        return output.Append(Encoding.UTF8.GetString(json, at, json.Length - at)).ToString();
    }

    private static string Write(QuoteAnchor anchor, int indent)
    {
        var outer = new string(' ', indent);
        var inner = new string(' ', indent + 2);
        return new StringBuilder()
            .Append(",\n").Append(outer).Append("\"anchor\": {\n")
            .Append(inner).Append("\"start\": ").Append(anchor.Start.ToString(CultureInfo.InvariantCulture)).Append(",\n")
            .Append(inner).Append("\"end\": ").Append(anchor.End.ToString(CultureInfo.InvariantCulture)).Append(",\n")
            .Append(inner).Append("\"prefix\": ").Append(Quoted(anchor.Prefix)).Append(",\n")
            .Append(inner).Append("\"suffix\": ").Append(Quoted(anchor.Suffix)).Append('\n')
            .Append(outer).Append('}')
            .ToString();
    }

    /// <summary>A JSON string as the data files write one: only quotes, backslashes and control characters escaped.</summary>
    private static string Quoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
