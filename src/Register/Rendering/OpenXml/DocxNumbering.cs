using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

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

    /// <summary>The part: bullets as instance <see cref="DocxWriter.BulletList"/>, then one instance per numbered list, starting at <paramref name="numberedListStarts"/>.</summary>
    public static Numbering Build(IReadOnlyList<int> numberedListStarts)
    {
        var numbering = new Numbering(
            Abstract(Bullets, level => (NumberFormatValues.Bullet, level switch { 0 => "•", 1 => "–", _ => "◦" })),
            Abstract(Numbers, level => level switch
            {
                0 => (NumberFormatValues.Decimal, "%1."),
                1 => (NumberFormatValues.LowerLetter, "%2."),
                _ => (NumberFormatValues.LowerRoman, "%3."),
            }));
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = Bullets }) { NumberID = DocxWriter.BulletList });
        for (var i = 0; i < numberedListStarts.Count; i++)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = Numbers },
                new LevelOverride(new StartOverrideNumberingValue { Val = Math.Max(0, numberedListStarts[i]) }) { LevelIndex = 0 })
            {
                NumberID = DocxWriter.BulletList + 1 + i,
            });
        }

        return numbering;
    }

    private static AbstractNum Abstract(int id, Func<int, (NumberFormatValues Format, string Text)> level)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var i = 0; i < Levels; i++)
        {
            var (format, text) = level(i);
            definition.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation
                {
                    Left = ((i + 1) * Indent).ToString(CultureInfo.InvariantCulture),
                    Hanging = Hanging,
                }))
            {
                LevelIndex = i,
            });
        }

        return definition;
    }
}
