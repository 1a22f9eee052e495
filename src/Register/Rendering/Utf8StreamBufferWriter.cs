using System.Buffers;

namespace Register.Rendering;

/// <summary>
/// Hands a <see cref="System.Text.Json.Utf8JsonWriter"/> one pooled buffer and writes what it fills onto a stream at once:
/// given the stream itself, the JSON writer keeps everything written between two flushes in a buffer that doubles as it
/// grows, and a notice's sections at 1,000 activities are one value of several MB (its buffers large objects each time).
/// </summary>
internal sealed class Utf8StreamBufferWriter(Stream output) : IBufferWriter<byte>, IDisposable
{
    private const int BufferBytes = 1 << 15;

    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);

    public void Advance(int count)
    {
        if (count > 0)
        {
            output.Write(Buffer(), 0, count);
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (sizeHint > Buffer().Length)
        {
            ArrayPool<byte>.Shared.Return(Buffer());
            _buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
        }

        return Buffer();
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }

    private byte[] Buffer() => _buffer ?? throw new ObjectDisposedException(nameof(Utf8StreamBufferWriter));
}
