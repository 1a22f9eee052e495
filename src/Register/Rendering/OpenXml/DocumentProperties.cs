using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using NodaTime;

namespace Register.Rendering.OpenXml;

/// <summary>The core document properties (title, subject, language, dates) every generated Office file carries.</summary>
public sealed record DocumentProperties(string Title, string Subject, string Language, string Creator, LocalDate Date)
{
    /// <summary>
    /// Adds /docProps/core.xml under a fixed relationship id and writes the properties into it. The SDK's
    /// PackageProperties would instead write a GUID-named part, which breaks byte-stable output.
    /// </summary>
    public void AddTo(OpenXmlPackage package, string relationshipId)
    {
        var part = package.AddNewPart<CoreFilePropertiesPart>(relationshipId);
        var stamp = Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
        using var stream = part.GetStream(FileMode.Create);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
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
