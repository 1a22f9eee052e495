namespace Register.Rendering.Formats;

/// <summary>The documents a format has a version of.</summary>
[Flags]
public enum DocumentKinds
{
    None = 0,

    /// <summary>A privacy notice in one language (notices/).</summary>
    Notice = 1,

    /// <summary>An Art. 30 record in one language (records/).</summary>
    Record = 2,

    /// <summary>The DPO report in one language (reports/).</summary>
    Report = 4,
}
