namespace Register.Reporting;

/// <summary>Picks the report writer for a format.</summary>
public static class DiagnosticReports
{
    /// <summary>The names accepted by <see cref="Parse"/>, in the order shown in help.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "github", "sarif"];

    /// <summary>The format for a command-line name, or null when the name is unknown.</summary>
    public static ReportFormat? Parse(string name) => name switch
    {
        "text" => ReportFormat.Text,
        "json" => ReportFormat.Json,
        "github" => ReportFormat.GitHub,
        "sarif" => ReportFormat.Sarif,
        _ => null,
    };

    /// <summary>The writer for <paramref name="format"/>; <paramref name="color"/> only affects text.</summary>
    public static IDiagnosticReport Create(ReportFormat format, bool color = false) => format switch
    {
        ReportFormat.Text => new TextReport(color),
        ReportFormat.Json => new JsonReport(),
        ReportFormat.GitHub => new GitHubReport(),
        ReportFormat.Sarif => new SarifReport(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}
