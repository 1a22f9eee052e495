namespace Register.Rendering.OpenXml;

/// <summary>How a section of a Word document lies on A4 paper.</summary>
public enum PageOrientation
{
    Portrait,
    Landscape,
}
