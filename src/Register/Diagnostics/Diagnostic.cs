namespace Register.Diagnostics;

/// <summary>One problem found in a register: what is wrong, where, and how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation At)
{
    /// <summary>What the reader should do about it, in plain words.</summary>
    public string? Fix { get; init; }

    /// <summary>Other places that explain the problem.</summary>
    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];

    /// <summary>Stable order for output: file, line, column, then code and message.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var byPlace = a.At.CompareTo(b.At);
        if (byPlace != 0)
        {
            return byPlace;
        }

        var byCode = string.CompareOrdinal(a.Code, b.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(a.Message, b.Message);
    }

    public override string ToString() =>
        $"{At}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
