using System.IO.Compression;
using System.Security.Cryptography;
using Register.Rendering.Art30;
using Register.Rendering.OpenXml;
using Register.Tests.Rendering.Art30;
using Register.Views.Art30;

namespace Register.Tests.Rendering.OpenXml;

public sealed class OfficeZipTests
{
    [Fact]
    public void Docx_entries_come_in_one_fixed_order_with_one_fixed_timestamp_and_no_guid_named_parts()
    {
        var bytes = Art30WordDocument.Write(Art30Fixture.Record("nl", Art30RecordKind.Controller));

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "word/document.xml", "word/_rels/document.xml.rels",
             "word/footer1.xml", "word/header1.xml", "word/numbering.xml", "word/settings.xml", "word/styles.xml"],
            zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(OfficeZip.Timestamp, e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Xlsx_entries_are_in_ordinal_order_with_one_fixed_timestamp()
    {
        var bytes = Art30Spreadsheet.Write(Art30Fixture.Record("en", Art30RecordKind.Processor));

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Contains("docProps/core.xml", names);
        Assert.DoesNotContain(names, n => n.EndsWith(".psmdcp", StringComparison.Ordinal));
        Assert.All(zip.Entries, e => Assert.Equal(OfficeZip.Timestamp, e.LastWriteTime.DateTime));
    }

    // The deflater is our own, so what goes in must come out whatever the runtime's zlib reads it with: text, repeats
    // longer than a match, runs across the 256 KiB chunk boundary, and random (incompressible) bytes.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(100_000)]
    [InlineData(1_000_000)]
    public void Entries_round_trip_through_the_runtimes_inflater(int length)
    {
        const string Xml = "<w:p><w:r><w:t>abc</w:t></w:r></w:p>";
        var random = new Random(length);
        var content = new byte[length];
        for (var i = 0; i < length; i++)
        {
            // Mostly repetitive XML-like text, with stretches of noise.
            content[i] = (i / 5000 % 3) == 2 ? (byte)random.Next(256) : (byte)Xml[(i * 7 / 3) % Xml.Length];
        }

        using var stream = new MemoryStream();
        using (var zip = new OfficeZip(stream))
        {
            using (var entry = zip.Entry("a.bin"))
            {
                // Odd-sized writes: the output must not depend on how the content is split.
                for (var offset = 0; offset < length; offset += 7777)
                {
                    entry.Write(content, offset, Math.Min(7777, length - offset));
                }
            }

            zip.Entry("b.txt", "second entry");
        }

        using var read = new ZipArchive(new MemoryStream(stream.ToArray()), ZipArchiveMode.Read);
        using var inflated = new MemoryStream();
        using (var entryStream = read.GetEntry("a.bin")!.Open())
        {
            entryStream.CopyTo(inflated);
        }

        Assert.Equal(content, inflated.ToArray());
        using var second = new StreamReader(read.GetEntry("b.txt")!.Open());
        Assert.Equal("second entry", second.ReadToEnd());
        if (length >= 100_000)
        {
            Assert.True(read.GetEntry("a.bin")!.CompressedLength < length * 0.75, $"{read.GetEntry("a.bin")!.CompressedLength} of {length}");
        }
    }

    [Fact]
    public void The_same_content_written_in_different_pieces_gives_the_same_bytes()
    {
        var content = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 40_000).Select(i => $"<row r=\"{i}\"/>")));

        Assert.Equal(SHA256.HashData(Zip(content, 1)), SHA256.HashData(Zip(content, 4096)));
        Assert.Equal(SHA256.HashData(Zip(content, 1)), SHA256.HashData(Zip(content, content.Length)));
    }

    [Fact]
    public void An_entry_deflated_after_another_gives_the_bytes_it_gives_first()
    {
        // Each deflater takes the buffers the last finished one left (window, hash chains): they must start as new ones.
        var small = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 3_000).Select(i => $"<c r=\"{i % 97}\"/>")));
        var large = new byte[700_000];
        new Random(7).NextBytes(large);
        var first = Zip(small, 4096);

        Zip(large, 65536);
        Zip(small.AsSpan(0, small.Length / 3).ToArray(), 100);

        Assert.Equal(first, Zip(small, 4096));
    }

    [Fact]
    public void The_crc_written_is_zips_crc_32_whatever_the_pieces()
    {
        Assert.Equal(0xCBF43926u, LocalHeaderCrc(Zip("123456789"u8.ToArray(), 4)));
        var data = new byte[10_007];
        new Random(3).NextBytes(data);
        var expected = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            // The bitwise definition, one bit at a time.
            expected ^= b;
            for (var k = 0; k < 8; k++)
            {
                expected = (expected & 1) != 0 ? 0xEDB88320 ^ (expected >> 1) : expected >> 1;
            }
        }

        expected = ~expected;
        foreach (var piece in new[] { 1, 3, 7, 8, 9, 64, 4096, data.Length })
        {
            Assert.Equal(expected, LocalHeaderCrc(Zip(data, piece)));
        }
    }

    // The CRC-32 field of the first local file header (offset 14).
    private static uint LocalHeaderCrc(byte[] zip) => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(14));

    // The deflater's matching was made faster (3 December, evening); its bytes must stay those it gave before, which
    // this hash of one input pins: XML-like text with numbers (short and middling matches), runs (258-byte matches),
    // noise, a stretch repeated exactly 32 KiB back and one just beyond, across the 256 KiB chunks.
    [Fact]
    public void The_deflated_bytes_of_a_fixed_input_are_those_of_before()
    {
        var random = new Random(1951);
        var content = new List<byte>();
        while (content.Count < 1_100_000)
        {
            switch (random.Next(6))
            {
                case 0:
                    content.AddRange(new byte[random.Next(1, 2000)].Select(_ => (byte)random.Next(256)));
                    break;
                case 1:
                    content.AddRange(Enumerable.Repeat((byte)random.Next(256), random.Next(1, 1200)));
                    break;
                case 2 when content.Count > 40_000:
                    var back = random.Next(2) == 0 ? 32768 : 32769 + random.Next(3);
                    content.AddRange(content.GetRange(content.Count - back, random.Next(3, 600)));
                    break;
                default:
                    content.AddRange(System.Text.Encoding.UTF8.GetBytes(
                        $"<x:c r=\"{(char)('A' + random.Next(26))}{random.Next(5000)}\" s=\"1\"><x:t>{new string((char)('a' + random.Next(26)), random.Next(1, 9))} é</x:t></x:c>"));
                    break;
            }
        }

        Assert.Equal("B83A9059EFAE3FCCCE5A8729BEF2E6D57FC1EE68EB0C8FB3510C3ECC7DF6217A", Convert.ToHexString(SHA256.HashData(Zip([.. content], 10_000))));
    }

    // A part made from a few values only (the workbook's stylesheet) is serialised once per process and copied after that.
    [Fact]
    public void A_part_copied_from_the_serialised_ones_has_the_bytes_of_one_written_anew()
    {
        var anew = Zip(zip => PackageParts.WriteElement(zip, "word/numbering.xml", Element(3)));

        var first = Zip(zip => PackageParts.WriteElement(zip, "word/numbering.xml", "test:3", () => Element(3)));
        var copied = Zip(zip => PackageParts.WriteElement(zip, "word/numbering.xml", "test:3", () => throw new InvalidOperationException("made again")));
        var otherKey = Zip(zip => PackageParts.WriteElement(zip, "word/numbering.xml", "test:4", () => Element(4)));

        Assert.Equal(anew, first);
        Assert.Equal(anew, copied);
        Assert.NotEqual(anew, otherKey);
    }

    private static DocumentFormat.OpenXml.OpenXmlElement Element(int id) =>
        new DocumentFormat.OpenXml.Wordprocessing.Numbering(new DocumentFormat.OpenXml.Wordprocessing.AbstractNum { AbstractNumberId = id });

    private static byte[] Zip(Action<OfficeZip> write)
    {
        using var stream = new MemoryStream();
        using (var zip = new OfficeZip(stream))
        {
            write(zip);
        }

        return stream.ToArray();
    }

    private static byte[] Zip(byte[] content, int piece)
    {
        using var stream = new MemoryStream();
        using (var zip = new OfficeZip(stream))
        using (var entry = zip.Entry("x.xml"))
        {
            for (var offset = 0; offset < content.Length; offset += piece)
            {
                entry.Write(content, offset, Math.Min(piece, content.Length - offset));
            }
        }

        return stream.ToArray();
    }
}
