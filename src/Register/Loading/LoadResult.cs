using Register.Diagnostics;
using Register.Model;

namespace Register.Loading;

/// <summary>What reading a register gave: the model when the files could be read, and every problem found.</summary>
public sealed record LoadResult(RegisterModel? Register, IReadOnlyList<Diagnostic> Diagnostics, SourceFiles Sources)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
