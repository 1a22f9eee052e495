using System.Text.Json;
using Register.Tests.Approval;
using Register.Workflow;

namespace Register.Tests.Workflow;

/// <summary>
/// A new user's path, offline but for a local feed holding the packed tool: install the tool from the downloaded .nupkg,
/// <c>register init --feed</c> in a new git repository, then every <c>run:</c> step of the workflow init wrote (the same file
/// as docs/github-actions-register.yml), job by job, with a stand-in for GitHub's runner, a bare repository as origin and
/// a stand-in <c>gh</c> that keeps the pull request's comments.
/// </summary>
[Collection(ToolFeedCollection.Name)]
public sealed class GeneratedWorkflowTests(ToolFeed tool)
{
    private const string Marker = "<!-- register-diff -->";
    private const string Activity = "register/activities/contact-form.yaml";

    [Fact]
    public void Every_run_step_of_the_generated_workflow_succeeds_on_a_pull_request_and_on_main()
    {
        using var folder = new TempFolder();
        var runner = PullRequestRunner(folder["runner"]);
        var repository = NewRepository(folder, runner);
        var workflow = Path.Combine(repository, ".github", "workflows", "register.yml");

        Assert.Equal(
            File.ReadAllText(Path.Combine(Approver.RepoRoot, "docs", "github-actions-register.yml")),
            File.ReadAllText(workflow));
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(repository, ".config", "dotnet-tools.json")));
        Assert.Equal(RegisterScaffold.ToolVersion, manifest.RootElement.GetProperty("tools").GetProperty("gdprregister.tool").GetProperty("version").GetString());
        Assert.Contains($"value=\"{tool.Feed}\"", File.ReadAllText(Path.Combine(repository, "nuget.config")), StringComparison.Ordinal);

        // A pull request that changes the retention and rebuilds output/, as the docs ask.
        Git(repository, runner, "checkout", "--quiet", "-b", "longer-retention");
        Edit(Path.Combine(repository, Activity), "period: P2Y", "period: P3Y");
        User(repository, runner, "build");
        Commit(repository, runner, "Keep messages 3 years");
        File.WriteAllText(runner.Comments, """[{"id": 1, "user": {"login": "alice"}, "body": "Please check the retention."}]""");

        var first = runner.RunJob(workflow, "check", repository);

        first.AssertSucceeded();
        Assert.Equal(["actions/checkout@v4", "actions/setup-dotnet@v4"], first.Used);
        Assert.Empty(first.Skipped);
        Assert.Equal(5, first.Steps.Count);
        Assert.Equal("false", first.Steps.Single(s => s.Id == "output").Outputs["stale"]);
        Assert.Contains("Retention of", File.ReadAllText(runner.Summary), StringComparison.Ordinal);
        var comments = Comments(runner);
        Assert.Equal(2, comments.Count);
        Assert.Equal("Please check the retention.", comments[0].Body);
        Assert.StartsWith(Marker, comments[1].Body, StringComparison.Ordinal);
        Assert.Contains("3 years", comments[1].Body, StringComparison.Ordinal);

        // Someone (or another bot) comments after the tool; the next push must update the tool's comment, not the last one.
        File.WriteAllText(runner.Comments, JsonSerializer.Serialize(comments.Append(new Comment(200, "github-actions[bot]", "Deploy preview ready."))
            .Select(c => new { id = c.Id, user = new { login = c.Login }, body = c.Body })));
        Edit(Path.Combine(repository, Activity), "period: P3Y", "period: P4Y");
        User(repository, runner, "build");
        Commit(repository, runner, "Keep messages 4 years");

        runner.RunJob(workflow, "check", repository).AssertSucceeded();

        var updated = Comments(runner);
        Assert.Equal([1, comments[1].Id, 200], updated.Select(c => c.Id));
        Assert.Contains("4 years", updated[1].Body, StringComparison.Ordinal);
        Assert.Equal("Deploy preview ready.", updated[2].Body);
        Assert.Equal("Please check the retention.", updated[0].Body);

        // After the merge: main publishes the site.
        Git(repository, runner, "checkout", "--quiet", "main");
        Git(repository, runner, "merge", "--quiet", "--ff-only", "longer-retention");
        var push = new RunnerStandIn(folder["runner-push"], "push", Expressions, new Dictionary<string, bool>
        {
            ["github.event_name == 'pull_request'"] = false,
            ["github.event_name == 'pull_request' && github.event.pull_request.head.repo.full_name == github.repository"] = false,
        });
        var check = push.RunJob(workflow, "check", repository);
        var publish = push.RunJob(workflow, "publish", repository);

        check.AssertSucceeded();
        Assert.Equal(2, check.Skipped.Count);
        publish.AssertSucceeded();
        Assert.Contains("actions/upload-pages-artifact@v3", publish.Used);
        Assert.True(File.Exists(Path.Combine(repository, "output", "site", "index.json")));
    }

    [Fact]
    public void When_output_is_stale_the_rebuild_job_commits_it_to_the_pull_request_branch()
    {
        using var folder = new TempFolder();
        var runner = PullRequestRunner(folder["runner"]);
        var repository = NewRepository(folder, runner);
        var workflow = Path.Combine(repository, ".github", "workflows", "register.yml");

        // Edited in GitHub's web editor: the register changes, output/ does not.
        Git(repository, runner, "checkout", "--quiet", "-b", "web-edit");
        Edit(Path.Combine(repository, Activity), "period: P2Y", "period: P3Y");
        Commit(repository, runner, "Update contact-form.yaml");
        Git(repository, runner, "push", "--quiet", "origin", "web-edit");

        var check = runner.RunJob(workflow, "check", repository);

        var last = check.Steps[^1];
        Assert.Equal("output", last.Id);
        Assert.NotEqual(0, last.Result.ExitCode);
        Assert.Equal("true", last.Outputs["stale"]);
        Assert.All(check.Steps.SkipLast(1), s => Assert.True(s.Result.ExitCode == 0, s.Result.Transcript));

        var rebuild = runner.RunJob(workflow, "rebuild-output", repository);

        rebuild.AssertSucceeded();
        var origin = Path.Combine(folder.Path, "origin.git");
        Assert.Equal("Rebuild output/ with register build", GitSandbox.Run(origin, "log", "-1", "--format=%s", "web-edit").Trim());
        Assert.Equal(0, User(repository, runner, "build", "--check").ExitCode);
        Assert.Empty(GitSandbox.Run(repository, "status", "--porcelain"));
    }

    private static readonly Dictionary<string, string> Expressions = new(StringComparer.Ordinal)
    {
        ["github.base_ref"] = "main",
        ["github.head_ref"] = "web-edit",
        ["github.token"] = "stand-in-token",
        ["github.event.pull_request.number"] = "7",
    };

    private static RunnerStandIn PullRequestRunner(string scratch) => new(scratch, "pull_request", Expressions, new Dictionary<string, bool>
    {
        ["github.event_name == 'pull_request'"] = true,
        ["github.event_name == 'pull_request' && github.event.pull_request.head.repo.full_name == github.repository"] = true,
    });

    /// <summary>
    /// What a new user types, with the tool from the downloaded package: install it, init with --feed, build, commit, push
    /// to a bare repository that stands in for GitHub (origin/main then exists, as after actions/checkout with fetch-depth 0).
    /// </summary>
    private string NewRepository(TempFolder folder, RunnerStandIn runner)
    {
        var home = folder["user"];
        Directory.CreateDirectory(home);
        var install = ChildProcess.Run("dotnet", ["tool", "install", "--global", RegisterScaffold.PackageId, "--add-source", tool.Feed], home, runner.Environment);
        Assert.True(install.ExitCode == 0, install.Transcript);

        var repository = folder["privacy-register"];
        Directory.CreateDirectory(repository);
        Git(repository, runner, "init", "--quiet", "--initial-branch=main");
        Git(repository, runner, "config", "user.email", "legal@example.org");
        Git(repository, runner, "config", "user.name", "Legal Team");
        Git(repository, runner, "config", "commit.gpgsign", "false");
        var init = User(repository, runner, "init", "--feed", tool.Feed);
        Assert.True(init.ExitCode == 0, init.Transcript);
        Assert.Contains("created nuget.config", init.Output, StringComparison.Ordinal);
        Assert.Equal(0, User(repository, runner, "validate").ExitCode);
        Assert.Equal(0, User(repository, runner, "build").ExitCode);
        Commit(repository, runner, "Start the register");

        var origin = folder["origin.git"];
        Git(folder.Path, runner, "init", "--quiet", "--bare", "--initial-branch=main", origin);
        Git(repository, runner, "remote", "add", "origin", origin);
        Git(repository, runner, "push", "--quiet", "-u", "origin", "main");
        return repository;
    }

    /// <summary>The globally installed <c>register</c> (in the isolated HOME), as a user runs it.</summary>
    private static ChildProcess.Result User(string directory, RunnerStandIn runner, params string[] arguments)
    {
        var home = runner.Environment["HOME"]!;
        return ChildProcess.Run(Path.Combine(home, ".dotnet", "tools", "register"), arguments, directory, runner.Environment);
    }

    private static void Git(string directory, RunnerStandIn runner, params string[] arguments)
    {
        var result = ChildProcess.Run("git", arguments, directory, runner.Environment);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)}: {result.Transcript}");
    }

    private static void Commit(string repository, RunnerStandIn runner, string message)
    {
        Git(repository, runner, "add", "-A");
        Git(repository, runner, "commit", "--quiet", "-m", message);
    }

    private static void Edit(string file, string find, string replace)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(find, replace, StringComparison.Ordinal));
    }

    private static List<Comment> Comments(RunnerStandIn runner) =>
        JsonDocument.Parse(File.ReadAllText(runner.Comments)).RootElement.EnumerateArray()
            .Select(c => new Comment(c.GetProperty("id").GetInt32(), c.GetProperty("user").GetProperty("login").GetString()!, c.GetProperty("body").GetString()!))
            .ToList();

    private sealed record Comment(int Id, string Login, string Body);
}
