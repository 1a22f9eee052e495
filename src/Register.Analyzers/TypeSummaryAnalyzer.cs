using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Register.Analyzers;

/// <summary>
/// Reports RST0002 on a type visible outside its assembly whose declarations carry no XML summary. Only where the
/// project generates a documentation file: elsewhere (tests, tools) public is what the test framework needs, not an API.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TypeSummaryAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(CodeRules.TypeWithoutSummary);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
    }

    private static void AnalyzeType(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!IsVisibleOutside(type) || type.IsImplicitlyDeclared)
        {
            return;
        }
        var declarations = type.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax(context.CancellationToken)).ToList();
        if (declarations.Count == 0 || declarations[0].SyntaxTree.Options.DocumentationMode == DocumentationMode.None)
        {
            return;
        }
        if (declarations.Any(HasSummary))
        {
            return;
        }
        var first = declarations[0];
        var location = first switch
        {
            BaseTypeDeclarationSyntax typeDeclaration => typeDeclaration.Identifier.GetLocation(),
            DelegateDeclarationSyntax delegateDeclaration => delegateDeclaration.Identifier.GetLocation(),
            _ => first.GetLocation(),
        };
        context.ReportDiagnostic(Diagnostic.Create(CodeRules.TypeWithoutSummary, location, type.Name));
    }

    private static bool IsVisibleOutside(INamedTypeSymbol type)
    {
        for (ISymbol? symbol = type; symbol is INamedTypeSymbol current; symbol = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasSummary(SyntaxNode declaration) =>
        declaration.GetLeadingTrivia()
            .Select(trivia => trivia.GetStructure())
            .OfType<DocumentationCommentTriviaSyntax>()
            .Any(doc => doc.Content.OfType<XmlElementSyntax>().Any(element => element.StartTag.Name.LocalName.Text == "summary")
                        || doc.Content.OfType<XmlEmptyElementSyntax>().Any(element => element.Name.LocalName.Text == "inheritdoc"));
}
