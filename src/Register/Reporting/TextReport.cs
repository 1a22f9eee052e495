using Register.Diagnostics;
using Register.Loading;

namespace Register.Reporting;

/// <summary>
/// Diagnostics for people, in the compiler convention
/// <c>register/activities/x.yaml:14:5: error REG012: message</c>, then the source line with a caret, the fix and related places.
/// </summary>
public sealed class TextReport(bool color = false) : IDiagnosticReport
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Red = "\u001b[1;31m";
    private const string Magenta = "\u001b[1;35m";
    private const string Cyan = "\u001b[1;36m";
    private const string Green = "\u001b[1;32m";

    public void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, SourceFiles sources)
    {
        foreach (var diagnostic in diagnostics)
        {
            WriteOne(writer, diagnostic, sources);
            writer.Write('\n');
        }

        writer.Write(DiagnosticSummary.Of(diagnostics, sources).ToString());
        writer.Write('\n');
    }

    private void WriteOne(TextWriter writer, Diagnostic diagnostic, SourceFiles sources)
    {
        var severity = SeverityNames.Text(diagnostic.Severity);
        var severityColor = diagnostic.Severity switch
        {
            Severity.Error => Red,
            Severity.Warning => Magenta,
            _ => Cyan,
        };
        writer.Write($"{Paint(Bold, diagnostic.At.ToString())}: {Paint(severityColor, severity + " " + diagnostic.Code)}: ");
        writer.Write(Paint(Bold, SourceExcerpt.Clean(diagnostic.Message)));
        writer.Write('\n');

        if (SourceExcerpt.Quote(sources.Line(diagnostic.At.File, diagnostic.At.Line), diagnostic.At.Line, diagnostic.At.Column)
            is { } quote)
        {
            var blank = new string(' ', quote.Gutter.Length);
            writer.Write($"{quote.Gutter} | {quote.Line}\n");
            writer.Write($"{blank} | {quote.CaretPadding}{Paint(Green, "^")}\n");
        }

        if (diagnostic.Fix is { Length: > 0 } fix)
        {
            writer.Write($"  {Paint(Cyan, "fix")}: {SourceExcerpt.Clean(fix)}\n");
        }

        foreach (var related in diagnostic.Related)
        {
            writer.Write($"  {Paint(Bold, related.At.ToString())}: {Paint(Cyan, "note")}: {SourceExcerpt.Clean(related.Message)}\n");
        }
    }

    private string Paint(string style, string text) => color ? style + text + Reset : text;
}
