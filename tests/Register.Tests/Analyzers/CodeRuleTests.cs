using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Register.Analyzers;

namespace Register.Tests.Analyzers;

/// <summary>The project's own code rules find what they claim to, and only that (docs/code-style.md).</summary>
public sealed class CodeRuleTests
{
    [Fact]
    public void An_empty_catch_is_reported_even_with_a_comment_and_a_catch_with_a_statement_is_not()
    {
        const string Source = """
            namespace Sample;
            internal static class Files
            {
                public static void Empty()
                {
                    try { System.IO.File.Delete("x"); }
                    catch (System.IO.IOException)
                    {
                        // Ignored.
                    }
                }

                public static bool Handled()
                {
                    try { System.IO.File.Delete("x"); return true; }
                    catch (System.IO.IOException) { return false; }
                }
            }
            """;

        var found = Run(Source, documentation: false, new EmptyCatchAnalyzer());

        var diagnostic = Assert.Single(found);
        Assert.Equal("RST0001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(6, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_public_type_without_a_summary_is_reported_where_the_project_generates_documentation()
    {
        const string Source = """
            namespace Sample;
            /// <summary>Documented.</summary>
            public sealed class Documented { public sealed class NestedWithout { } }
            public sealed record Undocumented(string Name);
            internal sealed class Internal { }
            /// <inheritdoc />
            public sealed class Inherited { }
            """;

        var found = Run(Source, documentation: true, new TypeSummaryAnalyzer());

        Assert.Equal(["NestedWithout", "Undocumented"], found.Select(d => d.GetMessage().Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.All(found, d => Assert.Equal("RST0002", d.Id));
        Assert.Empty(Run(Source, documentation: false, new TypeSummaryAnalyzer()));
    }

    [Fact]
    public void Every_project_but_the_analyzers_loads_them_and_the_rules_the_guide_asks_for_are_errors()
    {
        var props = File.ReadAllText(Path.Combine(Approval.Approver.RepoRoot, "Directory.Build.props"));
        Assert.Contains("src/Register.Analyzers/Register.Analyzers.csproj\"", props, StringComparison.Ordinal);
        Assert.Contains("OutputItemType=\"Analyzer\"", props, StringComparison.Ordinal);
        Assert.Contains("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", props, StringComparison.Ordinal);
        Assert.Contains("<EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>", props, StringComparison.Ordinal);

        var editorConfig = File.ReadAllLines(Path.Combine(Approval.Approver.RepoRoot, ".editorconfig"));
        foreach (var rule in new[] { "CA1307.severity = error", "CA1309.severity = error", "CA1310.severity = error", "IDE1006.severity = warning" })
        {
            Assert.Contains("dotnet_diagnostic." + rule, editorConfig);
        }
    }

    private static ImmutableArray<Diagnostic> Run(string source, bool documentation, DiagnosticAnalyzer analyzer)
    {
        var options = CSharpParseOptions.Default.WithDocumentationMode(documentation ? DocumentationMode.Diagnose : DocumentationMode.None);
        var compilation = CSharpCompilation.Create(
            "Sample",
            [CSharpSyntaxTree.ParseText(source, options)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }
}
