using System.Xml;

namespace Register.Rendering.OpenXml;

/// <summary>The package plumbing every Office file needs: [Content_Types].xml and the relationship parts.</summary>
internal static class PackageParts
{
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string OfficeDocument = RelationshipsNamespace + "/officeDocument";
    public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    public const string CorePropertiesContentType = "application/vnd.openxmlformats-package.core-properties+xml";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new System.Text.UTF8Encoding(false), CloseOutput = true };

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
