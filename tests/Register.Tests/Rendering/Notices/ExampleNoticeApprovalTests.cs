using System.Text;
using Register.Tests.Approval;
using Register.Tests.Pipeline;

namespace Register.Tests.Rendering.Notices;

/// <summary>Every notice of the example register in every language, as Markdown and as a standalone HTML page.</summary>
public sealed class ExampleNoticeApprovalTests
{
    public static TheoryData<string, string> NoticesAndLanguages { get; } = new()
    {
        { "privacy-website", "nl" }, { "privacy-website", "de" }, { "privacy-website", "en" },
        { "privacy-debtors", "nl" }, { "privacy-debtors", "de" }, { "privacy-debtors", "en" },
        { "privacy-business", "nl" }, { "privacy-business", "de" }, { "privacy-business", "en" },
        { "privacy-applicants", "nl" }, { "privacy-applicants", "de" }, { "privacy-applicants", "en" },
    };

    [Theory]
    [MemberData(nameof(NoticesAndLanguages))]
    public void Markdown(string output, string language) =>
        Approver.Verify(File($"notices/{output}.{language}.md"), "md", name: $"{output}.{language}");

    [Theory]
    [MemberData(nameof(NoticesAndLanguages))]
    public void Html(string output, string language) =>
        Approver.Verify(File($"notices/{output}.{language}.html"), "html", name: $"{output}.{language}");

    [Fact]
    public void Every_rendered_notice_file_is_covered_by_these_tests()
    {
        var covered = NoticesAndLanguages.Select(row => $"notices/{row[0]}.{row[1]}.md").Order(StringComparer.Ordinal);
        var rendered = RenderedExample.Render().Files.Select(f => f.Path).Where(p => p.StartsWith("notices/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(covered, rendered);
    }

    private static string File(string path)
    {
        var result = RenderedExample.Render();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == path).Content);
    }
}
