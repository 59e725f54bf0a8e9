using System.Text;

namespace BorderCoop.Tests.Loading.Fuzz;

/// <summary>A starting document for the fuzzer: a valid file (or a known-bad one), and whether it needs the curated data.</summary>
internal sealed record FuzzSeed(string Name, byte[] Bytes, bool ExtendsTheCuratedData, int Weight)
{
    public RawNode? Tree { get; } = RawJson.Parse(Encoding.UTF8.GetString(Bytes));
}

/// <summary>
/// Makes a hostile input from a seed: JSON-aware mutations of its tree (hostile strings and values, renamed, duplicated,
/// removed and swapped properties, nulls, grafts from other seeds), then byte-level ones (bit flips, inserted tokens,
/// deleted and duplicated spans, splices, truncation).
/// </summary>
internal sealed class Mutator
{
    private const int MaxInputBytes = 2 * 1024 * 1024;

    private static readonly string[] InterestingChars =
    [
        "0", "1", "9", "a", "z", "A", "Z", "-", "/", ".", "..", "~", "[", "]", " ", "\t", "\n", "\0", "\u001b", ",", ", ",
        "\u0661", "\u0669", "\uff11", "\uff10", "\u0131", "\u0130", "\u017f", "\u212a", "\u00a0", "\u200b", "\ud800", "\udc00", "_", "+",
    ];

    private readonly IReadOnlyList<FuzzSeed> seeds;
    private readonly string[] names;
    private readonly string[] seedStrings;
    private readonly string[] words;

    public Mutator(IReadOnlyList<FuzzSeed> seeds)
    {
        this.seeds = seeds;
        var trees = seeds.Where(s => s.Tree is not null).Select(s => s.Tree!).ToList();
        names = [.. trees.SelectMany(t => t.Descendants()).Select(d => d.Node).OfType<RawObject>().SelectMany(o => o.Members.Select(m => m.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        seedStrings = [.. trees.SelectMany(t => t.Descendants()).Select(d => d.Node).OfType<RawScalar>().Where(s => s.IsString && s.Literal.Length < 80).Select(s => s.Literal).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        words = [.. seedStrings.Where(w => w.Length < 30 && w.Skip(1).SkipLast(1).All(c => char.IsAsciiLetterLower(c) || c == '-'))];
    }

    /// <summary>A mutant of <paramref name="seed"/>, with a description of the mutations applied.</summary>
    public (byte[] Bytes, string Mutations) Mutate(Random random, FuzzSeed seed)
    {
        var applied = new List<string>();
        byte[] bytes;
        // A third of the inputs differ from a valid seed in one value only, so most of them get past the syntax and reach the checks.
        var single = random.Next(3) == 0;
        var treeSteps = seed.Tree is null || (!single && random.Next(5) == 0) ? 0 : single ? 1 : random.Next(1, 5);
        if (treeSteps > 0)
        {
            var tree = seed.Tree!.Clone();
            for (var i = 0; i < treeSteps; i++)
            {
                tree = MutateTree(random, tree, applied);
            }

            var text = RawJson.Write(tree, indented: random.Next(5) != 0, newLine: random.Next(10) == 0 ? "\r\n" : "\n");
            bytes = Encoding.UTF8.GetBytes(text);
        }
        else
        {
            bytes = seed.Bytes;
        }

        var byteSteps = treeSteps == 0 ? random.Next(1, 5) : !single && random.Next(4) == 0 ? random.Next(1, 3) : 0;
        for (var i = 0; i < byteSteps; i++)
        {
            bytes = MutateBytes(random, bytes, applied);
        }

        return (bytes.Length > MaxInputBytes ? bytes[..MaxInputBytes] : bytes, string.Join("; ", applied));
    }

    private RawNode MutateTree(Random random, RawNode root, List<string> applied)
    {
        var all = root.Descendants().ToList();
        var (node, parent) = all[random.Next(all.Count)];
        var strings = all.Where(d => d.Node is RawScalar { IsString: true }).ToList();
        var objects = all.Where(d => d.Node is RawObject { Members.Count: > 0 }).Select(d => (RawObject)d.Node).ToList();
        var arrays = all.Where(d => d.Node is RawArray { Items.Count: > 0 }).Select(d => (RawArray)d.Node).ToList();

        switch (random.Next(14))
        {
            case 0 or 1 when strings.Count > 0:
            {
                var (target, _) = strings[random.Next(strings.Count)];
                var value = HostileValues.Strings[random.Next(HostileValues.Strings.Length)];
                ((RawScalar)target).Literal = RawJson.Quote(value);
                applied.Add($"string := {Shorten(RawJson.Quote(value))}");
                break;
            }

            case 2 or 3 when strings.Count > 0:
            {
                var target = (RawScalar)strings[random.Next(strings.Count)].Node;
                var before = target.Literal;
                target.Literal = EditString(random, target.Literal);
                applied.Add($"edit {Shorten(before)} -> {Shorten(target.Literal)}");
                break;
            }

            case 4 when parent is not null:
            {
                var value = random.Next(4) switch
                {
                    0 => new RawScalar(RawJson.Quote(HostileValues.Strings[random.Next(HostileValues.Strings.Length)])),
                    1 => RawJson.Parse(HostileValues.Nested(random.Next(1, 300), random.Next(2) == 0))!,
                    _ => RawJson.Parse(HostileValues.Values[random.Next(HostileValues.Values.Length)])!,
                };
                Replace(parent, node, value);
                applied.Add($"value := {Shorten(RawJson.Write(value, indented: false))}");
                break;
            }

            case 5 when objects.Count > 0:
            {
                var obj = objects[random.Next(objects.Count)];
                var member = obj.Members[random.Next(obj.Members.Count)];
                var before = member.Name;
                member.Name = RenamedProperty(random, member.Name);
                applied.Add($"rename {before} -> {Shorten(member.Name)}");
                break;
            }

            case 6 when objects.Count > 0:
            {
                var obj = objects[random.Next(objects.Count)];
                var member = obj.Members[random.Next(obj.Members.Count)];
                var value = random.Next(2) == 0 ? member.Value.Clone() : GraftFromAnySeed(random) ?? member.Value.Clone();
                obj.Members.Insert(random.Next(obj.Members.Count + 1), new RawMember(member.Name, value));
                applied.Add($"duplicate {member.Name}");
                break;
            }

            case 7 when objects.Count > 0:
            {
                var obj = objects[random.Next(objects.Count)];
                var index = random.Next(obj.Members.Count);
                applied.Add($"remove {obj.Members[index].Name}");
                obj.Members.RemoveAt(index);
                break;
            }

            case 8:
            {
                var (other, otherParent) = all[random.Next(all.Count)];
                if (parent is not null && otherParent is not null && !other.Descendants().Any(d => d.Node == node) && !node.Descendants().Any(d => d.Node == other))
                {
                    var placeholder = new RawScalar("null");
                    Replace(parent, node, placeholder);
                    Replace(otherParent, other, node);
                    Replace(parent, placeholder, other);
                    applied.Add("swap two values");
                }

                break;
            }

            case 9 when parent is not null:
                if (random.Next(3) == 0)
                {
                    foreach (var scalar in node.Descendants().Select(d => d.Node).OfType<RawScalar>())
                    {
                        scalar.Literal = "null";
                    }

                    applied.Add("null everywhere in a subtree");
                }
                else
                {
                    Replace(parent, node, new RawScalar("null"));
                    applied.Add("value := null");
                }

                break;
            case 10 when arrays.Count > 0:
            {
                var array = arrays[random.Next(arrays.Count)];
                var index = random.Next(array.Items.Count);
                switch (random.Next(4))
                {
                    case 0:
                        array.Items.Insert(random.Next(array.Items.Count + 1), array.Items[index].Clone());
                        applied.Add("duplicate an array item");
                        break;
                    case 1:
                        array.Items.RemoveAt(index);
                        applied.Add("remove an array item");
                        break;
                    case 2:
                        array.Items.Reverse();
                        applied.Add("reverse an array");
                        break;
                    default:
                        if (GraftFromAnySeed(random) is { } graft)
                        {
                            array.Items.Insert(random.Next(array.Items.Count + 1), graft);
                            applied.Add("insert an item from a seed");
                        }

                        break;
                }

                break;
            }

            case 11 when parent is not null:
                if (GraftFromAnySeed(random) is { } grafted)
                {
                    Replace(parent, node, grafted);
                    applied.Add("replace a value with one from a seed");
                }

                break;
            case 12 when parent is not null:
                var wrapped = random.Next(3) switch
                {
                    0 => (RawNode)new RawArray { Items = { node } },
                    1 => new RawObject { Members = { new RawMember(names[random.Next(names.Length)], node) } },
                    _ => node is RawObject ? new RawObject() : node is RawArray ? new RawArray() : new RawScalar("\"\""),
                };
                Replace(parent, node, wrapped);
                applied.Add("wrap or empty a value");
                break;
            case 13 when objects.Count > 0:
            {
                var obj = objects[random.Next(objects.Count)];
                var name = random.Next(3) == 0 ? RawJson.Quote(HostileValues.Names[random.Next(HostileValues.Names.Length)]) : names[random.Next(names.Length)];
                var value = GraftFromAnySeed(random) ?? new RawScalar(seedStrings[random.Next(seedStrings.Length)]);
                obj.Members.Insert(random.Next(obj.Members.Count + 1), new RawMember(name, value));
                applied.Add($"add {Shorten(name)}");
                break;
            }

            default:
                if (strings.Count > 0)
                {
                    // Another value of the seeds, or two words of the seeds as a list, as flags enums read them.
                    var target = (RawScalar)strings[random.Next(strings.Count)].Node;
                    target.Literal = random.Next(2) == 0
                        ? seedStrings[random.Next(seedStrings.Length)]
                        : RawJson.Quote($"{RawJson.Unquote(words[random.Next(words.Length)])}, {RawJson.Unquote(words[random.Next(words.Length)])}");
                    applied.Add($"string := {Shorten(target.Literal)}");
                }

                break;
        }

        return root;
    }

    private string RenamedProperty(Random random, string name)
    {
        var plain = RawJson.Unquote(name) ?? string.Empty;
        return random.Next(6) switch
        {
            0 => RawJson.Quote(HostileValues.Names[random.Next(HostileValues.Names.Length)]),
            1 when plain.Length > 0 => RawJson.Quote(char.ToUpperInvariant(plain[0]) + plain[1..]),
            2 => RawJson.Quote(random.Next(2) == 0 ? plain + " " : " " + plain),
            3 => RawJson.Quote(plain.ToUpperInvariant()),
            _ => names[random.Next(names.Length)],
        };
    }

    private static string EditString(Random random, string literal)
    {
        var text = RawJson.Unquote(literal) ?? string.Empty;
        var steps = random.Next(1, 4);
        for (var i = 0; i < steps; i++)
        {
            var at = random.Next(text.Length + 1);
            text = random.Next(10) switch
            {
                8 => text.Replace("-", random.Next(2) == 0 ? string.Empty : "_", StringComparison.Ordinal),
                0 => text.Insert(at, InterestingChars[random.Next(InterestingChars.Length)]),
                1 when text.Length > 0 => text.Remove(Math.Min(at, text.Length - 1), 1),
                2 when text.Length > 0 => text.Remove(Math.Min(at, text.Length - 1), 1).Insert(Math.Min(at, text.Length - 1), InterestingChars[random.Next(InterestingChars.Length)]),
                3 => text.ToUpperInvariant(),
                4 when text.Length > 0 => char.ToUpperInvariant(text[0]) + text[1..],
                5 => random.Next(2) == 0 ? " " + text : text + " ",
                6 => text + (random.Next(2) == 0 ? "," : ", ") + (random.Next(2) == 0 ? HostileValues.EnumLike[random.Next(HostileValues.EnumLike.Length)] : text),
                7 => new string([.. text.Select(c => char.IsAsciiDigit(c) && random.Next(3) == 0 ? (char)('0' + random.Next(10)) : c)]),
                _ => string.Concat(text.Select(c => char.IsAsciiDigit(c) && random.Next(4) == 0 ? (random.Next(2) == 0 ? (char)(c - '0' + '\u0660') : (char)(c - '0' + '\uff10')) : c)),
            };
        }

        return RawJson.Quote(text);
    }

    private RawNode? GraftFromAnySeed(Random random)
    {
        var seed = seeds[random.Next(seeds.Count)];
        if (seed.Tree is null)
        {
            return null;
        }

        var nodes = seed.Tree.Descendants().ToList();
        var picked = nodes[random.Next(nodes.Count)].Node;
        return picked.Descendants().Take(2_000).Count() >= 2_000 ? null : picked.Clone();
    }

    private byte[] MutateBytes(Random random, byte[] bytes, List<string> applied)
    {
        var list = new List<byte>(bytes);
        var at = random.Next(list.Count + 1);
        switch (random.Next(8))
        {
            case 0 when list.Count > 0:
            {
                var index = Math.Min(at, list.Count - 1);
                list[index] ^= (byte)(1 << random.Next(8));
                applied.Add($"flip a bit at {index}");
                break;
            }

            case 1 when list.Count > 0:
            {
                var index = Math.Min(at, list.Count - 1);
                list[index] = (byte)random.Next(256);
                applied.Add($"set byte {index}");
                break;
            }

            case 2 or 3:
            {
                var token = random.Next(3) == 0 ? [.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => (byte)random.Next(256))] : HostileValues.Tokens[random.Next(HostileValues.Tokens.Length)];
                list.InsertRange(at, token);
                applied.Add($"insert {Convert.ToHexString(token)} at {at}");
                break;
            }

            case 4 when list.Count > 0:
            {
                var start = Math.Min(at, list.Count - 1);
                var length = Math.Min(list.Count - start, random.Next(2) == 0 ? random.Next(1, 17) : random.Next(1, Math.Max(2, list.Count / 4)));
                list.RemoveRange(start, length);
                applied.Add($"delete {length} bytes at {start}");
                break;
            }

            case 5 when list.Count > 0:
            {
                var start = random.Next(list.Count);
                var length = Math.Min(list.Count - start, random.Next(1, 257));
                list.InsertRange(at, list.GetRange(start, length));
                applied.Add($"duplicate {length} bytes from {start} at {at}");
                break;
            }

            case 6:
            {
                var other = seeds[random.Next(seeds.Count)].Bytes;
                var cut = random.Next(other.Length + 1);
                list.RemoveRange(at, list.Count - at);
                list.AddRange(other.AsSpan(cut).ToArray());
                applied.Add($"splice at {at} with another seed from {cut}");
                break;
            }

            default:
                list.RemoveRange(at, list.Count - at);
                applied.Add($"truncate at {at}");
                break;
        }

        return [.. list];
    }

    private static void Replace(RawNode parent, RawNode node, RawNode replacement)
    {
        switch (parent)
        {
            case RawObject obj:
                foreach (var member in obj.Members.Where(m => ReferenceEquals(m.Value, node)))
                {
                    member.Value = replacement;
                }

                break;
            case RawArray array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (ReferenceEquals(array.Items[i], node))
                    {
                        array.Items[i] = replacement;
                    }
                }

                break;
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
