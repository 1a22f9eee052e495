using Register.Tests.Approval;

namespace Register.Tests.Workflow;

/// <summary>
/// A git repository holding a copy of the example register and its output: 'main' has it as committed, and the checked-out
/// branch 'longer-retention' keeps contact-form questions 2 years instead of 1, with origin/main pointing at main.
/// </summary>
internal sealed class ExampleRepository : IDisposable
{
    private readonly GitSandbox _git = new(scaffold: false);

    /// <param name="withBranch">Create and check out the 'longer-retention' branch (with a rebuilt output/); otherwise stay on main.</param>
    public ExampleRepository(bool withBranch = true)
    {
        Copy(System.IO.Path.Combine(Approver.RepoRoot, "register"), _git["register"]);
        Copy(System.IO.Path.Combine(Approver.RepoRoot, "output"), _git["output"]);
        _git.Commit("The example register");
        _git.Git("update-ref", "refs/remotes/origin/main", "HEAD");
        if (!withBranch)
        {
            return;
        }

        _git.Git("checkout", "--quiet", "-b", "longer-retention");
        _git.Edit(ContactForm, "period: P1Y", "period: P2Y");
        Assert.Equal(0, RegisterProcess.Run(Path, ["build"]).ExitCode);
        _git.Commit("Keep questions 2 years");
    }

    public const string ContactForm = "register/activities/contact-form.yaml";

    public string Path => _git.Path;

    public GitSandbox Git => _git;

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => _git.Dispose();
}
