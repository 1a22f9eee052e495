using System.Text;
using Register.Rendering;

namespace Register.Tests.Rendering;

/// <summary>The UTF-8 writer every text file goes through: the encoder's bytes, however the text is split into writes.</summary>
public sealed class Utf8TextWriterTests
{
    [Theory]
    [InlineData("plain ASCII\n")]
    [InlineData("ß, é, € and 漢字")]
    [InlineData("a \ud83d\ude00 pair")]
    [InlineData("a lone \ud83d high and a lone \ude00 low surrogate")]
    [InlineData("ends in a lone high surrogate \ud83d")]
    public void Writes_the_bytes_of_the_encoder_however_the_text_is_split(string text)
    {
        var expected = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        for (var split = 0; split <= text.Length; split++)
        {
            using var output = new MemoryStream();
            using (var writer = Utf8.CreateWriter(output))
            {
                writer.Write(text.AsSpan(0, split));
                foreach (var c in text.AsSpan(split))
                {
                    writer.Write(c);
                }
            }

            Assert.Equal(expected, output.ToArray());
        }
    }

    [Fact]
    public void Text_longer_than_its_buffer_is_written_whole_and_the_stream_stays_open()
    {
        var text = string.Concat(Enumerable.Repeat("€ and \ud83d\ude00 ", 20_000));
        using var output = new MemoryStream();
        Utf8.Write(output, text);

        Assert.True(output.CanWrite);
        Assert.Equal(Encoding.UTF8.GetBytes(text), output.ToArray());
    }
}
