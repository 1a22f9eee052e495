using Register.Rendering;

namespace Register.Tests.Rendering;

/// <summary>The pooled UTF-8 buffer (a record's Markdown, a notice page): its segments go back to the pool on release, the next text reads as written, bytes are copied and hashed as written.</summary>
public sealed class Utf8BufferTests
{
    [Fact]
    public void A_released_buffer_is_empty_and_a_new_one_in_the_same_memory_reads_its_own_text()
    {
        var first = new Utf8Buffer();
        using (var writer = first.CreateWriter())
        {
            writer.Write(new string('a', 3 << 20));
        }

        Assert.Equal(3L << 20, first.Length);
        first.Release();
        Assert.Equal(0, first.Length);

        var second = new Utf8Buffer();
        using (var writer = second.CreateWriter())
        {
            writer.Write("ß and more\n");
        }

        Assert.Equal("ß and more\n", second.ToString());
        using var copy = new MemoryStream();
        second.WriteTo(copy);
        Assert.Equal("ß and more\n"u8.ToArray(), copy.ToArray());
    }

    [Fact]
    public void Bytes_written_through_its_stream_are_kept_copied_and_hashed_as_written_across_segments()
    {
        // More than two 1 MiB segments, written in pieces that cross their ends.
        var bytes = new byte[(2 << 20) + 12_345];
        new Random(7).NextBytes(bytes);
        var buffer = new Utf8Buffer();
        using (var stream = buffer.CreateStream())
        {
            for (var offset = 0; offset < bytes.Length; offset += 100_003)
            {
                stream.Write(bytes, offset, Math.Min(100_003, bytes.Length - offset));
            }
        }

        using var copy = new MemoryStream();
        buffer.WriteTo(copy);

        Assert.Equal(bytes.Length, buffer.Length);
        Assert.True(bytes.AsSpan().SequenceEqual(copy.ToArray()));
        Assert.Equal(Register.Output.OutputManifest.Hash(bytes), Register.Output.OutputManifest.Hash(buffer.OpenRead()));
        buffer.Release();
    }
}
