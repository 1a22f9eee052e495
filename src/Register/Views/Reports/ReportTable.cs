namespace Register.Views.Reports;

/// <summary>One topic of a report: a heading, an optional intro, and a table (empty rows: the report says "none").</summary>
public sealed record ReportTable(
    string Heading,
    string? Intro,
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<double> Weights);
