using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using CsCheck;

namespace BorderCoop.Tests.Checking;

/// <summary>
/// A fingerprint accepts every passage of its text and rejects a changed one: never wrongly for a passage that is in
/// the text, and wrongly for a changed one only with the small chance it documents.
/// </summary>
public sealed class SourceFingerprintTests
{
    private const int K = SourceFingerprint.WindowLength;

    private static readonly Lazy<SeedText[]> Seeds = new(() =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(f => new SeedText(Path.GetFileName(f), File.ReadAllBytes(f)))]);

    /// <summary>Characters an edit puts in: letters, digits, spaces, punctuation and a few of several bytes.</summary>
    private static readonly Rune[] Replacements = [.. "abcdeghimnorstuyAEMSU0123456789 .,;:-'’é“ñ".EnumerateRunes()];

    /// <summary>A seed file's bytes, where its characters start, its fingerprint and the exact set of its windows.</summary>
    private sealed class SeedText
    {
        public SeedText(string fileName, byte[] bytes)
        {
            FileName = fileName;
            Bytes = bytes;
            var starts = new List<int>();
            for (var at = 0; at < bytes.Length;)
            {
                starts.Add(at);
                Rune.DecodeFromUtf8(bytes.AsSpan(at), out _, out var consumed);
                at += consumed;
            }

            starts.Add(bytes.Length);
            CharacterStarts = [.. starts];
            Fingerprint = SourceFingerprint.Create("source/x", fileName, bytes);
            Windows = [.. WindowsOf(bytes)];
        }

        public string FileName { get; }

        public byte[] Bytes { get; }

        /// <summary>The byte offset of each character, then the length: character <c>i</c> is <c>[CharacterStarts[i], CharacterStarts[i + 1])</c>.</summary>
        public int[] CharacterStarts { get; }

        public SourceFingerprint Fingerprint { get; }

        public HashSet<ulong> Windows { get; }

        public int Characters => CharacterStarts.Length - 1;

        public byte[] Passage(int from, int to) => Bytes[CharacterStarts[from]..CharacterStarts[to]];

        /// <summary>How many windows of <paramref name="quote"/> the text does not have (exactly, not by the fingerprint).</summary>
        public int MissingWindows(byte[] quote) => WindowsOf(quote).Count(w => !Windows.Contains(w));

        public override string ToString() => FileName;
    }

    private static IEnumerable<ulong> WindowsOf(byte[] bytes)
    {
        for (var i = 0; i + K <= bytes.Length; i++)
        {
            yield return BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i, K));
        }
    }

    /// <summary>A passage of a seed, on character boundaries, of at least <paramref name="minBytes"/> bytes: (seed, first character, end character).</summary>
    private static Gen<(SeedText Seed, int From, int To)> Passages(int minBytes) =>
        from s in Gen.Int[0, Seeds.Value.Length - 1]
        let seed = Seeds.Value[s]
        from start in Gen.Int[0, seed.Characters - 1]
        from extra in Gen.Int[0, 160]
        let shortest = Array.FindIndex(seed.CharacterStarts, start, c => c - seed.CharacterStarts[start] >= minBytes)
        where shortest >= 0 && shortest + extra <= seed.Characters
        select (seed, start, shortest + extra);

    [Fact]
    public void MayContain_EveryPassageOfTheText_IsAccepted()
    {
        Passages(K).Sample(p => p.Seed.Fingerprint.MayContain(p.Seed.Passage(p.From, p.To)), iter: 5000);
    }

    [Fact]
    public void MayContain_EveryPassageOfTheText_AsAString_IsAccepted()
    {
        Passages(K).Sample(p => p.Seed.Fingerprint.MayContain(Encoding.UTF8.GetString(p.Seed.Passage(p.From, p.To))), iter: 1000);
    }

    [Fact]
    public void MayContain_APassageWithOneCharacterChangedInsertedOrRemoved_AwayFromItsEnds_IsRejected()
    {
        // An edit at least K - 1 bytes from both ends changes K windows or so. When at least K - 1 of the new windows
        // are not in the text (exactly), the fingerprint must see one of them: it misses all with a chance of about
        // FalseHitRate^7, under 1e-11. Edits whose new windows are in the text are rightly accepted, and not judged.
        var decisive = 0;
        var edits =
            from p in Passages(3 * K)
            let interior = Enumerable.Range(p.From, p.To - p.From)
                .Where(c => p.Seed.CharacterStarts[c] - p.Seed.CharacterStarts[p.From] >= K - 1 && p.Seed.CharacterStarts[p.To] - p.Seed.CharacterStarts[c + 1] >= K - 1)
                .ToArray()
            where interior.Length > 0
            from at in Gen.Int[0, interior.Length - 1]
            from kind in Gen.Int[0, 2]
            from replacement in Gen.Int[0, Replacements.Length - 1]
            select (p.Seed, Edited: Edit(p.Seed, p.From, p.To, interior[at], kind, Replacements[replacement]));

        edits.Sample(e =>
        {
            if (e.Seed.MissingWindows(e.Edited) < K - 1)
            {
                return true;
            }

            Interlocked.Increment(ref decisive);
            return !e.Seed.Fingerprint.MayContain(e.Edited);
        }, iter: 5000);

        decisive.Should().BeGreaterThan(2500, "most edits must make windows the text does not have, or the property tests little");
    }

    [Fact]
    public void MayContain_APassageWhoseLastCharacterIsChanged_IsRejectedAlmostAlways()
    {
        // A change of the last byte makes one new window, which finds all its bits set with a chance of FalseHitRate
        // (about 2 %). Counted over a fixed sample, so the result is the same on every run.
        var random = new Random(20260101);
        foreach (var seed in Seeds.Value)
        {
            var (judged, accepted) = (0, 0);
            while (judged < 2000)
            {
                var from = random.Next(seed.Characters - 40);
                var to = from + 10 + random.Next(30);
                var edited = Edit(seed, from, to, to - 1, kind: 0, Replacements[random.Next(Replacements.Length)]);
                if (seed.MissingWindows(edited) == 1)
                {
                    judged++;
                    accepted += seed.Fingerprint.MayContain(edited) ? 1 : 0;
                }
            }

            ((double)accepted / judged).Should().BeLessThan(2 * SourceFingerprint.FalseHitRate, $"in {seed.FileName}, {accepted} of {judged} changed last characters were accepted");
        }
    }

    [Fact]
    public void FalseHitRate_IsAboutTwoPercent_AndEverySeedsSetIsAsFullAsPlanned()
    {
        SourceFingerprint.FalseHitRate.Should().BeApproximately(0.0216, 0.0005);
        foreach (var seed in Seeds.Value)
        {
            // The expected share of set bits is 1 - e^(-Probes/BitsPerWindow); a set of a few thousand bits strays a little.
            var fill = (double)seed.Fingerprint.SetBits / (seed.Fingerprint.Words.Length * 64);
            fill.Should().BeApproximately(1 - Math.Exp(-(double)SourceFingerprint.Probes / SourceFingerprint.BitsPerWindow), 0.01, seed.FileName);
            Math.Pow(fill, SourceFingerprint.Probes).Should().BeLessThan(1.1 * SourceFingerprint.FalseHitRate, seed.FileName);
        }
    }

    [Fact]
    public void MayContain_AQuoteShorterThanAWindow_CannotBeCheckedAndIsAccepted()
    {
        var fingerprint = SourceFingerprint.Create("source/x", "x.txt", "The quick brown fox jumps over the lazy dog."u8);

        fingerprint.MayContain("Zq9 xw!").Should().BeTrue();
        fingerprint.MayContain("").Should().BeTrue();
    }

    [Fact]
    public void MayContain_ATextShorterThanAWindow_HasNoPassageToCheckAgainst()
    {
        var fingerprint = SourceFingerprint.Create("source/x", "x.txt", "short"u8);

        fingerprint.MayContain("short").Should().BeTrue("it is too short to check");
        fingerprint.MayContain("short text").Should().BeFalse();
        fingerprint.Words.Length.Should().Be(1);
    }

    [Fact]
    public void MayContain_AQuoteLongerThanTheStackBuffer_IsReadWhole()
    {
        var seed = Seeds.Value.MaxBy(s => s.Bytes.Length)!;
        var passage = Encoding.UTF8.GetString(seed.Passage(100, 1100));
        var edited = string.Concat(passage.AsSpan(0, 900), "§", passage.AsSpan(901));

        seed.Fingerprint.MayContain(passage).Should().BeTrue();
        seed.Fingerprint.MayContain(edited).Should().BeFalse();
    }

    [Fact]
    public void Create_RecordsTheTextsLengthAndSha256()
    {
        var fingerprint = SourceFingerprint.Create("source/x", "x.txt", "abc"u8);

        fingerprint.TextLength.Should().Be(3);
        Convert.ToHexStringLower(fingerprint.Sha256).Should().Be("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        fingerprint.ToString().Should().Be("source/x (x.txt, 3 bytes): 0 of 64 bits set");
    }

    /// <summary>The passage <c>[from, to)</c> of a seed with its character <paramref name="at"/> replaced (kind 0), preceded by an insertion (1) or removed (2).</summary>
    private static byte[] Edit(SeedText seed, int from, int to, int at, int kind, Rune replacement)
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write(seed.Bytes.AsSpan(seed.CharacterStarts[from]..seed.CharacterStarts[at]));
        Span<byte> rune = stackalloc byte[4];
        if (kind != 2)
        {
            buffer.Write(rune[..replacement.EncodeToUtf8(rune)]);
        }

        var rest = kind == 0 || kind == 2 ? at + 1 : at;
        buffer.Write(seed.Bytes.AsSpan(seed.CharacterStarts[rest]..seed.CharacterStarts[to]));
        return buffer.WrittenSpan.ToArray();
    }
}
