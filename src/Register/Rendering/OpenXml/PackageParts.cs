using System.Collections.Concurrent;
using System.Xml;
using DocumentFormat.OpenXml;

namespace Register.Rendering.OpenXml;

/// <summary>The package plumbing every Office file needs: [Content_Types].xml and the relationship parts.</summary>
internal static class PackageParts
{
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string OfficeDocument = RelationshipsNamespace + "/officeDocument";
    public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    public const string CorePropertiesContentType = "application/vnd.openxmlformats-package.core-properties+xml";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new System.Text.UTF8Encoding(false), CloseOutput = true };

    // The bytes of parts made from a few values only (styles and settings by language, numbering by the lists'
    // starts), serialised once per process: building their element objects cost more than the rest of a small
    // document. Shared by documents rendered on several threads; a part made twice in a race is the same bytes.
    private static readonly ConcurrentDictionary<(string Entry, string Key), byte[]> Serialised = new();

    /// <summary>Writes a part from its root element, as <c>OpenXmlWriter</c> writes it (declaration, standalone).</summary>
    public static void WriteElement(OfficeZip zip, string entry, OpenXmlElement root)
    {
        using var stream = zip.Entry(entry);
        Serialise(stream, root);
    }

    /// <summary>
    /// Writes a part that <paramref name="key"/> determines: the element tree <paramref name="build"/> makes is
    /// serialised on first use and its bytes copied afterwards.
    /// </summary>
    public static void WriteElement(OfficeZip zip, string entry, string key, Func<OpenXmlElement> build)
    {
        var bytes = Serialised.GetOrAdd((entry, key), static (_, build) =>
        {
            using var buffer = new MemoryStream();
            Serialise(buffer, build());
            return buffer.ToArray();
        }, build);
        using var stream = zip.Entry(entry);
        stream.Write(bytes);
    }

    private static void Serialise(Stream stream, OpenXmlElement root)
    {
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
        writer.Close();
    }

    /// <summary>Writes [Content_Types].xml: rels and xml by extension, then one override per part (path from the package root, with '/').</summary>
    public static void WriteContentTypes(OfficeZip zip, IEnumerable<(string Part, string ContentType)> overrides)
    {
        using var writer = XmlWriter.Create(zip.Entry("[Content_Types].xml"), Settings);
        const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
        writer.WriteStartDocument(true);
        writer.WriteStartElement("Types", ContentTypesNamespace);
        Default(writer, ContentTypesNamespace, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(writer, ContentTypesNamespace, "xml", "application/xml");
        foreach (var (part, contentType) in overrides)
        {
            writer.WriteStartElement("Override", ContentTypesNamespace);
            writer.WriteAttributeString("PartName", part);
            writer.WriteAttributeString("ContentType", contentType);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>Writes a relationship part: (id, type, target) in the given order.</summary>
    public static void WriteRelationships(OfficeZip zip, string entry, IEnumerable<(string Id, string Type, string Target)> relationships) =>
        WriteRelationships(zip, entry, relationships.Select(r => (r.Id, r.Type, r.Target, false)));

    /// <summary>Writes a relationship part: (id, type, target, whether the target is outside the package, such as a web address) in the given order.</summary>
    public static void WriteRelationships(OfficeZip zip, string entry, IEnumerable<(string Id, string Type, string Target, bool External)> relationships)
    {
        using var writer = XmlWriter.Create(zip.Entry(entry), Settings);
        const string PackageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
        writer.WriteStartDocument(true);
        writer.WriteStartElement("Relationships", PackageRelationshipsNamespace);
        foreach (var (id, type, target, external) in relationships)
        {
            writer.WriteStartElement("Relationship", PackageRelationshipsNamespace);
            writer.WriteAttributeString("Id", id);
            writer.WriteAttributeString("Type", type);
            writer.WriteAttributeString("Target", XmlSafeText.Clean(target));
            if (external)
            {
                writer.WriteAttributeString("TargetMode", "External");
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Default(XmlWriter writer, string contentTypesNamespace, string extension, string contentType)
    {
        writer.WriteStartElement("Default", contentTypesNamespace);
        writer.WriteAttributeString("Extension", extension);
        writer.WriteAttributeString("ContentType", contentType);
        writer.WriteEndElement();
    }
}
