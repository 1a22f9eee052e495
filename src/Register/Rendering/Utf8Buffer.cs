using System.Buffers;
using System.Text;

namespace Register.Rendering;

/// <summary>
/// Text held as UTF-8 in 1 MiB segments, never as one string or one large array: an Art. 30 record of 10,000 activities
/// is ~40 million characters of Markdown (80 MB as a string, twice that while a StringBuilder turns into one), ~40 MB here.
/// Written once through <see cref="CreateWriter"/> (text) or <see cref="CreateStream"/> (bytes, e.g. a notice page that
/// is hashed and written twice), then read any number of times. The segments come from the shared
/// array pool and go back to it on <see cref="Release"/>: the next record's Markdown is written into the same memory
/// instead of 40 new large objects each time, which only a full collection would free.
/// </summary>
public sealed class Utf8Buffer
{
    private const int SegmentSize = 1 << 20;
    private static readonly UTF8Encoding WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<byte[]> _segments = [];
    private int _usedInLast = SegmentSize;

    /// <summary>The bytes held.</summary>
    public long Length => _segments.Count == 0 ? 0 : ((long)(_segments.Count - 1) * SegmentSize) + _usedInLast;

    /// <summary>A writer that appends to the buffer (UTF-8 without a byte order mark); dispose it to flush.</summary>
    public TextWriter CreateWriter() => new Utf8TextWriter(new AppendStream(this), leaveOpen: false);

    /// <summary>A stream that appends the bytes written to it (a file made elsewhere, kept here until it is copied).</summary>
    public Stream CreateStream() => new AppendStream(this);

    /// <summary>Reads the bytes from the start.</summary>
    public Stream OpenRead() => new ReadStream(this);

    /// <summary>Reads the text from the start (through 16 KiB buffers: at 64 KiB its char buffer would be a large object).</summary>
    public TextReader OpenReader() => new StreamReader(OpenRead(), WithoutMark, detectEncodingFromByteOrderMarks: false, 1 << 14);

    /// <summary>Copies the bytes to <paramref name="output"/>.</summary>
    public void WriteTo(Stream output)
    {
        for (var i = 0; i < _segments.Count; i++)
        {
            output.Write(_segments[i], 0, i == _segments.Count - 1 ? _usedInLast : SegmentSize);
        }
    }

    /// <summary>Gives the segments back to the pool; the buffer is empty after it, and no reader of it may still be in use.</summary>
    public void Release()
    {
        foreach (var segment in _segments)
        {
            ArrayPool<byte>.Shared.Return(segment);
        }

        _segments.Clear();
        _usedInLast = SegmentSize;
    }

    /// <summary>The whole text as one string (for callers that need it in memory: tests, exports).</summary>
    public override string ToString()
    {
        using var reader = OpenReader();
        return reader.ReadToEnd();
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            if (_usedInLast == SegmentSize)
            {
                _segments.Add(ArrayPool<byte>.Shared.Rent(SegmentSize));
                _usedInLast = 0;
            }

            var take = Math.Min(bytes.Length, SegmentSize - _usedInLast);
            bytes[..take].CopyTo(_segments[^1].AsSpan(_usedInLast));
            _usedInLast += take;
            bytes = bytes[take..];
        }
    }

    private int Read(long position, Span<byte> into)
    {
        var read = 0;
        while (into.Length > 0 && position < Length)
        {
            var segment = (int)(position / SegmentSize);
            var offset = (int)(position % SegmentSize);
            var available = (segment == _segments.Count - 1 ? _usedInLast : SegmentSize) - offset;
            var take = Math.Min(available, into.Length);
            _segments[segment].AsSpan(offset, take).CopyTo(into);
            into = into[take..];
            position += take;
            read += take;
        }

        return read;
    }

    private sealed class AppendStream(Utf8Buffer buffer) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => buffer.Length;

        public override long Position { get => buffer.Length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] bytes, int offset, int count) => buffer.Append(bytes.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> bytes) => buffer.Append(bytes);
    }

    private sealed class ReadStream(Utf8Buffer buffer) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => buffer.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] bytes, int offset, int count) => Read(bytes.AsSpan(offset, count));

        public override int Read(Span<byte> into)
        {
            var read = buffer.Read(_position, into);
            _position += read;
            return read;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] bytes, int offset, int count) => throw new NotSupportedException();
    }
}
