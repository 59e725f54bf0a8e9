using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace BorderCoop;

/// <summary>
/// The stored form of the curated sources' fingerprints, <c>Data/source-fingerprints.bin</c>: generated from
/// <c>seeds/</c> and <c>Data/sources.json</c> by the tests, embedded in the assembly, never edited by hand.
/// </summary>
/// <remarks>
/// Little-endian binary: the ASCII magic <c>BCSF</c>, a format version byte (1), the window length, bits per window
/// and probes the fingerprints were made with (one byte each, see <see cref="SourceFingerprint"/>), and a 32-bit count;
/// then for each source its id and seed file name (each a 16-bit byte count and UTF-8), the text's byte length (32 bits),
/// its SHA-256 (32 bytes), the number of 64-bit words of the bit set (32 bits) and the words. Binary rather than
/// JSON so that it is a quarter smaller and no reader of <c>Data/*.json</c> takes it for a record family.
/// </remarks>
internal static class SourceFingerprintFile
{
    /// <summary>The file's name in <c>src/BorderCoop/Data/</c>, and of the embedded resource after its prefix.</summary>
    public const string FileName = "source-fingerprints.bin";

    private const byte FormatVersion = 1;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> Magic => "BCSF"u8;

    /// <summary>The file's bytes for the given fingerprints, in the order given.</summary>
    /// <param name="fingerprints">The fingerprints, made with this build's parameters.</param>
    /// <returns>The bytes; the same fingerprints always give the same bytes.</returns>
    public static byte[] Write(IEnumerable<SourceFingerprint> fingerprints)
    {
        var list = fingerprints.ToList();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write((byte)SourceFingerprint.WindowLength);
            writer.Write((byte)SourceFingerprint.BitsPerWindow);
            writer.Write((byte)SourceFingerprint.Probes);
            writer.Write(list.Count);
            foreach (var fingerprint in list)
            {
                WriteText(writer, fingerprint.SourceId);
                WriteText(writer, fingerprint.FileName);
                writer.Write(fingerprint.TextLength);
                writer.Write(fingerprint.Sha256);
                writer.Write(fingerprint.Words.Length);
                foreach (var word in fingerprint.Words)
                {
                    writer.Write(word);
                }
            }
        }

        return stream.ToArray();
    }

    /// <summary>Reads the fingerprints back.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The fingerprints, in the order written.</returns>
    /// <exception cref="InvalidDataException">The bytes are not such a file, are truncated or have bytes left over, or were made with other parameters than this build uses.</exception>
    public static IReadOnlyList<SourceFingerprint> Read(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        if (!Take(bytes, ref at, Magic.Length).SequenceEqual(Magic) || Take(bytes, ref at, 1)[0] != FormatVersion)
        {
            throw new InvalidDataException($"not a source fingerprint file of format {FormatVersion}");
        }

        var parameters = Take(bytes, ref at, 3);
        if (parameters[0] != SourceFingerprint.WindowLength || parameters[1] != SourceFingerprint.BitsPerWindow || parameters[2] != SourceFingerprint.Probes)
        {
            throw new InvalidDataException(
                $"made with windows of {parameters[0]} bytes, {parameters[1]} bits per window and {parameters[2]} probes; this build uses "
                + $"{SourceFingerprint.WindowLength}, {SourceFingerprint.BitsPerWindow} and {SourceFingerprint.Probes}");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(Take(bytes, ref at, sizeof(int)));
        var fingerprints = new List<SourceFingerprint>();
        for (var i = 0; i < count; i++)
        {
            var sourceId = TakeText(bytes, ref at);
            var fileName = TakeText(bytes, ref at);
            var textLength = BinaryPrimitives.ReadInt32LittleEndian(Take(bytes, ref at, sizeof(int)));
            var sha256 = Take(bytes, ref at, SourceFingerprint.Sha256Length).ToArray();
            var wordCount = BinaryPrimitives.ReadInt32LittleEndian(Take(bytes, ref at, sizeof(int)));
            if (wordCount <= 0 || wordCount > (bytes.Length - at) / sizeof(ulong))
            {
                throw new InvalidDataException($"the bit set of {sourceId} has {wordCount} words, not a number the file holds");
            }

            var words = MemoryMarshal.Cast<byte, ulong>(Take(bytes, ref at, wordCount * sizeof(ulong))).ToArray();
            if (!BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(words, words);
            }

            fingerprints.Add(new SourceFingerprint(sourceId, fileName, textLength, sha256, words));
        }

        return at == bytes.Length ? fingerprints : throw new InvalidDataException($"{bytes.Length - at} bytes follow the last fingerprint");
    }

    private static void WriteText(BinaryWriter writer, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        writer.Write(checked((ushort)utf8.Length));
        writer.Write(utf8);
    }

    /// <summary>The next <paramref name="count"/> bytes, moving past them.</summary>
    /// <exception cref="InvalidDataException">Fewer bytes are left.</exception>
    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> bytes, ref int at, int count)
    {
        if (count > bytes.Length - at)
        {
            throw new InvalidDataException($"truncated: {count} bytes expected at offset {at}, {bytes.Length - at} left");
        }

        at += count;
        return bytes.Slice(at - count, count);
    }

    private static string TakeText(ReadOnlySpan<byte> bytes, ref int at)
    {
        var length = BinaryPrimitives.ReadUInt16LittleEndian(Take(bytes, ref at, sizeof(ushort)));
        try
        {
            return StrictUtf8.GetString(Take(bytes, ref at, length));
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException("a name is not UTF-8: " + e.Message, e);
        }
    }
}
