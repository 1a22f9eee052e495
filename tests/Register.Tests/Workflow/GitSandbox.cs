using Register.Workflow;

namespace Register.Tests.Workflow;

/// <summary>A temporary git repository holding a fresh 'register init', for tests of commands that read git history.</summary>
internal sealed class GitSandbox : IDisposable
{
    private readonly TempFolder _folder = new();

    public GitSandbox(bool scaffold = true)
    {
        Git("init", "--quiet", "--initial-branch=main");
        Git("config", "user.email", "legal@example.org");
        Git("config", "user.name", "Legal Team");
        Git("config", "commit.gpgsign", "false");
        if (scaffold)
        {
            RegisterScaffold.Create(Path);
            Commit("Start the register");
        }
    }

    public string Path => _folder.Path;

    public string RegisterPath => _folder["register"];

    public string this[string relative] => _folder[relative];

    /// <summary>Replaces text in a file of the repository; fails the test when the text is not there.</summary>
    public void Edit(string relative, string find, string replace)
    {
        var text = File.ReadAllText(this[relative]);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(this[relative], text.Replace(find, replace, StringComparison.Ordinal));
    }

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "--quiet", "-m", message);
    }

    public string Git(params string[] arguments) => Run(Path, arguments);

    public static string Run(string directory, params string[] arguments)
    {
        // No global or system git configuration: the sandbox's own settings only, whatever the machine has.
        var environment = new Dictionary<string, string?> { ["GIT_CONFIG_NOSYSTEM"] = "1", ["GIT_CONFIG_GLOBAL"] = "/dev/null" };
        var result = ChildProcess.Run("git", arguments, directory, environment, TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {result.Error}");
        return result.Output;
    }

    public void Dispose() => _folder.Dispose();
}
