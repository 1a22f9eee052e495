namespace Register.Reporting;

/// <summary>The output formats for diagnostics, as named on the command line.</summary>
public enum ReportFormat
{
    /// <summary>Compiler-style lines with the source line and a caret, for people.</summary>
    Text,

    /// <summary>A stable JSON document, described in docs/diagnostics.md.</summary>
    Json,

    /// <summary>GitHub Actions workflow commands, shown as annotations on a pull request.</summary>
    GitHub,

    /// <summary>SARIF 2.1.0, for code-scanning upload.</summary>
    Sarif,
}
