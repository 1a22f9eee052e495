using Register.Loading;
using Register.Pipeline;
using Register.Tests.Approval;
using Register.Validation;

namespace Register.Tests.Pipeline;

/// <summary>The example register under register/, rendered once for the tests that read it.</summary>
internal static class RenderedExample
{
    public static string Directory { get; } = Path.Combine(Approver.RepoRoot, "register");

    public static BuildOptions Options { get; } = new()
    {
        Validation = new ValidationOptions { Today = new NodaTime.LocalDate(2026, 11, 1), Load = new LoadOptions { DisplayRoot = Approver.RepoRoot } },
    };

    private static readonly Lazy<BuildResult> Rendered = new(() => BuildPipeline.Render(Directory, Options));

    public static BuildResult Render() => Rendered.Value;
}
