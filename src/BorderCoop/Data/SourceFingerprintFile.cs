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
    public static IReadOnlyList<SourceFingerprint> Read(ReadOnlyMemory<byte> bytes)
    {
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadByte() != FormatVersion)
            {
                throw new InvalidDataException($"not a source fingerprint file of format {FormatVersion}");
            }

            var (window, bitsPerWindow, probes) = (reader.ReadByte(), reader.ReadByte(), reader.ReadByte());
            if (window != SourceFingerprint.WindowLength || bitsPerWindow != SourceFingerprint.BitsPerWindow || probes != SourceFingerprint.Probes)
            {
                throw new InvalidDataException(
                    $"made with windows of {window} bytes, {bitsPerWindow} bits per window and {probes} probes; this build uses "
                    + $"{SourceFingerprint.WindowLength}, {SourceFingerprint.BitsPerWindow} and {SourceFingerprint.Probes}");
            }

            var count = reader.ReadInt32();
            var fingerprints = new List<SourceFingerprint>();
            for (var i = 0; i < count; i++)
            {
                var sourceId = ReadText(reader);
                var fileName = ReadText(reader);
                var textLength = reader.ReadInt32();
                var sha256 = ReadExactly(reader, 32);
                var wordCount = reader.ReadInt32();
                if (wordCount <= 0 || wordCount > (stream.Length - stream.Position) / sizeof(ulong))
                {
                    throw new InvalidDataException($"the bit set of {sourceId} has {wordCount} words, more than the file holds");
                }

                var words = new ulong[wordCount];
                for (var w = 0; w < words.Length; w++)
                {
                    words[w] = reader.ReadUInt64();
                }

                fingerprints.Add(new SourceFingerprint(sourceId, fileName, textLength, sha256, words));
            }

            return stream.Position == stream.Length ? fingerprints
                : throw new InvalidDataException($"{stream.Length - stream.Position} bytes follow the last fingerprint");
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException("truncated or malformed: " + e.Message, e);
        }
    }

    private static void WriteText(BinaryWriter writer, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        writer.Write(checked((ushort)utf8.Length));
        writer.Write(utf8);
    }

    private static string ReadText(BinaryReader reader) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(ReadExactly(reader, reader.ReadUInt16()));

    private static byte[] ReadExactly(BinaryReader reader, int count)
    {
        var bytes = reader.ReadBytes(count);
        return bytes.Length == count ? bytes : throw new EndOfStreamException($"expected {count} bytes, found {bytes.Length}");
    }
}
