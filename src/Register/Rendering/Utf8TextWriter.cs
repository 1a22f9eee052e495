using System.Buffers;
using System.Text;

namespace Register.Rendering;

/// <summary>
/// Encodes text as UTF-8 without a byte order mark into a stream through one pooled 32 KiB buffer, with "\n" as its line
/// end: the bytes of a <see cref="StreamWriter"/> without its buffers, which at the 64 KiB a build wants are large objects
/// (a 128 KiB char array and a 192 KiB byte array per file) that only a full collection frees. A surrogate pair split
/// between two writes is joined; a lone surrogate becomes U+FFFD, as the encoder writes it.
/// </summary>
internal sealed class Utf8TextWriter : TextWriter
{
    private const int BufferBytes = 1 << 15;
    private static readonly UTF8Encoding WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private byte[]? _bytes = ArrayPool<byte>.Shared.Rent(BufferBytes);
    private int _used;

    // A high surrogate that ended the last write: its pair may start the next one.
    private char _high;

    public Utf8TextWriter(Stream output, bool leaveOpen)
    {
        _output = output;
        _leaveOpen = leaveOpen;
        CoreNewLine = ['\n'];
    }

    public override Encoding Encoding => WithoutMark;

    public override void Write(char value)
    {
        if (value < 0x80 && _high == '\0')
        {
            var bytes = Bytes();
            if (_used == bytes.Length)
            {
                WriteBytes();
            }

            bytes[_used++] = (byte)value;
            return;
        }

        Write(new ReadOnlySpan<char>(in value));
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }

        if (_high != '\0')
        {
            var high = _high;
            _high = '\0';
            if (char.IsLowSurrogate(chars[0]))
            {
                Encode([high, chars[0]]);
                chars = chars[1..];
            }
            else
            {
                Encode([high]);
            }
        }

        Encode(chars, final: false);
    }

    public override void Write(StringBuilder? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var chunk in value.GetChunks())
        {
            Write(chunk.Span);
        }
    }

    public override void Flush()
    {
        WriteBytes();
        _output.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _bytes is not null)
        {
            if (_high != '\0')
            {
                Encode([_high]);
                _high = '\0';
            }

            Flush();
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = null;
            if (!_leaveOpen)
            {
                _output.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private byte[] Bytes() => _bytes ?? throw new ObjectDisposedException(nameof(Utf8TextWriter));

    // final: a high surrogate at the end is written as U+FFFD rather than kept for the next write.
    private void Encode(ReadOnlySpan<char> chars, bool final = true)
    {
        var bytes = Bytes();
        while (true)
        {
            var status = System.Text.Unicode.Utf8.FromUtf16(chars, bytes.AsSpan(_used), out var read, out var written, replaceInvalidSequences: true, isFinalBlock: final);
            _used += written;
            chars = chars[read..];
            switch (status)
            {
                case OperationStatus.Done:
                    return;
                case OperationStatus.NeedMoreData:
                    _high = chars[0];
                    return;
                default:
                    WriteBytes();
                    break;
            }
        }
    }

    private void WriteBytes()
    {
        if (_used > 0)
        {
            _output.Write(Bytes(), 0, _used);
            _used = 0;
        }
    }
}
