using System.Xml;
using NodaTime;

namespace Register.Rendering.OpenXml;

/// <summary>The core document properties (title, subject, language, dates) every generated Office file carries.</summary>
public sealed record DocumentProperties(string Title, string Subject, string Language, string Creator, LocalDate Date)
{
    /// <summary>The part's path in the package: a fixed name, never a GUID-named part as the SDK's PackageProperties writes.</summary>
    public const string Entry = "docProps/core.xml";

    /// <summary>Writes /docProps/core.xml into <paramref name="zip"/>; the dates are the document's date at midnight UTC, never the clock.</summary>
    public void WriteTo(OfficeZip zip)
    {
        var stamp = Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
        using var writer = XmlWriter.Create(zip.Entry(Entry), new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), CloseOutput = true });
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        writer.WriteStartDocument(true);
        writer.WriteStartElement("cp", "coreProperties", cp);
        writer.WriteAttributeString("xmlns", "dc", null, dc);
        writer.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        writer.WriteAttributeString("xmlns", "xsi", null, xsi);
        writer.WriteElementString("title", dc, XmlSafeText.Clean(Title));
        writer.WriteElementString("subject", dc, XmlSafeText.Clean(Subject));
        writer.WriteElementString("creator", dc, XmlSafeText.Clean(Creator));
        writer.WriteElementString("language", dc, Language);
        foreach (var name in new[] { "created", "modified" })
        {
            writer.WriteStartElement("dcterms", name, dcterms);
            writer.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
            writer.WriteString(stamp);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
