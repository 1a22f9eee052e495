using System.Globalization;
using System.Text;
using System.Xml;

namespace Register.Rendering.OpenXml;

/// <summary>
/// Writes WordprocessingML (prefix <c>w</c>) element by element onto a part's stream, through an <see cref="XmlWriter"/>
/// made with the settings <c>OpenXmlWriter.Create(Stream)</c> uses (UTF-8 with a byte order mark, the stream left open):
/// the bytes are those that writing OpenXml element objects gave, without making an object per element. The caller
/// writes elements, children and attributes in the schema's order, as the element objects did.
/// </summary>
internal sealed class WordXml : IDisposable
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>The settings of <c>OpenXmlWriter.Create(Stream)</c>, for any part written without element objects.</summary>
    public static readonly XmlWriterSettings Settings = new() { CloseOutput = false, Encoding = Encoding.UTF8 };

    private readonly XmlWriter _xml;

    /// <summary>Starts a part on <paramref name="stream"/> with the XML declaration (standalone).</summary>
    public WordXml(Stream stream)
    {
        _xml = XmlWriter.Create(stream, Settings);
        _xml.WriteStartDocument(true);
    }

    /// <summary>Declares the <c>w</c> and <c>r</c> prefixes on the element just started (the document's root).</summary>
    public void DeclarePrefixes()
    {
        _xml.WriteAttributeString("xmlns", "w", XmlnsNamespace, Namespace);
        _xml.WriteAttributeString("xmlns", "r", XmlnsNamespace, PackageParts.RelationshipsNamespace);
    }

    public void Start(string name) => _xml.WriteStartElement("w", name, Namespace);

    public void Attribute(string name, string value) => _xml.WriteAttributeString("w", name, Namespace, value);

    public void Attribute(string name, int value) => Attribute(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The <c>r:id</c> of a relationship.</summary>
    public void RelationshipId(string id) => _xml.WriteAttributeString("r", "id", PackageParts.RelationshipsNamespace, id);

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

    /// <summary>A text element (<c>t</c>, <c>instrText</c>) holding <paramref name="text"/>, spaces kept when <paramref name="preserve"/>.</summary>
    public void Text(string name, string text, bool preserve = true)
    {
        Start(name);
        if (preserve)
        {
            _xml.WriteAttributeString("xml", "space", XmlNamespace, "preserve");
        }

        _xml.WriteString(text);
        End();
    }

    /// <summary>Writes what is buffered; the stream stays open.</summary>
    public void Close() => _xml.Close();

    public void Dispose() => _xml.Dispose();
}
