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

    /// <summary>The severity a JSON report names (<see cref="Json"/>); a <see cref="FormatException"/> for any other word.</summary>
    public static Severity FromJson(string? name) => name switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => throw new FormatException($"'{name}' is not a severity of the JSON report."),
    };
}
