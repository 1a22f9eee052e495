namespace Register.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    Error,
    Warning,
    Info,
}
