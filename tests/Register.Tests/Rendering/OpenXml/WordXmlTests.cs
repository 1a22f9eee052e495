using System.Globalization;
using System.Text;
using System.Xml;
using Register.Rendering.OpenXml;

namespace Register.Tests.Rendering.OpenXml;

/// <summary>
/// WordXml writes its bytes itself since 3 December, evening; these tests hold it to the bytes the XmlWriter it used
/// before writes (<see cref="XmlWriterWordXml"/>, kept here), for random sequences of elements, attributes and texts
/// with markup characters, quotes, tabs, every kind of line break, accents, surrogate pairs and empty values; and both
/// refuse a character XML forbids. <see cref="WordXml.SafeText"/> writes what cleaning first would.
/// </summary>
public sealed class WordXmlTests
{
    private static readonly string[] Names = ["p", "pPr", "r", "rPr", "t", "tbl", "tc", "hyperlink", "bookmarkStart", "instrText"];

    [Fact]
    public void The_bytes_are_those_of_the_xml_writer_for_random_parts()
    {
        var random = new Random(1997);
        for (var round = 0; round < 3_000; round++)
        {
            var seed = random.Next();
            var expected = Write(seed, stream => new XmlWriterWordXml(stream));
            var actual = Write(seed, stream => new OwnPart(new WordXml(stream)));

            Assert.Equal(expected.Error, actual.Error);
            if (expected.Error is null)
            {
                Assert.Equal(Encoding.UTF8.GetString(expected.Bytes), Encoding.UTF8.GetString(actual.Bytes));
                Assert.Equal(expected.Bytes, actual.Bytes);
            }
        }
    }

    [Fact]
    public void Safe_text_is_the_text_of_the_cleaned_string_in_one_pass()
    {
        var random = new Random(2026);
        string[] forbidden = ["\u0001", "\u001F", "\uD800", "\uDC00", "\uFFFE", "\uFFFF", "\u000B"];
        for (var round = 0; round < 2_000; round++)
        {
            var text = new StringBuilder(RandomText(random));
            for (var n = random.Next(0, 4); n > 0; n--)
            {
                text.Insert(random.Next(text.Length + 1), forbidden[random.Next(forbidden.Length)]);
            }

            var value = text.ToString();
            Assert.Equal(Part(xml => xml.Text("t", XmlSafeText.Clean(value))), Part(xml => xml.SafeText(value)));
        }

        static byte[] Part(Action<WordXml> content)
        {
            using var stream = new MemoryStream();
            var xml = new WordXml(stream);
            xml.Start("document");
            content(xml);
            xml.Close();
            return stream.ToArray();
        }
    }

    // Runs one random part (from the seed) on a writer; the bytes, or the kind of error when the text is refused.
    private static (byte[] Bytes, string? Error) Write(int seed, Func<Stream, IPart> create)
    {
        var random = new Random(seed);
        using var stream = new MemoryStream();
        using var part = create(stream);

        try
        {
            var declared = random.Next(3) > 0;
            part.Start(random.Next(2) == 0 ? "document" : "hdr");
            if (declared)
            {
                part.DeclarePrefixes();
            }

            var depth = 1;
            var inStart = true;
            // The attributes of the start tag being written: a name is given once (the XmlWriter refuses a repeat).
            var attributes = new HashSet<string>(StringComparer.Ordinal);
            for (var step = random.Next(0, 60); step > 0; step--)
            {
                switch (random.Next(9))
                {
                    case 0 or 1:
                        part.Start(Names[random.Next(Names.Length)]);
                        (depth, inStart) = (depth + 1, true);
                        attributes.Clear();
                        break;
                    case 2 when inStart && attributes.Add(Names[step % Names.Length]):
                        part.Attribute(Names[step % Names.Length], RandomText(random));
                        break;
                    case 3 when inStart && attributes.Add("w"):
                        part.Attribute("w", random.Next(-5, 100_000));
                        break;
                    case 4 when inStart && declared && attributes.Add("r:id"):
                        part.RelationshipId(RandomText(random));
                        break;
                    case 5 when depth > 1:
                        part.End();
                        (depth, inStart) = (depth - 1, false);
                        break;
                    case 6:
                        part.Empty(Names[random.Next(Names.Length)]);
                        inStart = false;
                        break;
                    case 7:
                        part.Empty(Names[random.Next(Names.Length)], "val", RandomText(random));
                        inStart = false;
                        break;
                    default:
                        part.Text(random.Next(2) == 0 ? "t" : "instrText", RandomText(random), random.Next(3) > 0);
                        inStart = false;
                        break;
                }
            }

            if (random.Next(2) == 0)
            {
                while (depth-- > 0)
                {
                    part.End();
                }
            }

            part.Close();
        }
        catch (ArgumentException e)
        {
            return ([], e.GetType().Name);
        }

        return (stream.ToArray(), null);
    }

    private static string RandomText(Random random)
    {
        string[] pieces = ["a", "word ", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\r\n", "é", "€", "\U0001F600", " ", "]]>", "&amp;", "ß", "\uE000", "\uFB01", "\uFEFF", "\uFFFD"];
        var text = new StringBuilder();
        for (var n = random.Next(0, 12); n > 0; n--)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        // Now and then a character XML forbids, or a lone surrogate: both writers refuse it.
        return random.Next(150) switch
        {
            0 => text.Append('\u0001').ToString(),
            1 => text.Append('\uD800').ToString(),
            2 => text.Append('\uFFFE').ToString(),
            3 => new string('x', random.Next(20_000, 70_000)) + text,
            _ => text.ToString(),
        };
    }

    private interface IPart : IDisposable
    {
        void DeclarePrefixes();

        void Start(string name);

        void Attribute(string name, string value);

        void Attribute(string name, int value);

        void RelationshipId(string id);

        void End();

        void Empty(string name);

        void Empty(string name, string attribute, string value);

        void Text(string name, string text, bool preserve);

        void Close();
    }

    private sealed class OwnPart(WordXml xml) : IPart
    {
        public void DeclarePrefixes() => xml.DeclarePrefixes();

        public void Start(string name) => xml.Start(name);

        public void Attribute(string name, string value) => xml.Attribute(name, value);

        public void Attribute(string name, int value) => xml.Attribute(name, value);

        public void RelationshipId(string id) => xml.RelationshipId(id);

        public void End() => xml.End();

        public void Empty(string name) => xml.Empty(name);

        public void Empty(string name, string attribute, string value) => xml.Empty(name, attribute, value);

        public void Text(string name, string text, bool preserve) => xml.Text(name, text, preserve);

        public void Close() => xml.Close();

        public void Dispose() => xml.Dispose();
    }

    // WordXml before 3 December, evening: an XmlWriter with OpenXmlWriter's settings.
    private sealed class XmlWriterWordXml : IPart
    {
        private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
        private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

        private readonly XmlWriter _xml;

        public XmlWriterWordXml(Stream stream)
        {
            _xml = XmlWriter.Create(stream, WordXml.Settings);
            _xml.WriteStartDocument(true);
        }

        public void DeclarePrefixes()
        {
            _xml.WriteAttributeString("xmlns", "w", XmlnsNamespace, WordXml.Namespace);
            _xml.WriteAttributeString("xmlns", "r", XmlnsNamespace, "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        }

        public void Start(string name) => _xml.WriteStartElement("w", name, WordXml.Namespace);

        public void Attribute(string name, string value) => _xml.WriteAttributeString("w", name, WordXml.Namespace, value);

        public void Attribute(string name, int value) => Attribute(name, value.ToString(CultureInfo.InvariantCulture));

        public void RelationshipId(string id) => _xml.WriteAttributeString("r", "id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships", id);

        public void End() => _xml.WriteEndElement();

        public void Empty(string name)
        {
            Start(name);
            End();
        }

        public void Empty(string name, string attribute, string value)
        {
            Start(name);
            Attribute(attribute, value);
            End();
        }

        public void Text(string name, string text, bool preserve)
        {
            Start(name);
            if (preserve)
            {
                _xml.WriteAttributeString("xml", "space", XmlNamespace, "preserve");
            }

            _xml.WriteString(text);
            End();
        }

        public void Close() => _xml.Close();

        public void Dispose() => _xml.Dispose();
    }
}
