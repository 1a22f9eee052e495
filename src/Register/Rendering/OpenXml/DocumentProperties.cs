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
        const string CorePropertiesNamespace = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string DcNamespace = "http://purl.org/dc/elements/1.1/";
        const string DcTermsNamespace = "http://purl.org/dc/terms/";
        const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
        writer.WriteStartDocument(true);
        writer.WriteStartElement("cp", "coreProperties", CorePropertiesNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        writer.WriteAttributeString("xmlns", "dcterms", null, DcTermsNamespace);
        writer.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        writer.WriteElementString("title", DcNamespace, XmlSafeText.Clean(Title));
        writer.WriteElementString("subject", DcNamespace, XmlSafeText.Clean(Subject));
        writer.WriteElementString("creator", DcNamespace, XmlSafeText.Clean(Creator));
        writer.WriteElementString("language", DcNamespace, Language);
        foreach (var name in new[] { "created", "modified" })
        {
            writer.WriteStartElement("dcterms", name, DcTermsNamespace);
            writer.WriteAttributeString("xsi", "type", XsiNamespace, "dcterms:W3CDTF");
            writer.WriteString(stamp);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
