using Register.Diagnostics;

namespace Register.Reporting;

/// <summary>The lower-case word each format uses for a severity.</summary>
internal static class SeverityNames
{
    /// <summary>"error", "warning" or "note" (the compiler word for information).</summary>
    public static string Text(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>"error", "warning" or "info" in the JSON report.</summary>
    public static string Json(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
