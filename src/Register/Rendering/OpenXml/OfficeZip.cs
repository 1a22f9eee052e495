using System.Buffers.Binary;
using System.Text;

namespace Register.Rendering.OpenXml;

/// <summary>
/// Writes the zip container of a DOCX or XLSX straight to a stream, one entry after the other, so no part is held in
/// memory: every entry deflated by <see cref="FixedDeflateStream"/> (not the runtime's zlib), stamped 1980-01-01 00:00,
/// with no operating-system fields. The same entries in the same order always give the same bytes.
/// </summary>
/// <remarks>The stream must be seekable: each entry's size and CRC are written into its header once the entry is done.</remarks>
public sealed class OfficeZip : IDisposable
{
    /// <summary>The timestamp of every entry: the earliest a zip entry can carry (DOS date 1980-01-01, time 00:00).</summary>
    public static DateTime Timestamp { get; } = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private const ushort DosDate = (0 << 9) | (1 << 5) | 1;
    private const ushort Version = 20;
    private const ushort Deflate = 8;

    private readonly Stream _output;
    private readonly long _origin;
    private readonly List<(byte[] Name, uint Crc, long Compressed, long Size, long Offset)> _entries = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private EntryStream? _open;
    private bool _finished;

    public OfficeZip(Stream output)
    {
        if (!output.CanSeek || !output.CanWrite)
        {
            throw new ArgumentException("An Office file is written to a seekable, writable stream.", nameof(output));
        }

        _output = output;
        _origin = output.Position;
    }

    /// <summary>Starts entry <paramref name="name"/>; write its content to the returned stream and dispose it before the next entry.</summary>
    public Stream Entry(string name)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_open is not null)
        {
            throw new InvalidOperationException($"Entry '{_open.Name}' is still open.");
        }

        if (!_names.Add(name))
        {
            throw new InvalidOperationException($"Entry '{name}' is written twice.");
        }

        var offset = _output.Position - _origin;
        var nameBytes = Encoding.UTF8.GetBytes(name);
        Span<byte> header = stackalloc byte[30];
        LocalHeader(header, nameBytes.Length, 0, 0, 0);
        _output.Write(header);
        _output.Write(nameBytes);
        _open = new EntryStream(this, name, nameBytes, offset);
        return _open;
    }

    /// <summary>Writes a whole entry from text, UTF-8 without a byte order mark.</summary>
    public void Entry(string name, string text)
    {
        using var entry = Entry(name);
        entry.Write(new UTF8Encoding(false).GetBytes(text));
    }

    /// <summary>Writes the central directory; the stream stays open.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        if (_open is not null)
        {
            throw new InvalidOperationException($"Entry '{_open.Name}' is still open.");
        }

        var directoryStart = _output.Position - _origin;
        Span<byte> record = stackalloc byte[46];
        foreach (var (name, crc, compressed, size, offset) in _entries)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(record, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(record[4..], Version);
            BinaryPrimitives.WriteUInt16LittleEndian(record[6..], Version);
            BinaryPrimitives.WriteUInt16LittleEndian(record[8..], 0);
            EntryFields(record[10..], name.Length, crc, compressed, size);
            record[30..42].Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(record[42..], Fit(offset));
            _output.Write(record);
            _output.Write(name);
        }

        var directorySize = _output.Position - _origin - directoryStart;
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt32LittleEndian(end[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], Fit(directorySize));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], Fit(directoryStart));
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
        _output.Write(end);
        _finished = true;
    }

    public void Dispose() => Finish();

    private static uint Fit(long value) =>
        value <= uint.MaxValue ? (uint)value : throw new InvalidOperationException("An Office file over 4 GiB is beyond this writer (no zip64).");

    private static void LocalHeader(Span<byte> header, int nameLength, uint crc, long compressed, long size)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 0);
        EntryFields(header[8..], nameLength, crc, compressed, size);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
    }

    /// <summary>The fields the local header and the central directory record share, in the same order: method, time,
    /// date, CRC-32, compressed and uncompressed size, name length (APPNOTE 4.3.7 and 4.3.12).</summary>
    private static void EntryFields(Span<byte> fields, int nameLength, uint crc, long compressed, long size)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(fields, Deflate);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[2..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[4..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[6..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[10..], Fit(compressed));
        BinaryPrimitives.WriteUInt32LittleEndian(fields[14..], Fit(size));
        BinaryPrimitives.WriteUInt16LittleEndian(fields[18..], (ushort)nameLength);
    }

    private void Close(EntryStream entry, uint crc, long size)
    {
        var end = _output.Position;
        var compressed = end - _origin - entry.Offset - 30 - entry.NameBytes.Length;
        Span<byte> header = stackalloc byte[30];
        LocalHeader(header, entry.NameBytes.Length, crc, compressed, size);
        _output.Position = _origin + entry.Offset;
        _output.Write(header);
        _output.Position = end;
        _entries.Add((entry.NameBytes, crc, compressed, size, entry.Offset));
        _open = null;
    }

    /// <summary>What a caller writes one entry's content to: counts and checksums it on its way into the deflater.</summary>
    private sealed class EntryStream(OfficeZip zip, string name, byte[] nameBytes, long offset) : Stream
    {
        private readonly FixedDeflateStream _deflate = new(zip._output);
        // zip's CRC-32 (System.IO.Hashing's, vectorised), over the entry's bytes as written.
        private readonly System.IO.Hashing.Crc32 _crc = new();
        private long _size;
        private bool _closed;

        public string Name => name;

        public byte[] NameBytes => nameBytes;

        public long Offset => offset;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => !_closed;

        public override long Length => _size;

        public override long Position { get => _size; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _crc.Append(buffer);
            _size += buffer.Length;
            _deflate.Write(buffer);
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_closed)
            {
                _closed = true;
                _deflate.Finish();
                zip.Close(this, _crc.GetCurrentHashAsUInt32(), _size);
            }

            base.Dispose(disposing);
        }
    }
}
