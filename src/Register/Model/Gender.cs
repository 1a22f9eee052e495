using System.ComponentModel;

namespace Register.Model;

/// <summary>A person's gender, for languages whose job titles show it (Datenschutzbeauftragte / Datenschutzbeauftragter).</summary>
public enum Gender
{
    [Description("Female: German titles in their female form (Datenschutzbeauftragte).")] Female,
    [Description("Male: German titles in their male form (Datenschutzbeauftragter).")] Male,
}
