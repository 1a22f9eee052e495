namespace Register.Rendering.OpenXml;

/// <summary>The language tag Word and Excel expect (a language with its region), from a register language code.</summary>
public static class OfficeLanguage
{
    /// <summary>nl → nl-NL, de → de-DE, en → en-GB (the register's audience is European); a tag with a region stays as it is.</summary>
    public static string Tag(string language) => language switch
    {
        "nl" => "nl-NL",
        "de" => "de-DE",
        "en" => "en-GB",
        _ => language,
    };
}
