using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace BorderCoop;

/// <summary>
/// What the library keeps of a curated source's text instead of the text itself: an approximate set of its
/// <see cref="WindowLength"/>-byte windows (every run of that many consecutive UTF-8 bytes, stored in a Bloom filter),
/// with the length and SHA-256 of the text it was made from. It answers whether a quote may be in the text.
/// </summary>
/// <remarks>
/// <para>A quote "may be in the text" when every one of its windows is in the set. The error is one-sided: a quote
/// that is in the text, or whose every window occurs somewhere in it, is always accepted; any other quote is rejected
/// unless every window that does not occur in the text happens to hit set bits, which each such window does with
/// probability <see cref="FalseHitRate"/> (about 2 %). A character changed inside a quote, at least
/// <see cref="WindowLength"/> − 1 bytes from both ends, changes <see cref="WindowLength"/> windows (more for a
/// character of several bytes), so unless those new windows occur elsewhere in the text the change slips through with
/// probability about 2 %<sup>8</sup> (one in 10<sup>13</sup>); a change in the first or last byte changes only one
/// window, so it is caught about 98 times in 100, and one in the second or second-last byte about 9,995 times in
/// 10,000. Doing better at the ends takes a bigger set: a miss rate of ε for one window costs at least log₂(1/ε) bits
/// per window, and this set already spends 8 bits per window, about as many as the text has per byte.</para>
/// <para>A quote shorter than <see cref="WindowLength"/> bytes has no window and cannot be checked: it is accepted.</para>
/// <para>Each window (eight bytes, read as a little-endian 64-bit integer) is mixed by the MurmurHash3 64-bit
/// finalizer; its two 32-bit halves give <see cref="Probes"/> bit positions by double hashing, each mapped onto the
/// bit set by a multiply-shift. The set has <see cref="BitsPerWindow"/> bits per distinct window, rounded up to whole
/// 64-bit words.</para>
/// </remarks>
internal sealed class SourceFingerprint
{
    /// <summary>How many consecutive UTF-8 bytes make a window: eight, one 64-bit integer.</summary>
    public const int WindowLength = sizeof(ulong);

    /// <summary>The bits of the set per distinct window of the text: the size the set is made with.</summary>
    public const int BitsPerWindow = 8;

    /// <summary>How many bits each window sets, and a quote's window must find set (the optimum for 8 bits per window is 5 or 6).</summary>
    public const int Probes = 5;

    /// <summary>
    /// The chance that a window which is not in the text finds all its bits set: (1 − e<sup>−Probes/BitsPerWindow</sup>)<sup>Probes</sup>,
    /// about 0.022: the expected share of set bits, 1 − e<sup>−5/8</sup> ≈ 0.465, to the fifth power.
    /// </summary>
    public static readonly double FalseHitRate = Math.Pow(1 - Math.Exp(-(double)Probes / BitsPerWindow), Probes);

    /// <summary>The length of a SHA-256 in bytes.</summary>
    public const int Sha256Length = 32;

    private readonly ulong[] words;
    private readonly byte[] sha256;

    /// <summary>A fingerprint read back from its stored form.</summary>
    /// <param name="sourceId">The id of the curated source whose text it is.</param>
    /// <param name="fileName">The seed file the text is.</param>
    /// <param name="textLength">The length of the text in bytes.</param>
    /// <param name="sha256">The SHA-256 of the text (32 bytes).</param>
    /// <param name="words">The bit set, 64 bits a word, bit <c>i</c> in word <c>i / 64</c> at bit <c>i % 64</c>; not empty.</param>
    public SourceFingerprint(string sourceId, string fileName, int textLength, byte[] sha256, ulong[] words)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(textLength);
        ArgumentOutOfRangeException.ThrowIfNotEqual(sha256.Length, Sha256Length, nameof(sha256));
        ArgumentOutOfRangeException.ThrowIfZero(words.Length, nameof(words));
        SourceId = sourceId;
        FileName = fileName;
        TextLength = textLength;
        this.sha256 = sha256;
        this.words = words;
    }

    /// <summary>The id of the curated source whose text this is, such as <c>source/arzt-security-collaboration</c>.</summary>
    public string SourceId { get; }

    /// <summary>The seed file the text is, such as <c>002_ae7b42bd985a09c6.txt</c>.</summary>
    public string FileName { get; }

    /// <summary>The length of the text in bytes.</summary>
    public int TextLength { get; }

    /// <summary>The SHA-256 of the text: which text the fingerprint was made from.</summary>
    public ReadOnlySpan<byte> Sha256 => sha256;

    /// <summary>The bit set, 64 bits a word.</summary>
    public ReadOnlySpan<ulong> Words => words;

    /// <summary>How many bits of the set are set (for diagnostics and tests).</summary>
    public int SetBits
    {
        get
        {
            var count = 0;
            foreach (var word in words)
            {
                count += BitOperations.PopCount(word);
            }

            return count;
        }
    }

    /// <summary>Makes the fingerprint of a text.</summary>
    /// <param name="sourceId">The id of the curated source whose text it is.</param>
    /// <param name="fileName">The seed file the text is.</param>
    /// <param name="text">The text's bytes, exactly as in the seed file.</param>
    /// <returns>The fingerprint.</returns>
    public static SourceFingerprint Create(string sourceId, string fileName, ReadOnlySpan<byte> text)
    {
        var windows = new HashSet<ulong>();
        for (var i = 0; i + WindowLength <= text.Length; i++)
        {
            windows.Add(Window(text, i));
        }

        var bitCount = Math.Max(64, ((windows.Count * (long)BitsPerWindow) + 63) / 64 * 64);
        var words = new ulong[bitCount / 64];
        foreach (var window in windows)
        {
            var (h1, h2) = Hash(window);
            for (var probe = 0u; probe < Probes; probe++)
            {
                var bit = BitIndex(h1 + (probe * h2), bitCount);
                words[bit >> 6] |= 1UL << (int)(bit & 63);
            }
        }

        return new SourceFingerprint(sourceId, fileName, text.Length, SHA256.HashData(text), words);
    }

    /// <summary>
    /// Whether <paramref name="quote"/> may be in the text: false only when some window of its UTF-8 bytes is surely
    /// not in the text; true when it cannot tell (a quote shorter than <see cref="WindowLength"/> bytes).
    /// </summary>
    /// <param name="quote">The quote.</param>
    /// <returns>False when the quote is surely not in the text.</returns>
    public bool MayContain(string quote)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(quote.Length);
        var rented = maxBytes > 512 ? ArrayPool<byte>.Shared.Rent(maxBytes) : null;
        try
        {
            var buffer = rented ?? stackalloc byte[512];
            var length = Encoding.UTF8.GetBytes(quote, buffer);
            return MayContain(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="utf8Quote"/> may be in the text: false only when some window of it is surely not in the
    /// text; true when it cannot tell (fewer than <see cref="WindowLength"/> bytes).
    /// </summary>
    /// <param name="utf8Quote">The quote's UTF-8 bytes.</param>
    /// <returns>False when the quote is surely not in the text.</returns>
    /// <remarks>
    /// Compiled fully optimized at once: the first load of the curated data runs this over every quote before tiered
    /// compilation would promote it, and unoptimized it would cost that load several milliseconds.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MayContain(ReadOnlySpan<byte> utf8Quote)
    {
        var bitCount = (long)words.Length * 64;
        for (var i = 0; i + WindowLength <= utf8Quote.Length; i++)
        {
            var (h1, h2) = Hash(Window(utf8Quote, i));
            for (var probe = 0u; probe < Probes; probe++)
            {
                var bit = BitIndex(h1 + (probe * h2), bitCount);
                if ((words[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The source id, file, text length and how full the set is.</summary>
    /// <returns>A one-line form for logs and debuggers.</returns>
    public override string ToString() =>
        $"{SourceId} ({FileName}, {TextLength} bytes): {SetBits} of {words.Length * 64} bits set";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Window(ReadOnlySpan<byte> bytes, int start) => BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(start, WindowLength));

    /// <summary>Two 32-bit hashes of a window: the halves of its MurmurHash3 finalizer mix, the second made odd.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (uint H1, uint H2) Hash(ulong window)
    {
        var x = window;
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return ((uint)x, (uint)(x >> 32) | 1);
    }

    /// <summary>Maps a 32-bit hash onto <c>[0, bitCount)</c> by multiply-shift (no modulo, no power-of-two size needed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long BitIndex(uint hash, long bitCount) => (long)(((ulong)hash * (ulong)bitCount) >> 32);
}
