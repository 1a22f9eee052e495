using Register.Rendering;

namespace Register.Tests.Rendering;

/// <summary>The record's Markdown buffer: its segments go back to the pool on release and the next text reads as written.</summary>
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
}
