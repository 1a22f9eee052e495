using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Markdig;
using Register.Tests.Rendering.OpenXml;

namespace Register.Tests.Hostile;

/// <summary>Looks through every file of a build for anything live: markup, script, links to script or data, formulas.</summary>
internal static class OutputInspector
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];
    private static readonly string[] LiveElements = ["script", "iframe", "object", "embed", "img", "svg", "form", "input", "textarea", "base", "link[rel=import]"];
    private static readonly string[] LinkAttributes = ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data"];
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Every problem found, as "file: what"; empty when the output is inert.</summary>
    public static IReadOnlyList<string> Problems(string outputFolder)
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(outputFolder, file).Replace('\\', '/');
            var found = Path.GetExtension(file) switch
            {
                ".html" => Html(File.ReadAllText(file)),
                ".md" => Html(Markdig.Markdown.ToHtml(File.ReadAllText(file), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build())),
                ".json" => Json(File.ReadAllText(file)),
                ".csv" => Csv(File.ReadAllText(file)),
                ".docx" => Docx(File.ReadAllBytes(file)),
                ".xlsx" => Xlsx(File.ReadAllBytes(file)),
                _ => [],
            };
            problems.AddRange(found.Select(p => $"{name}: {p}"));
        }

        return problems;
    }

    /// <summary>Live elements, event attributes and links to anything but http(s), mailto, tel or the page itself.</summary>
    public static IEnumerable<string> Html(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in LiveElements.SelectMany(document.QuerySelectorAll))
        {
            yield return "live element <" + element.LocalName + ">";
        }

        foreach (var refresh in document.QuerySelectorAll("meta[http-equiv]"))
        {
            // The site's own index redirects to a page beside it; a refresh anywhere else, or to another site, is live.
            var content = refresh.GetAttribute("content") ?? "";
            var target = content.Contains("url=", StringComparison.OrdinalIgnoreCase) ? content[(content.IndexOf("url=", StringComparison.OrdinalIgnoreCase) + 4)..] : "";
            if (target.Contains(':', StringComparison.Ordinal) || target.StartsWith("//", StringComparison.Ordinal))
            {
                yield return $"meta refresh to '{target}'";
            }
        }

        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"event attribute {attribute.Name} on <{element.LocalName}>";
                }
                else if (LinkAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && !IsSafeTarget(attribute.Value))
                {
                    yield return $"link {attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>";
                }
                else if (attribute.Name == "style" && attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"style with url() on <{element.LocalName}>";
                }
            }
        }
    }

    /// <summary>JSON must parse, and hold no raw '&lt;' or '&gt;' a page could mistake for markup when it inlines the file.</summary>
    public static IEnumerable<string> Json(string json)
    {
        using (JsonDocument.Parse(json))
        {
        }

        if (json.IndexOfAny(['<', '>']) >= 0)
        {
            yield return "raw '<' or '>' in JSON";
        }
    }

    /// <summary>No field a spreadsheet would run as a formula.</summary>
    public static IEnumerable<string> Csv(string csv)
    {
        foreach (var field in CsvFields(csv.TrimStart('\uFEFF')))
        {
            if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                yield return $"formula-like field '{field}'";
            }
        }
    }

    public static IEnumerable<string> Docx(byte[] bytes)
    {
        foreach (var problem in Package(bytes))
        {
            yield return problem;
        }

        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var xml = XDocument.Load(entry.Open());
            foreach (var field in xml.Descendants(Word + "instrText").Select(e => e.Value).Concat(xml.Descendants(Word + "fldSimple").Select(e => (string?)e.Attribute(Word + "instr") ?? "")))
            {
                if (!field.TrimStart().StartsWith("PAGE", StringComparison.Ordinal) && !field.TrimStart().StartsWith("NUMPAGES", StringComparison.Ordinal))
                {
                    yield return $"field code '{field}' in {entry.FullName}";
                }
            }
        }

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        foreach (var error in OfficeText.ValidationErrors(document))
        {
            yield return "OpenXML: " + error;
        }
    }

    public static IEnumerable<string> Xlsx(byte[] bytes)
    {
        foreach (var problem in Package(bytes))
        {
            yield return problem;
        }

        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var xml = XDocument.Load(entry.Open());
            foreach (var formula in xml.Descendants(Sheet + "f"))
            {
                yield return $"formula '{formula.Value}' in {entry.FullName}";
            }
        }

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        foreach (var error in OfficeText.ValidationErrors(workbook))
        {
            yield return "OpenXML: " + error;
        }
    }

    /// <summary>External relationships (hyperlinks) only to safe schemes; no macros, no external data connections.</summary>
    private static IEnumerable<string> Package(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith(".bin", StringComparison.Ordinal) || entry.FullName.Contains("connections", StringComparison.Ordinal) || entry.FullName.Contains("externalLink", StringComparison.Ordinal))
            {
                yield return $"active part {entry.FullName}";
            }

            if (!entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
            {
                continue;
            }

            var xml = XDocument.Load(entry.Open());
            foreach (var relationship in xml.Descendants(Relationships + "Relationship").Where(r => (string?)r.Attribute("TargetMode") == "External"))
            {
                var target = (string?)relationship.Attribute("Target") ?? "";
                if (!IsSafeTarget(target))
                {
                    yield return $"external link '{target}' in {entry.FullName}";
                }
            }
        }
    }

    private static bool IsSafeTarget(string value)
    {
        var target = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        if (target.Length == 0 || target[0] is '#' or '/' or '.' || !target.Contains(':', StringComparison.Ordinal))
        {
            return true;
        }

        var colon = target.IndexOf(':', StringComparison.Ordinal);
        var slash = target.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0 && slash < colon)
        {
            return true;
        }

        return SafeSchemes.Any(s => target.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The fields of RFC 4180 CSV, unquoted.</summary>
    private static IEnumerable<string> CsvFields(string csv)
    {
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                yield return field.ToString().TrimEnd('\r');
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0)
        {
            yield return field.ToString();
        }
    }
}
