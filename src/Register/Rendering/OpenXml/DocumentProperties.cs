using System.Xml;
using NodaTime;

namespace Register.Rendering.OpenXml;

/// <summary>
/// The document properties every generated Office file carries: core (title, subject, language as a tag such as nl-NL,
/// the organisation as creator, the version, dates) and extended (the organisation as company, the program).
/// </summary>
/// <param name="Title">The document title.</param>
/// <param name="Subject">The subject (the organisation, the article).</param>
/// <param name="Language">The register language (nl); written as its tag (nl-NL).</param>
/// <param name="Creator">The organisation's name.</param>
/// <param name="Date">The version date; created and modified are this day at midnight UTC, never the clock.</param>
/// <param name="Version">The version as the register gives it (2026-11-01, or 2021-01 for a month); default: <paramref name="Date"/>.</param>
public sealed record DocumentProperties(string Title, string Subject, string Language, string Creator, LocalDate Date, string? Version = null)
{
    /// <summary>The part's path in the package: a fixed name, never a GUID-named part as the SDK's PackageProperties writes.</summary>
    public const string Entry = "docProps/core.xml";

    /// <summary>The extended properties part (company, application).</summary>
    public const string AppEntry = "docProps/app.xml";

    public const string AppContentType = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

    public const string AppRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";

    /// <summary>The version written in the properties.</summary>
    public string VersionText => Version ?? Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The content-type overrides of both property parts.</summary>
    public static IEnumerable<(string, string)> ContentTypes =>
        [("/" + AppEntry, AppContentType), ("/" + Entry, PackageParts.CorePropertiesContentType)];

    /// <summary>The package relationships of both property parts, after the main part's rId1.</summary>
    public static IEnumerable<(string, string, string)> Relationships =>
        [("rId2", PackageParts.CoreProperties, Entry), ("rId3", AppRelationship, AppEntry)];

    /// <summary>Writes /docProps/app.xml and /docProps/core.xml into <paramref name="zip"/>; the dates are the document's date at midnight UTC, never the clock.</summary>
    public void WriteTo(OfficeZip zip)
    {
        WriteApp(zip);
        WriteCore(zip);
    }

    private void WriteApp(OfficeZip zip)
    {
        using var writer = XmlWriter.Create(zip.Entry(AppEntry), new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), CloseOutput = true });
        const string ExtendedNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
        writer.WriteStartDocument(true);
        writer.WriteStartElement("Properties", ExtendedNamespace);
        writer.WriteElementString("Application", ExtendedNamespace, "Register");
        writer.WriteElementString("Company", ExtendedNamespace, XmlSafeText.Clean(Creator));
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private void WriteCore(OfficeZip zip)
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
        writer.WriteElementString("language", DcNamespace, OfficeLanguage.Tag(Language));
        writer.WriteElementString("lastModifiedBy", CorePropertiesNamespace, XmlSafeText.Clean(Creator));
        writer.WriteElementString("version", CorePropertiesNamespace, XmlSafeText.Clean(VersionText));
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
