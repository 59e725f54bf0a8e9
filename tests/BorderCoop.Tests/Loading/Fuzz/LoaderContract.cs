using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BorderCoop.Tests.Loading.Fuzz;

/// <summary>
/// The rules every load must keep, checked on one outcome: only <see cref="DatasetValidationException"/>, never a hang;
/// every problem located (the input's name, a line in the input, a JSON path that exists, the record's id); no raw
/// control character in what a terminal would print; and what is accepted is what is stored.
/// </summary>
internal static partial class LoaderContract
{
    public const string Crash = "crash";
    public const string Hang = "hang";
    public const string Location = "location";
    public const string RawText = "raw-control-character";
    public const string Fidelity = "fidelity";

    /// <summary>Every rule <paramref name="outcome"/> breaks.</summary>
    public static List<FuzzFinding> Check(FuzzCase fuzzCase, FuzzOutcome outcome)
    {
        var findings = new List<FuzzFinding>();
        if (outcome.Hung)
        {
            findings.Add(new(Hang, "hang", $"no answer after {outcome.Elapsed.TotalSeconds:F0} s"));
        }
        else if (outcome.Error is DatasetValidationException invalid)
        {
            CheckProblems(fuzzCase, invalid, findings);
        }
        else if (outcome.Error is { } error)
        {
            findings.Add(new(Crash, $"{error.GetType().FullName}: {Normalize(error.Message)} at {TopFrame(error)}", Trim(error.ToString(), 14)));
        }
        else if (fuzzCase.Entry is FuzzEntry.Load or FuzzEntry.LoadFile && outcome.Data is { } data)
        {
            CheckFidelity(fuzzCase, data, findings);
        }

        return findings;
    }

    private static void CheckProblems(FuzzCase fuzzCase, DatasetValidationException invalid, List<FuzzFinding> findings)
    {
        var problems = invalid.Problems;
        var lineCount = fuzzCase.Input.Count(b => b == (byte)'\n') + 1;
        var text = DecodeStrict(fuzzCase.Input);
        var tree = text is null ? null : RawJson.Parse(text);
        var parsedWithinLimits = tree is not null && fuzzCase.Input.Length <= (fuzzCase.Limits ?? DatasetLoadLimits.Default).MaxBytes
            && Depth(tree) <= (fuzzCase.Limits ?? DatasetLoadLimits.Default).MaxDepth;

        // The exception's message: problem lines joined by '\n', nothing else raw.
        var expectedBreaks = Math.Min(problems.Count, 20) + (problems.Count > 20 ? 1 : 0);
        var breaks = invalid.Message.Count(c => c == '\n');
        var rawAt = RawAt(invalid.Message, allowLineBreaks: true);
        if (rawAt >= 0 || breaks != expectedBreaks)
        {
            var what = rawAt >= 0 ? $"a raw control character (U+{(int)invalid.Message[rawAt]:X4} here)" : "more line breaks than problem lines";
            findings.Add(new(RawText, $"exception message holds {(rawAt >= 0 ? "a raw control character" : "more line breaks than problem lines")}",
                $"{what}; {breaks} line breaks for {problems.Count} problem(s); message: {Escape(Trim(invalid.Message, 6))}"));
        }

        foreach (var problem in problems)
        {
            var shown = Escape(problem.ToString());
            var kind = Normalize(Escape(problem.Message));
            foreach (var (part, value) in (ReadOnlySpan<(string, string?)>)[("Message", problem.Message), ("Location", problem.Location), ("JsonPath", problem.JsonPath), ("RecordId", problem.RecordId)])
            {
                if (value is not null && RawAt(value, allowLineBreaks: false) is var at and >= 0)
                {
                    findings.Add(new(RawText, $"problem {part} holds a raw control character", $"raw U+{(int)value[at]:X4} in: {shown}", Shorten(kind)));
                }
            }

            if (problem.File != fuzzCase.SourceName)
            {
                findings.Add(new(Location, "problem not in the input's file", $"File = {Escape(problem.File ?? "(null)")}; {shown}", Shorten(kind)));
            }

            if (problem.Line is { } line && line > lineCount)
            {
                findings.Add(new(Location, "problem line past the end of the input", $"line {line} of {lineCount}; {shown}", Shorten(kind)));
            }

            if (problem.Line is null && problem.JsonPath is not null)
            {
                findings.Add(new(Location, "problem with a path but no line", shown, Shorten(kind)));
            }

            if (parsedWithinLimits && (problem.Line is null || problem.JsonPath is null))
            {
                findings.Add(new(Location, "problem in a well-formed JSON input without line and path", shown, Shorten(kind)));
            }

            if (problem.JsonPath is { } path && tree is not null && !PathExists(tree, path))
            {
                findings.Add(new(Location, "problem path not in the input", shown, Shorten(kind)));
            }

            if (problem.JsonPath is { } recordPath && tree is not null && RecordIdAt(tree, recordPath) is { } id && problem.RecordId != id)
            {
                findings.Add(new(Location, "problem does not name the record's id", $"the record's id is {Escape(id)}; {shown}", Shorten(kind)));
            }
        }
    }

    /// <summary>
    /// A loaded document is stored as written: every value of the input is in the export of the dataset at the same
    /// path (numbers compared by value; a null or an empty list may be left out), and the export loads back.
    /// </summary>
    private static void CheckFidelity(FuzzCase fuzzCase, BorderCoopData data, List<FuzzFinding> findings)
    {
        using var export = new MemoryStream();
        data.WriteJson(export);
        var exportTree = RawJson.Parse(Encoding.UTF8.GetString(export.ToArray()));
        var inputText = DecodeStrict(fuzzCase.Input);
        var inputTree = inputText is null ? null : RawJson.Parse(inputText);
        if (inputTree is null || exportTree is null)
        {
            findings.Add(new(Fidelity, "accepted an input that is not strict UTF-8 JSON", $"input: {Escape(Trim(Encoding.UTF8.GetString(fuzzCase.Input), 3))}"));
            return;
        }

        var differences = new List<(string Path, string Kind, string Detail)>();
        Compare(inputTree, exportTree, "$", differences);
        foreach (var (path, kind, detail) in differences.DistinctBy(d => d.Kind))
        {
            findings.Add(new(Fidelity, $"stored value differs from the input: {kind}", $"{path}: {detail}", IndexFree().Replace(path, "[]")));
        }

        try
        {
            export.Position = 0;
            BorderCoopData.Load(export, "export.json");
        }
        catch (Exception e)
        {
            findings.Add(new(Fidelity, $"the export of an accepted input does not load: {e.GetType().Name}: {Normalize(e.Message)}", Escape(Trim(e.Message, 4))));
        }
    }

    private static void Compare(RawNode input, RawNode? stored, string path, List<(string, string, string)> differences)
    {
        switch (input)
        {
            case RawObject obj:
                if (stored is not RawObject storedObject)
                {
                    differences.Add((path, "an object became something else", $"an object became {Describe(stored)}"));
                    return;
                }

                foreach (var member in obj.Members)
                {
                    var name = RawJson.Unquote(member.Name) ?? member.Name;
                    var match = storedObject.Members.FirstOrDefault(m => RawJson.Unquote(m.Name) == name)?.Value;
                    if (match is null && IsEmpty(member.Value))
                    {
                        continue;
                    }

                    Compare(member.Value, match, path + "." + name, differences);
                }

                break;
            case RawArray array:
                if (array.Items.Count == 0 && (stored is null || IsEmpty(stored)))
                {
                    return;
                }

                if (stored is not RawArray storedArray || storedArray.Items.Count != array.Items.Count)
                {
                    differences.Add((path, "an array became something else", $"an array of {array.Items.Count} became {Describe(stored)}"));
                    return;
                }

                for (var i = 0; i < array.Items.Count; i++)
                {
                    Compare(array.Items[i], storedArray.Items[i], $"{path}[{i}]", differences);
                }

                break;
            case RawScalar { IsNull: true }:
                if (stored is not null && !IsEmpty(stored))
                {
                    differences.Add((path, "null became a value", $"null became {Describe(stored)}"));
                }

                break;
            case RawScalar scalar:
                if (stored is not RawScalar storedScalar || !SameScalar(scalar.Literal, storedScalar.Literal))
                {
                    differences.Add((path, Difference(scalar.Literal, (stored as RawScalar)?.Literal), $"{Escape(Trim(scalar.Literal, 1))} became {Describe(stored)}"));
                }

                break;
        }
    }

    /// <summary>What kind of change turned one scalar into another: the kind is what tells one fault from another.</summary>
    private static string Difference(string input, string? stored)
    {
        if (stored is null)
        {
            return "a value was dropped or became a container";
        }

        if (RawJson.Unquote(input) is not { } a || RawJson.Unquote(stored) is not { } b)
        {
            return input.StartsWith('"') != stored.StartsWith('"') ? "a string became a number or the reverse" : "a number or literal changed";
        }

        return a.Contains(',', StringComparison.Ordinal) ? "a list of values (as flags) was read as one value"
            : a.Trim() != a && string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase) ? "surrounding spaces were dropped"
            : string.Equals(a, b, StringComparison.OrdinalIgnoreCase) ? "another case of a value was accepted and normalized"
            : string.Equals(a.Replace("-", string.Empty, StringComparison.Ordinal), b.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase) ? "a spelling without hyphens was accepted and normalized"
            : "a string changed";
    }

    private static bool SameScalar(string input, string stored)
    {
        if (input.StartsWith('"') || stored.StartsWith('"'))
        {
            return RawJson.Unquote(input) is { } a && RawJson.Unquote(stored) is { } b && string.Equals(a, b, StringComparison.Ordinal);
        }

        if (decimal.TryParse(input, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && decimal.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
        {
            return x == y;
        }

        return double.TryParse(input, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var q)
            ? p.Equals(q) : input == stored;
    }

    private static bool IsEmpty(RawNode node) => node is RawScalar { IsNull: true } or RawArray { Items.Count: 0 };

    private static string Describe(RawNode? node) => node is null ? "nothing" : Escape(Trim(RawJson.Write(node, indented: false), 1));

    /// <summary>Whether every step of <paramref name="path"/> but the last is in the tree (the last may be a missing property).</summary>
    private static bool PathExists(RawNode root, string path)
    {
        if (ParsePath(path) is not { } steps)
        {
            return false;
        }

        var nodes = new List<RawNode> { root };
        for (var i = 0; i < steps.Count; i++)
        {
            var next = new List<RawNode>();
            foreach (var node in nodes)
            {
                if (steps[i] is string name && node is RawObject obj)
                {
                    next.AddRange(obj.Members.Where(m => RawJson.Unquote(m.Name) == name).Select(m => m.Value));
                }
                else if (steps[i] is int index && node is RawArray array && index < array.Items.Count)
                {
                    next.Add(array.Items[index]);
                }
            }

            if (next.Count == 0)
            {
                return i == steps.Count - 1 && steps[i] is string && nodes.Any(n => n is RawObject);
            }

            nodes = next;
        }

        return true;
    }

    /// <summary>The id of the record a path is in, when the input states one unambiguously and readably.</summary>
    private static string? RecordIdAt(RawNode root, string path)
    {
        var steps = ParsePath(path);
        if (steps is not [string family, int index, _, ..] || root is not RawObject document)
        {
            return null;
        }

        var families = document.Members.Where(m => RawJson.Unquote(m.Name) == family).ToList();
        if (families is not [{ Value: RawArray records }] || index >= records.Items.Count || records.Items[index] is not RawObject record)
        {
            return null;
        }

        var ids = record.Members.Where(m => RawJson.Unquote(m.Name) == "id").ToList();
        return ids is [{ Value: RawScalar { IsString: true } literal }] && RawJson.Unquote(literal.Literal) is { } id && RecordId.IsWellFormed(id) ? id : null;
    }

    /// <summary>The steps of a path such as <c>$.a[0]['b c']</c>: names and indexes; null when it is not in that form.</summary>
    private static List<object>? ParsePath(string path)
    {
        if (!path.StartsWith('$'))
        {
            return null;
        }

        var steps = new List<object>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var start = ++i;
                while (i < path.Length && path[i] is not ('.' or '['))
                {
                    i++;
                }

                steps.Add(path[start..i]);
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var name = new StringBuilder();
                i += 2;
                while (i < path.Length && !path.AsSpan(i).StartsWith("']"))
                {
                    if (path[i] == '\\' && i + 1 < path.Length)
                    {
                        i++;
                    }

                    name.Append(path[i++]);
                }

                steps.Add(name.ToString());
                i += 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return null;
                }

                steps.Add(index);
                i = end + 1;
            }
            else
            {
                return null;
            }
        }

        return steps;
    }

    private static int Depth(RawNode node) => node switch
    {
        RawObject o => 1 + o.Members.Select(m => Depth(m.Value)).DefaultIfEmpty(0).Max(),
        RawArray a => 1 + a.Items.Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    /// <summary>The text of UTF-8 bytes (a BOM allowed), or null when they are not valid UTF-8.</summary>
    public static string? DecodeStrict(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Where the first control character (or line or paragraph separator) is, or -1: none may reach a terminal raw.</summary>
    public static int RawAt(string text, bool allowLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if ((char.IsControl(text[i]) || text[i] is '\u2028' or '\u2029') && !(allowLineBreaks && text[i] == '\n'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A message with its quoted parts, numbers and file positions blanked, so one rule's messages group together.</summary>
    public static string Normalize(string message)
    {
        var line = message.Split('\n')[0];
        line = Quoted().Replace(line, "'…'");
        line = Numbers().Replace(line, "#");
        return line.Length > 160 ? line[..160] + "…" : line;
    }

    /// <summary>The text with control characters and non-ASCII shown as escapes.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c is >= ' ' and <= '~' ? builder.Append(c) : builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..67] + "...";

    public static string Trim(string text, int lines)
    {
        var parts = text.Split('\n');
        var kept = string.Join('\n', parts.Take(lines));
        return (kept.Length > 600 ? kept[..600] + "…" : kept) + (parts.Length > lines ? "\n…" : string.Empty);
    }

    private static string TopFrame(Exception error)
    {
        var frames = (error.StackTrace ?? string.Empty).Split('\n').Select(f => f.Trim()).Where(f => f.StartsWith("at ", StringComparison.Ordinal)).ToList();
        var ours = frames.FirstOrDefault(f => f.StartsWith("at BorderCoop.", StringComparison.Ordinal) && !f.StartsWith("at BorderCoop.Tests", StringComparison.Ordinal));
        if ((ours ?? frames.FirstOrDefault()) is not { } frame)
        {
            return "(no stack)";
        }

        var paren = frame.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 ? frame[3..paren] : frame[3..];
    }

    [GeneratedRegex(@"'[^']*'|""[^""]*""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"0x[0-9A-Fa-f]+|\d+")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex IndexFree();
}
