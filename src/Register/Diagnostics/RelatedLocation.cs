namespace Register.Diagnostics;

/// <summary>A second place that explains a diagnostic, such as where a duplicated id was first defined.</summary>
public sealed record RelatedLocation(SourceLocation At, string Message);
