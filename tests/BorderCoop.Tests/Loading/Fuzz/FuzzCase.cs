namespace BorderCoop.Tests.Loading.Fuzz;

/// <summary>Which loading entry point a fuzz case goes through, and on top of what.</summary>
internal enum FuzzEntry
{
    /// <summary><see cref="BorderCoopData.Load"/> of a stream.</summary>
    Load,

    /// <summary><see cref="BorderCoopData.LoadFile"/> of a temporary file.</summary>
    LoadFile,

    /// <summary><see cref="BorderCoopData.Extend"/> of <see cref="BorderCoopData.Default"/>.</summary>
    ExtendDefault,

    /// <summary><see cref="BorderCoopData.ExtendFile"/> of <see cref="BorderCoopData.Default"/>.</summary>
    ExtendFileDefault,

    /// <summary><see cref="BorderCoopData.Extend"/> of a small dataset built in the test.</summary>
    ExtendSmall,
}

/// <summary>How the bytes are handed over: whole, without seeking, or a few bytes per read.</summary>
internal enum FuzzStream
{
    Memory,
    NonSeekable,
    Trickle,
}

/// <summary>One input of the fuzzer and how it is loaded; <see cref="Index"/> and the run's seed regenerate it.</summary>
internal sealed record FuzzCase(long Index, string SeedName, byte[] Input, FuzzEntry Entry, FuzzStream Stream, DatasetLoadLimits? Limits, string SourceName, string Mutations)
{
    public bool IsFile => Entry is FuzzEntry.LoadFile or FuzzEntry.ExtendFileDefault;

    public string Describe() =>
        $"input #{Index} from seed '{SeedName}' via {Entry} ({Stream} stream{(Limits is null ? string.Empty : $", limits {Limits}")}); mutations: {Mutations}";
}

/// <summary>What a load did: a dataset, an exception, or no answer in time.</summary>
internal sealed record FuzzOutcome(BorderCoopData? Data, Exception? Error, bool Hung, TimeSpan Elapsed);

/// <summary>One broken rule; findings with the same <see cref="Signature"/> are one distinct failure, seen at one or more <see cref="Where"/>.</summary>
internal sealed record FuzzFinding(string Category, string Signature, string Detail, string? Where = null);

/// <summary>A stream that cannot seek and hands out at most a few bytes per read, as a pipe or a socket may.</summary>
internal sealed class TrickleStream(byte[] bytes, int chunk, bool seekable) : Stream
{
    private int position;

    public override bool CanRead => true;

    public override bool CanSeek => seekable;

    public override bool CanWrite => false;

    public override long Length => seekable ? bytes.Length : throw new NotSupportedException();

    public override long Position
    {
        get => seekable ? position : throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, chunk), bytes.Length - position);
        Array.Copy(bytes, position, buffer, offset, n);
        position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
