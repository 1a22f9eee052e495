using System.Text.RegularExpressions;
using Register.Tests.Approval;
using YamlDotNet.RepresentationModel;

namespace Register.Tests.Workflow;

/// <summary>
/// Runs the <c>run:</c> steps of one job of a GitHub Actions workflow the way a hosted runner does: each script with
/// <c>bash --noprofile --norc -eo pipefail</c> in the workspace, the workflow's, job's and step's <c>env</c>, GitHub's
/// variables and files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY) in a scratch folder, a stand-in <c>gh</c> on the
/// PATH, and an isolated HOME and NuGet cache. <c>uses:</c> steps are the caller's business (the workspace is already
/// checked out and dotnet is installed). Expressions and <c>if:</c> conditions are looked up in tables the test gives,
/// so an expression the test does not know fails instead of being guessed.
/// </summary>
internal sealed partial class RunnerStandIn
{
    private readonly string _scratch;
    private readonly IReadOnlyDictionary<string, string> _expressions;
    private readonly IReadOnlyDictionary<string, bool> _conditions;
    private readonly Dictionary<string, string?> _environment;

    /// <param name="scratch">A temporary folder for HOME, the NuGet cache, the gh stand-in and GitHub's files.</param>
    /// <param name="expressions">The value of each <c>${{ … }}</c> expression the steps use, by its text.</param>
    /// <param name="conditions">The outcome of each step's <c>if:</c>, by its text.</param>
    public RunnerStandIn(string scratch, string eventName, IReadOnlyDictionary<string, string> expressions, IReadOnlyDictionary<string, bool> conditions)
    {
        _scratch = scratch;
        _expressions = expressions;
        _conditions = conditions;
        Directory.CreateDirectory(scratch);
        var bin = Path.Combine(scratch, "bin");
        Directory.CreateDirectory(bin);
        var gh = Path.Combine(bin, "gh");
        File.Copy(Path.Combine(Approver.RepoRoot, "tests", "Register.Tests", "Workflow", "gh-stand-in.sh"), gh, overwrite: true);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(gh, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Comments = Path.Combine(scratch, "comments.json");
        File.WriteAllText(Comments, "[]");
        GhLog = Path.Combine(scratch, "gh.log");
        File.WriteAllText(GhLog, "");
        Summary = Path.Combine(scratch, "step-summary.md");
        File.WriteAllText(Summary, "");

        _environment = IsolatedDotnet.Environment(scratch);
        var home = _environment["HOME"]!;
        _environment["PATH"] = $"{bin}:{home}/.dotnet/tools:{System.Environment.GetEnvironmentVariable("PATH")}";
        _environment["CI"] = "true";
        _environment["GITHUB_ACTIONS"] = "true";
        _environment["GITHUB_EVENT_NAME"] = eventName;
        _environment["GITHUB_REPOSITORY"] = "example-org/privacy-register";
        _environment["GITHUB_STEP_SUMMARY"] = Summary;
        _environment["RUNNER_TEMP"] = Path.Combine(scratch, "runner-temp");
        _environment["GH_STAND_IN_COMMENTS"] = Comments;
        _environment["GH_STAND_IN_LOG"] = GhLog;
        // No package source but the ones a repository's own nuget.config names: the machine-wide defaults are cleared.
        var nugetConfig = Path.Combine(home, ".nuget", "NuGet", "NuGet.Config");
        Directory.CreateDirectory(Path.GetDirectoryName(nugetConfig)!);
        File.WriteAllText(nugetConfig, "<configuration><packageSources><clear /></packageSources></configuration>\n");
        Directory.CreateDirectory(_environment["RUNNER_TEMP"]!);
    }

    /// <summary>The pull request's comments as the gh stand-in keeps them (JSON).</summary>
    public string Comments { get; }

    /// <summary>Every gh call, one line each.</summary>
    public string GhLog { get; }

    /// <summary>What the steps appended to GITHUB_STEP_SUMMARY.</summary>
    public string Summary { get; }

    /// <summary>The environment every step starts from (also for commands the test runs itself, as a user would).</summary>
    public IReadOnlyDictionary<string, string?> Environment => _environment;

    /// <summary>The steps of <paramref name="job"/> in <paramref name="workflowFile"/>, run in order until one fails.</summary>
    public JobRun RunJob(string workflowFile, string job, string workspace)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(workflowFile)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var jobNode = (YamlMappingNode)((YamlMappingNode)root["jobs"])[job];
        var environment = new Dictionary<string, string?>(_environment);
        AddEnv(environment, root);
        AddEnv(environment, jobNode);

        // A job starts from a fresh checkout: nothing an earlier job left in the workspace.
        var clean = ChildProcess.Run("git", ["clean", "-ffdxq"], workspace, _environment);
        Assert.True(clean.ExitCode == 0, clean.Transcript);

        var run = new JobRun(job);
        var index = 0;
        foreach (var step in ((YamlSequenceNode)jobNode["steps"]).Children.Cast<YamlMappingNode>())
        {
            index++;
            var name = Scalar(step, "name") ?? Scalar(step, "run")?.Split('\n')[0] ?? Scalar(step, "uses") ?? $"step {index}";
            if (Scalar(step, "if") is { } condition)
            {
                Assert.True(_conditions.TryGetValue(condition.Trim(), out var holds), $"The test does not know the condition '{condition}' of step '{name}'.");
                if (!holds)
                {
                    run.Skipped.Add(name);
                    continue;
                }
            }

            if (Scalar(step, "run") is not { } script)
            {
                run.Used.Add(Scalar(step, "uses") ?? name);
                continue;
            }

            var stepEnvironment = new Dictionary<string, string?>(environment);
            AddEnv(stepEnvironment, step);
            var output = Path.Combine(_scratch, $"{job}-{index}.output");
            var env = Path.Combine(_scratch, $"{job}-{index}.env");
            File.WriteAllText(output, "");
            File.WriteAllText(env, "");
            stepEnvironment["GITHUB_OUTPUT"] = output;
            stepEnvironment["GITHUB_ENV"] = env;
            var scriptFile = Path.Combine(_scratch, $"{job}-{index}.sh");
            File.WriteAllText(scriptFile, Substitute(script, name));

            var result = ChildProcess.Run("bash", ["--noprofile", "--norc", "-eo", "pipefail", scriptFile], workspace, stepEnvironment, TimeSpan.FromMinutes(4));
            var outputs = ReadPairs(output);
            run.Steps.Add(new StepRun(name, Scalar(step, "id"), result, outputs));
            foreach (var (key, value) in ReadPairs(env))
            {
                environment[key] = value;
            }

            if (result.ExitCode != 0)
            {
                break;
            }
        }

        return run;
    }

    private void AddEnv(Dictionary<string, string?> environment, YamlMappingNode node)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode("env"), out var env))
        {
            return;
        }

        foreach (var (key, value) in ((YamlMappingNode)env).Children)
        {
            environment[((YamlScalarNode)key).Value!] = Substitute(((YamlScalarNode)value).Value ?? "", ((YamlScalarNode)key).Value!);
        }
    }

    private string Substitute(string text, string where) => Expression().Replace(text, match =>
    {
        var expression = match.Groups[1].Value.Trim();
        Assert.True(_expressions.TryGetValue(expression, out var value), $"The test does not know the expression '{expression}' in '{where}'.");
        return value!;
    });

    private static Dictionary<string, string> ReadPairs(string file) => File.ReadAllLines(file)
        .Where(l => l.Contains('=', StringComparison.Ordinal))
        .Select(l => l.Split('=', 2))
        .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [GeneratedRegex(@"\$\{\{(.*?)\}\}")]
    private static partial Regex Expression();
}

/// <summary>What one job did: the steps run (with their results and outputs), the steps skipped by their condition and the actions left to the caller.</summary>
internal sealed record JobRun(string Job)
{
    public List<StepRun> Steps { get; } = [];

    public List<string> Skipped { get; } = [];

    public List<string> Used { get; } = [];

    /// <summary>Every step succeeded; otherwise the message names the first that failed, with its output.</summary>
    public void AssertSucceeded()
    {
        Assert.NotEmpty(Steps);
        foreach (var step in Steps)
        {
            Assert.True(step.Result.ExitCode == 0, $"Job '{Job}', step '{step.Name}' exited with {step.Result.ExitCode}:\n{step.Result.Transcript}");
        }
    }
}

internal sealed record StepRun(string Name, string? Id, ChildProcess.Result Result, IReadOnlyDictionary<string, string> Outputs);
