namespace Register.Diagnostics;

/// <summary>Collects diagnostics; never stops at the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Adds what <paramref name="other"/> holds in the order it was reported (a file read on another thread).</summary>
    public void AddRange(DiagnosticBag other) => _items.AddRange(other._items);

    public void Report(Rule rule, SourceLocation at, string message, string? fix = null, params RelatedLocation[] related) =>
        _items.Add(rule.At(at, message, fix, related));

    /// <summary>The diagnostics sorted by file, line and column, duplicates removed.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var sorted = _items.Distinct().ToList();
        sorted.Sort(Diagnostic.Compare);
        return sorted;
    }
}
