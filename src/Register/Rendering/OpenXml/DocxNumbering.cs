using System.Globalization;

namespace Register.Rendering.OpenXml;

/// <summary>
/// The numbering part of a Word document: one abstract definition for bullets (•, –, ◦ by depth) and one for numbered
/// lists (1., a., i.), the bullet instance 1 and one instance per numbered list that restarts at its own start, so
/// Word and LibreOffice show real lists (the list buttons, indents and numbers are theirs, not typed characters).
/// </summary>
internal static class DocxNumbering
{
    /// <summary>The depths a list can have; deeper items use the last.</summary>
    public const int Levels = 3;

    private const int Bullets = 0;
    private const int Numbers = 1;
    private const int Indent = 567;
    private const string Hanging = "283";

    /// <summary>
    /// Writes the part's content (inside <c>w:numbering</c>): bullets as instance <see cref="DocxWriter.BulletList"/>,
    /// then one instance per numbered list, starting at <paramref name="numberedListStarts"/>.
    /// </summary>
    public static void Write(WordXml xml, IReadOnlyList<int> numberedListStarts)
    {
        Abstract(xml, Bullets, level => ("bullet", level switch { 0 => "•", 1 => "–", _ => "◦" }));
        Abstract(xml, Numbers, level => level switch
        {
            0 => ("decimal", "%1."),
            1 => ("lowerLetter", "%2."),
            _ => ("lowerRoman", "%3."),
        });
        Instance(xml, DocxWriter.BulletList, Bullets);
        xml.End();
        for (var i = 0; i < numberedListStarts.Count; i++)
        {
            Instance(xml, DocxWriter.BulletList + 1 + i, Numbers);
            xml.Start("lvlOverride");
            xml.Attribute("ilvl", 0);
            xml.Empty("startOverride", "val", Math.Max(0, numberedListStarts[i]).ToString(CultureInfo.InvariantCulture));
            xml.End();
            xml.End();
        }
    }

    // Starts a numbering instance of an abstract definition; the caller ends it.
    private static void Instance(WordXml xml, int id, int abstractId)
    {
        xml.Start("num");
        xml.Attribute("numId", id);
        xml.Empty("abstractNumId", "val", abstractId.ToString(CultureInfo.InvariantCulture));
    }

    private static void Abstract(WordXml xml, int id, Func<int, (string Format, string Text)> level)
    {
        xml.Start("abstractNum");
        xml.Attribute("abstractNumId", id);
        xml.Empty("multiLevelType", "val", "hybridMultilevel");
        for (var i = 0; i < Levels; i++)
        {
            var (format, text) = level(i);
            xml.Start("lvl");
            xml.Attribute("ilvl", i);
            xml.Empty("start", "val", "1");
            xml.Empty("numFmt", "val", format);
            xml.Empty("lvlText", "val", text);
            xml.Empty("lvlJc", "val", "left");
            xml.Start("pPr");
            xml.Start("ind");
            xml.Attribute("left", (i + 1) * Indent);
            xml.Attribute("hanging", Hanging);
            xml.End();
            xml.End();
            xml.End();
        }

        xml.End();
    }
}
