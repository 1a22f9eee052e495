using System.Reflection;
using System.Text.RegularExpressions;
using Register.Tests.Approval;

namespace Register.Tests.Views;

/// <summary>Views are built from validated input only: they report nothing and know nothing of templates or formats.</summary>
public sealed partial class ViewBoundaryTests
{
    [Fact]
    public void No_view_source_reports_a_diagnostic_or_names_a_template_or_rendering_type()
    {
        var views = Path.Combine(Approver.RepoRoot, "src", "Register", "Views");
        var sources = Directory.EnumerateFiles(views, "*.cs", SearchOption.AllDirectories).ToList();
        var offending = sources
            .SelectMany(p => File.ReadLines(p).Select((line, i) => (Path: p, Line: i + 1, Text: line)))
            .Where(l => Forbidden().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(Approver.RepoRoot, l.Path).Replace('\\', '/')}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(sources.Count > 30, "the scan found no view sources");
        Assert.True(offending.Count == 0, "Views must not report or render:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void No_view_type_has_a_member_of_a_rendering_or_diagnostics_collecting_type()
    {
        var assembly = typeof(Register.Views.NoticeView).Assembly;
        var offending = assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Register.Views", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .SelectMany(m => TypesOf(m).Select(type => (Type: t, Member: m, Used: type))))
            .Where(u => u.Used.Namespace?.StartsWith("Register.Rendering", StringComparison.Ordinal) == true
                || u.Used == typeof(Register.Diagnostics.DiagnosticBag)
                || u.Used.Namespace?.StartsWith("Scriban", StringComparison.Ordinal) == true
                || u.Used.Namespace?.StartsWith("DocumentFormat", StringComparison.Ordinal) == true
                || u.Used.Namespace?.StartsWith("Markdig", StringComparison.Ordinal) == true)
            .Select(u => $"{u.Type.FullName}.{u.Member.Name}: {u.Used.FullName}")
            .Distinct()
            .ToList();

        Assert.True(offending.Count == 0, "View types use rendering or diagnostics types:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void The_scan_recognises_what_it_forbids()
    {
        Assert.All(
            ["diagnostics.Report(Rules.X, at, m, f);", "Rules.NoticeEmpty.At(x)", "using Register.Rendering;", "new DiagnosticBag()", "\"notice/_rights.md.sbn\"", "TemplateEngine.BuiltIn", "using Scriban;"],
            text => Assert.Matches(Forbidden(), text));
        Assert.DoesNotMatch(Forbidden(), "public IReadOnlyList<Diagnostic> Findings { get; init; } = [];");
    }

    private static IEnumerable<Type> TypesOf(MemberInfo member) => member switch
    {
        FieldInfo f => [f.FieldType],
        PropertyInfo p => [p.PropertyType],
        MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        _ => [],
    };

    [GeneratedRegex(@"\bDiagnosticBag\b|\.Report\(|\bRules\.(?!All\b)|\bRegister\.Rendering\b|\bTemplate(Engine|Source|File|Exception)\b|\.sbn\b|\bScriban\b|\bOpenXml\b|\bMarkdig\b")]
    private static partial Regex Forbidden();
}
