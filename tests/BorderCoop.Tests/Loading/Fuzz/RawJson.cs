using System.Globalization;
using System.Text;

namespace BorderCoop.Tests.Loading.Fuzz;

/// <summary>
/// A JSON tree that keeps every scalar and property name as its raw JSON text, so the fuzzer can build documents
/// System.Text.Json would refuse to write: duplicate properties, lone surrogate escapes, numbers out of range.
/// </summary>
internal abstract class RawNode
{
    public abstract RawNode Clone();

    /// <summary>This node and every node below it, depth first, with its parent (null for the root).</summary>
    public IEnumerable<(RawNode Node, RawNode? Parent)> Descendants(RawNode? parent = null)
    {
        yield return (this, parent);
        var children = this switch
        {
            RawObject o => o.Members.Select(m => m.Value),
            RawArray a => a.Items,
            _ => [],
        };
        foreach (var child in children.ToList())
        {
            foreach (var d in child.Descendants(this))
            {
                yield return d;
            }
        }
    }
}

internal sealed class RawObject : RawNode
{
    public List<RawMember> Members { get; } = [];

    public override RawNode Clone()
    {
        var copy = new RawObject();
        copy.Members.AddRange(Members.Select(m => new RawMember(m.Name, m.Value.Clone())));
        return copy;
    }
}

internal sealed class RawMember(string name, RawNode value)
{
    /// <summary>The name as a JSON string literal, quotes included.</summary>
    public string Name { get; set; } = name;

    public RawNode Value { get; set; } = value;
}

internal sealed class RawArray : RawNode
{
    public List<RawNode> Items { get; } = [];

    public override RawNode Clone()
    {
        var copy = new RawArray();
        copy.Items.AddRange(Items.Select(i => i.Clone()));
        return copy;
    }
}

/// <summary>A string, number, true, false or null, as its JSON text.</summary>
internal sealed class RawScalar(string literal) : RawNode
{
    public string Literal { get; set; } = literal;

    public bool IsString => Literal.StartsWith('"');

    public bool IsNull => Literal == "null";

    public override RawNode Clone() => new RawScalar(Literal);
}

/// <summary>Reads and writes <see cref="RawNode"/> trees; string literals are decoded by hand, lone surrogates included.</summary>
internal static class RawJson
{
    /// <summary>The tree of a JSON text (RFC 8259: no comments, no trailing commas), or null when it is not JSON.</summary>
    public static RawNode? Parse(string text)
    {
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        try
        {
            var node = Value(text, ref position, 0);
            SkipSpace(text, ref position);
            return position == text.Length ? node : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The JSON text of a tree, compact or indented.</summary>
    public static string Write(RawNode node, bool indented = true, string newLine = "\n")
    {
        var builder = new StringBuilder();
        Write(builder, node, indented, newLine, 0);
        return builder.ToString();
    }

    /// <summary>A JSON string literal for any .NET string, lone surrogates included, escaping everything outside printable ASCII.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c is >= ' ' and <= '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>The .NET string a JSON string literal stands for (lone surrogates kept as they are), or null when it is not one.</summary>
    public static string? Unquote(string literal)
    {
        if (literal.Length < 2 || literal[0] != '"' || literal[^1] != '"')
        {
            return null;
        }

        var builder = new StringBuilder(literal.Length);
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (++i >= literal.Length - 1)
            {
                return null;
            }

            switch (literal[i])
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when i + 4 < literal.Length - 1 && int.TryParse(literal.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default: return null;
            }
        }

        return builder.ToString();
    }

    private static RawNode Value(string text, ref int position, int depth)
    {
        if (depth > 2_000)
        {
            throw new FormatException("too deep");
        }

        SkipSpace(text, ref position);
        if (position >= text.Length)
        {
            throw new FormatException("end of text");
        }

        switch (text[position])
        {
            case '{':
            {
                position++;
                var obj = new RawObject();
                SkipSpace(text, ref position);
                if (Peek(text, position) == '}')
                {
                    position++;
                    return obj;
                }

                while (true)
                {
                    SkipSpace(text, ref position);
                    var name = StringLiteral(text, ref position);
                    SkipSpace(text, ref position);
                    Expect(text, ref position, ':');
                    obj.Members.Add(new RawMember(name, Value(text, ref position, depth + 1)));
                    SkipSpace(text, ref position);
                    if (Peek(text, position) == ',')
                    {
                        position++;
                        continue;
                    }

                    Expect(text, ref position, '}');
                    return obj;
                }
            }

            case '[':
            {
                position++;
                var array = new RawArray();
                SkipSpace(text, ref position);
                if (Peek(text, position) == ']')
                {
                    position++;
                    return array;
                }

                while (true)
                {
                    array.Items.Add(Value(text, ref position, depth + 1));
                    SkipSpace(text, ref position);
                    if (Peek(text, position) == ',')
                    {
                        position++;
                        continue;
                    }

                    Expect(text, ref position, ']');
                    return array;
                }
            }

            case '"':
                return new RawScalar(StringLiteral(text, ref position));
            default:
                return new RawScalar(Bare(text, ref position));
        }
    }

    private static string StringLiteral(string text, ref int position)
    {
        var start = position;
        Expect(text, ref position, '"');
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == '"')
            {
                return text[start..position];
            }

            if (c < ' ')
            {
                throw new FormatException("control character in a string");
            }

            if (c == '\\')
            {
                var e = Peek(text, position);
                position++;
                if (e == 'u')
                {
                    if (position + 4 > text.Length || !int.TryParse(text.AsSpan(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _))
                    {
                        throw new FormatException("bad \\u escape");
                    }

                    position += 4;
                }
                else if (e is not ('"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't'))
                {
                    throw new FormatException("bad escape");
                }
            }
        }

        throw new FormatException("unterminated string");
    }

    private static string Bare(string text, ref int position)
    {
        foreach (var keyword in (string[])["true", "false", "null"])
        {
            if (string.CompareOrdinal(text, position, keyword, 0, keyword.Length) == 0)
            {
                position += keyword.Length;
                return keyword;
            }
        }

        // number = [ minus ] int [ frac ] [ exp ]
        var start = position;
        if (Peek(text, position) == '-')
        {
            position++;
        }

        if (Peek(text, position) == '0')
        {
            position++;
        }
        else if (Peek(text, position) is >= '1' and <= '9')
        {
            Digits(text, ref position);
        }
        else
        {
            throw new FormatException("not a value");
        }

        if (Peek(text, position) == '.')
        {
            position++;
            if (Digits(text, ref position) == 0)
            {
                throw new FormatException("no fraction digits");
            }
        }

        if (Peek(text, position) is 'e' or 'E')
        {
            position++;
            if (Peek(text, position) is '+' or '-')
            {
                position++;
            }

            if (Digits(text, ref position) == 0)
            {
                throw new FormatException("no exponent digits");
            }
        }

        return text[start..position];
    }

    private static int Digits(string text, ref int position)
    {
        var start = position;
        while (Peek(text, position) is >= '0' and <= '9')
        {
            position++;
        }

        return position - start;
    }

    private static char Peek(string text, int position) => position < text.Length ? text[position] : '\0';

    private static void Expect(string text, ref int position, char c)
    {
        if (Peek(text, position) != c || position >= text.Length)
        {
            throw new FormatException($"expected '{c}'");
        }

        position++;
    }

    private static void SkipSpace(string text, ref int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t' or '\n' or '\r')
        {
            position++;
        }
    }

    private static void Write(StringBuilder builder, RawNode node, bool indented, string newLine, int depth)
    {
        switch (node)
        {
            case RawScalar scalar:
                builder.Append(scalar.Literal);
                break;
            case RawArray array:
                builder.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    Break(builder, indented, newLine, depth + 1);
                    Write(builder, array.Items[i], indented, newLine, depth + 1);
                    builder.Append(i + 1 < array.Items.Count ? "," : string.Empty);
                }

                if (array.Items.Count > 0)
                {
                    Break(builder, indented, newLine, depth);
                }

                builder.Append(']');
                break;
            case RawObject obj:
                builder.Append('{');
                for (var i = 0; i < obj.Members.Count; i++)
                {
                    Break(builder, indented, newLine, depth + 1);
                    builder.Append(obj.Members[i].Name).Append(indented ? ": " : ":");
                    Write(builder, obj.Members[i].Value, indented, newLine, depth + 1);
                    builder.Append(i + 1 < obj.Members.Count ? "," : string.Empty);
                }

                if (obj.Members.Count > 0)
                {
                    Break(builder, indented, newLine, depth);
                }

                builder.Append('}');
                break;
        }

        static void Break(StringBuilder builder, bool indented, string newLine, int depth)
        {
            if (indented)
            {
                builder.Append(newLine).Append(' ', Math.Min(depth, 40) * 2);
            }
        }
    }
}
