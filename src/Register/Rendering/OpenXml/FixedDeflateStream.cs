using System.Buffers.Binary;

namespace Register.Rendering.OpenXml;

/// <summary>
/// A deflate (RFC 1951) encoder of our own, so the bytes of a DOCX or XLSX depend on its input only, never on the
/// runtime's zlib: greedy LZ77 matching over a 32 KiB window with a hash chain of fixed depth (positions inside long
/// matches inserted sparsely), coded with the fixed
/// Huffman tables. Output is a little larger than zlib's (the fixed tables), and the same on every machine and runtime.
/// </summary>
/// <remarks>
/// Input is compressed in chunks of <see cref="ChunkSize"/> bytes counted from the start of the entry, so how the
/// caller splits its writes never changes the output.
/// </remarks>
internal sealed class FixedDeflateStream : Stream
{
    private const int WindowSize = 32768;
    private const int ChunkSize = 1 << 18;
    private const int MinMatch = 3;
    private const int MaxMatch = 258;
    private const int HashBits = 15;
    private const int MaxChain = 16;
    private const int GoodEnough = 64;

    // Inside a match longer than FullInsert, only every SparseStep-th position and the last SparseTail are inserted
    // into the hash chains: XML is mostly long matches, and hashing every byte of them was most of the deflater's time.
    // The chains hold fewer near-duplicate positions, so the same depth reaches further back: at the build of 1,000
    // the DOCX/XLSX are 1.4 % smaller than with every position inserted, and deflate in ~40 % less time.
    private const int FullInsert = 16;
    private const int SparseStep = 8;
    private const int SparseTail = 3;

    private static readonly int[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly int[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly int[] DistanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly int[] DistanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    private static readonly byte[] LengthCode = BuildLengthCodes();
    private static readonly byte[] DistanceCode = BuildDistanceCodes();
    private static readonly (uint Bits, int Length)[] Literal = BuildLiteralCodes();

    // The buffers of the last finished streams (~600 KiB each, mostly on the large object heap), for the next ones: an
    // Office file has a dozen entries and a build hundreds, and allocating them for each entry drove gen2 collections.
    // One slot per document worker (as many as a build uses by default at most), each taken and given back atomically,
    // so streams on several threads never share a set.
    private static readonly Buffers?[] Spares = new Buffers?[Concurrency.Parallelism.MaxWorkers];

    private readonly Stream _output;
    private Buffers _buffers;
    private byte[] _window;
    private int[] _head;
    private int[] _previous;
    private byte[] _pending;
    private int _pendingCount;
    private int _filled;
    private long _windowStart;
    private ulong _bits;
    private int _bitCount;
    private bool _finished;

    public FixedDeflateStream(Stream output)
    {
        _output = output;
        _buffers = TakeSpare()?.Cleared() ?? new Buffers();
        (_window, _head, _previous, _pending) = (_buffers.Window, _buffers.Head, _buffers.Previous, _buffers.Pending);
        Array.Fill(_head, -1);
        // One fixed-Huffman block that is not the last; Finish closes it and adds an empty last block.
        WriteBits(0b010, 3);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_finished;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        while (buffer.Length > 0)
        {
            var room = _window.Length - _filled;
            var take = Math.Min(room, buffer.Length);
            buffer[..take].CopyTo(_window.AsSpan(_filled));
            _filled += take;
            buffer = buffer[take..];
            if (_filled == _window.Length)
            {
                CompressWindow();
            }
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Compresses what is left, closes the deflate stream and flushes it; the underlying stream stays open.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        CompressWindow();
        WriteSymbol(256);
        WriteBits(0b011, 3);
        WriteSymbol(256);
        if (_bitCount % 8 != 0)
        {
            WriteBits(0, 8 - (_bitCount % 8));
        }

        FlushPending();
        _finished = true;
        // Nothing reads the buffers after this; a reused set is cleared first, so it starts as a new one would.
        GiveBack(_buffers);
        _buffers = null!;
        (_window, _head, _previous, _pending) = (null!, null!, null!, null!);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Finish();
        }

        base.Dispose(disposing);
    }

    // Codes every byte of the window after the kept history, then keeps the last 32 KiB as history for the next chunk.
    private void CompressWindow()
    {
        var start = _windowStart == 0 ? 0 : WindowSize;
        var end = _filled;
        var window = _window;
        var i = start;
        while (i < end)
        {
            if (end - i < MinMatch)
            {
                WriteSymbol(window[i]);
                i++;
                continue;
            }

            // The position's hash serves the search and the insertion; the search comes first (a candidate exactly
            // 32 KiB back shares the chain slot the insertion overwrites).
            var hash = Hash(window, i);
            var (length, distance) = LongestMatch(i, end, hash);
            Insert(i, hash);
            if (length >= MinMatch)
            {
                WriteMatch(length, distance);
                var stop = i + length;
                if (length > FullInsert)
                {
                    // Every position before the tail is at least MinMatch bytes before the end.
                    for (var k = i + SparseStep; k < stop - SparseTail; k += SparseStep)
                    {
                        Insert(k, Hash(window, k));
                    }

                    i = stop - SparseTail - 1;
                }

                for (i++; i < stop; i++)
                {
                    if (end - i >= MinMatch)
                    {
                        Insert(i, Hash(window, i));
                    }
                }
            }
            else
            {
                WriteSymbol(window[i]);
                i++;
            }
        }

        if (_filled > WindowSize)
        {
            // Slide: the last 32 KiB become the history at the front of the window.
            var shift = _filled - WindowSize;
            Buffer.BlockCopy(window, shift, window, 0, WindowSize);
            _windowStart += shift;
            _filled = WindowSize;
        }
    }

    private static int Hash(byte[] window, int i) =>
        (int)((uint)((window[i] << 16) | (window[i + 1] << 8) | window[i + 2]) * 2654435761u >> (32 - HashBits));

    // Positions in the hash tables are absolute stream offsets, so sliding the window never rewrites them.
    private void Insert(int i, int hash)
    {
        var absolute = _windowStart + i;
        _previous[(int)(absolute & (WindowSize - 1))] = _head[hash];
        _head[hash] = (int)absolute;
    }

    private (int Length, int Distance) LongestMatch(int i, int end, int hash)
    {
        var absolute = _windowStart + i;
        var candidate = (long)_head[hash];
        var best = 0;
        var bestDistance = 0;
        var limit = Math.Min(MaxMatch, end - i);
        var window = _window;
        for (var chain = 0; chain < MaxChain && candidate >= 0; chain++)
        {
            var distance = absolute - candidate;
            if (distance > WindowSize || distance <= 0 || candidate < _windowStart)
            {
                break;
            }

            var j = (int)(candidate - _windowStart);
            if (window[j + best] == window[i + best])
            {
                // The common prefix, compared a vector at a time.
                var length = window.AsSpan(j, limit).CommonPrefixLength(window.AsSpan(i, limit));

                if (length > best)
                {
                    best = length;
                    bestDistance = (int)distance;
                    if (best >= GoodEnough || best == limit)
                    {
                        break;
                    }
                }
            }

            var next = _previous[(int)(candidate & (WindowSize - 1))];
            if (next >= candidate)
            {
                break;
            }

            candidate = next;
        }

        return (best, bestDistance);
    }

    private void WriteMatch(int length, int distance)
    {
        var code = LengthCode[length];
        WriteSymbol(257 + code);
        if (LengthExtra[code] > 0)
        {
            WriteBits((uint)(length - LengthBase[code]), LengthExtra[code]);
        }

        var distanceCode = DistanceCode[distance];
        WriteBits(Reverse((uint)distanceCode, 5), 5);
        if (DistanceExtra[distanceCode] > 0)
        {
            WriteBits((uint)(distance - DistanceBase[distanceCode]), DistanceExtra[distanceCode]);
        }
    }

    private void WriteSymbol(int symbol)
    {
        var (bits, length) = Literal[symbol];
        WriteBits(bits, length);
    }

    private void WriteBits(uint value, int count)
    {
        _bits |= (ulong)value << _bitCount;
        _bitCount += count;
        if (_bitCount >= 32)
        {
            if (_pendingCount + 4 > _pending.Length)
            {
                _output.Write(_pending, 0, _pendingCount);
                _pendingCount = 0;
            }

            BinaryPrimitives.WriteUInt32LittleEndian(_pending.AsSpan(_pendingCount), (uint)_bits);
            _pendingCount += 4;
            _bits >>= 32;
            _bitCount -= 32;
        }
    }

    private void FlushPending()
    {
        while (_bitCount >= 8)
        {
            if (_pendingCount == _pending.Length)
            {
                _output.Write(_pending, 0, _pendingCount);
                _pendingCount = 0;
            }

            _pending[_pendingCount++] = (byte)_bits;
            _bits >>= 8;
            _bitCount -= 8;
        }

        _output.Write(_pending, 0, _pendingCount);
        _pendingCount = 0;
    }

    private static uint Reverse(uint code, int length)
    {
        var reversed = 0u;
        for (var k = 0; k < length; k++)
        {
            reversed = (reversed << 1) | ((code >> k) & 1);
        }

        return reversed;
    }

    private static Buffers? TakeSpare()
    {
        for (var i = 0; i < Spares.Length; i++)
        {
            if (Interlocked.Exchange(ref Spares[i], null) is { } spare)
            {
                return spare;
            }
        }

        return null;
    }

    private static void GiveBack(Buffers buffers)
    {
        for (var i = 0; i < Spares.Length; i++)
        {
            if (Interlocked.CompareExchange(ref Spares[i], buffers, null) is null)
            {
                return;
            }
        }
    }

    private sealed class Buffers
    {
        public readonly byte[] Window = new byte[WindowSize + ChunkSize];
        public readonly int[] Head = new int[1 << HashBits];
        public readonly int[] Previous = new int[WindowSize];
        public readonly byte[] Pending = new byte[1 << 16];

        public Buffers Cleared()
        {
            Array.Clear(Window);
            Array.Clear(Previous);
            Array.Clear(Pending);
            return this;
        }
    }

    // The fixed literal/length code (RFC 1951 3.2.6), bit-reversed because deflate packs Huffman codes from the top bit.
    private static (uint, int)[] BuildLiteralCodes()
    {
        var codes = new (uint, int)[288];
        for (var s = 0; s < 288; s++)
        {
            var (code, length) = s switch
            {
                < 144 => (0x30 + s, 8),
                < 256 => (0x190 + s - 144, 9),
                < 280 => (s - 256, 7),
                _ => (0xC0 + s - 280, 8),
            };
            codes[s] = (Reverse((uint)code, length), length);
        }

        return codes;
    }

    private static byte[] BuildLengthCodes()
    {
        var codes = new byte[MaxMatch + 1];
        for (var code = 0; code < LengthBase.Length; code++)
        {
            var last = code + 1 < LengthBase.Length ? LengthBase[code + 1] - 1 : MaxMatch;
            for (var length = LengthBase[code]; length <= last; length++)
            {
                codes[length] = (byte)code;
            }
        }

        // 258 has a code of its own (285), not 284 with extra bits.
        codes[MaxMatch] = (byte)(LengthBase.Length - 1);
        return codes;
    }

    private static byte[] BuildDistanceCodes()
    {
        var codes = new byte[WindowSize + 1];
        for (var code = 0; code < DistanceBase.Length; code++)
        {
            var last = code + 1 < DistanceBase.Length ? DistanceBase[code + 1] - 1 : WindowSize;
            for (var distance = DistanceBase[code]; distance <= last; distance++)
            {
                codes[distance] = (byte)code;
            }
        }

        return codes;
    }
}
