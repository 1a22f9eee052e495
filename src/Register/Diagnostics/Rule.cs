namespace Register.Diagnostics;

/// <summary>A diagnostic kind with its stable code, default severity and a one-line title.</summary>
public sealed record Rule(string Code, Severity Severity, string Title)
{
    /// <summary>How to fix problems of this kind in general, for the catalogue in docs/diagnostics.md; each diagnostic has its own.</summary>
    public string Fix { get; init; } = "";

    /// <summary>Creates a diagnostic of this rule at a location.</summary>
    public Diagnostic At(SourceLocation at, string message, string? fix = null, params RelatedLocation[] related) =>
        new(Severity, Code, message, at) { Fix = fix, Related = related };
}
