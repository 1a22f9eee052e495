using Microsoft.CodeAnalysis;

namespace Register.Analyzers;

/// <summary>The descriptors of the project's own code rules (RST = Register style), listed in docs/code-style.md.</summary>
public static class CodeRules
{
    private const string Category = "Register.Style";

    /// <summary>A catch block without a statement: the failure disappears without a trace or a reason in code.</summary>
    public static readonly DiagnosticDescriptor EmptyCatch = new(
        id: "RST0001",
        title: "Empty catch block",
        messageFormat: "This catch block is empty: handle the exception, report it, or narrow the catch and say in code what happens instead",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An empty catch hides failures. A comment alone does not count: the block needs a statement.");

    /// <summary>A public type without an XML summary: the guide asks every public type for its one-line doc.</summary>
    public static readonly DiagnosticDescriptor TypeWithoutSummary = new(
        id: "RST0002",
        title: "Public type without a one-line summary",
        messageFormat: "Public type '{0}' has no /// <summary> doc: say in one line what it is for",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Applies to projects that generate a documentation file (the library).");
}
