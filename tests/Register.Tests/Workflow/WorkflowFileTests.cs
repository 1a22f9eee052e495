using Register.Tests.Approval;
using YamlDotNet.RepresentationModel;

namespace Register.Tests.Workflow;

/// <summary>
/// What the example workflow promises beyond its steps succeeding (those run in <see cref="GeneratedWorkflowTests"/>):
/// the site it publishes, one Pages deployment at a time, the permissions each job needs.
/// </summary>
public sealed class WorkflowFileTests
{
    [Fact]
    public void The_workflow_publishes_the_site_folder_the_build_writes_one_deployment_at_a_time()
    {
        var jobs = Jobs(Path.Combine(Approver.RepoRoot, "docs", "github-actions-register.yml"));
        var publish = (YamlMappingNode)jobs["publish"];

        Assert.Contains("path: output/site", File.ReadAllText(Path.Combine(Approver.RepoRoot, "docs", "github-actions-register.yml")), StringComparison.Ordinal);
        Assert.Equal("pages", ((YamlScalarNode)((YamlMappingNode)publish["concurrency"])["group"]).Value);
        Assert.Equal("false", ((YamlScalarNode)((YamlMappingNode)publish["concurrency"])["cancel-in-progress"]).Value);
        Assert.Equal("write", Permission(publish, "pages"));
        Assert.Equal("write", Permission(publish, "id-token"));
    }

    [Fact]
    public void Each_job_asks_for_the_permissions_its_steps_use_and_no_more()
    {
        var jobs = Jobs(Path.Combine(Approver.RepoRoot, "docs", "github-actions-register.yml"));

        Assert.Equal("write", Permission((YamlMappingNode)jobs["check"], "pull-requests"));
        Assert.Equal("read", Permission((YamlMappingNode)jobs["check"], "contents"));
        Assert.Equal("write", Permission((YamlMappingNode)jobs["rebuild-output"], "contents"));
        Assert.Null(Permission((YamlMappingNode)jobs["rebuild-output"], "pull-requests"));
    }

    [Fact]
    public void The_code_scanning_example_lists_the_permission_upload_sarif_needs()
    {
        var doc = File.ReadAllText(Path.Combine(Approver.RepoRoot, "docs", "output-formats.md"));
        var example = doc[doc.IndexOf("## sarif", StringComparison.Ordinal)..];

        Assert.Contains("security-events: write", example, StringComparison.Ordinal);
        Assert.Contains("github/codeql-action/upload-sarif@v3", example, StringComparison.Ordinal);
    }

    private static YamlMappingNode Jobs(string file)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(file)));
        return (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
    }

    private static string? Permission(YamlMappingNode job, string scope) =>
        ((YamlMappingNode)job["permissions"]).Children.TryGetValue(new YamlScalarNode(scope), out var value) ? ((YamlScalarNode)value).Value : null;
}
