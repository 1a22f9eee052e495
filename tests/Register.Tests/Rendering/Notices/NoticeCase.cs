using System.Text;
using Register.Diagnostics;
using Register.Loading;
using Register.Pipeline;
using Register.Tests.Approval;
using Register.Tests.Validation;
using Register.Validation;

namespace Register.Tests.Rendering.Notices;

/// <summary>
/// A register case of Cases/ (laid over Cases/_base, a register in nl, de and en) built into its notice: the rendered
/// Markdown of privacy-customers in one language, and the build's diagnostics.
/// </summary>
internal static class NoticeCase
{
    public static string Directory { get; } = Path.Combine(Approver.RepoRoot, "tests", "Register.Tests", "Rendering", "Notices", "Cases");

    /// <summary>The notice's Markdown; fails the test when the case does not build.</summary>
    public static string Markdown(string caseName, string language) => Build(caseName).Markdown(language);

    public static Built Build(string caseName) => Build(caseName, notices => notices);

    /// <summary>Builds a case with its notices.yaml changed first.</summary>
    public static Built Build(string caseName, Func<string, string> changeNotices)
    {
        using var fixture = RegisterFixture.Create(Directory, caseName);
        var notices = Path.Combine(fixture.Root, "notices.yaml");
        File.WriteAllText(notices, changeNotices(File.ReadAllText(notices)));
        var result = BuildPipeline.Render(fixture.Root, new BuildOptions
        {
            Validation = new ValidationOptions { Today = new NodaTime.LocalDate(2026, 3, 1), Load = new LoadOptions { DisplayRoot = fixture.Root } },
        });
        Assert.False(result.HasErrors, $"Case '{caseName}' does not build:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d} {d.Message}")));
        return new Built(result);
    }

    /// <summary>A built case: its files by path and every diagnostic the validation and build reported.</summary>
    public sealed class Built(BuildResult result)
    {
        public IReadOnlyList<Diagnostic> Diagnostics { get; } = result.Diagnostics;

        public string File(string path) => Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == path).Content);

        public string Markdown(string language) => File($"notices/privacy-customers.{language}.md");
    }
}
