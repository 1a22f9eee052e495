using Register.Loading;
using Register.Model;

namespace Register.Workflow.Diff;

/// <summary>
/// <c>register diff</c>: loads the register as it was at one git revision and at another (or in the working tree) and
/// compares the two.
/// </summary>
public static class RegisterHistory
{
    public const string WorkingTree = "the working tree";

    /// <summary>
    /// Compares the register in <paramref name="registerDirectory"/> at <paramref name="from"/> (default HEAD) with
    /// <paramref name="to"/> (default: the files as they are now).
    /// </summary>
    public static DiffOutcome Diff(string registerDirectory, string? from = null, string? to = null, string? language = null)
    {
        from ??= "HEAD";
        var toLabel = to ?? WorkingTree;
        var full = Path.GetFullPath(registerDirectory);
        var repository = Directory.Exists(full) ? GitRepository.Find(full) : null;
        if (repository is null)
        {
            return DiffOutcome.Failed(from, toLabel,
                $"'{registerDirectory}' is not a folder inside a git repository; 'register diff' compares versions of the register committed in git. Run 'git init' there and commit the register first.",
                2);
        }

        var folder = Path.GetRelativePath(repository.Top, full).Replace('\\', '/');
        var scratch = new List<string>();
        try
        {
            var before = Load(repository, from, folder, scratch, out var fromLabel);
            if (before.Problem is { } p1)
            {
                return DiffOutcome.Failed(fromLabel, toLabel, p1, before.ExitCode);
            }

            var after = to is null
                ? Snapshot.Of(RegisterLoader.Load(full, new LoadOptions { DisplayRoot = repository.Top }), WorkingTree)
                : Load(repository, to, folder, scratch, out toLabel);
            if (after.Problem is { } p2)
            {
                return DiffOutcome.Failed(fromLabel, toLabel, p2, after.ExitCode);
            }

            var languages = before.Register!.Organisation.Languages.Concat(after.Register!.Organisation.Languages).Distinct(StringComparer.Ordinal).ToList();
            if (language is not null && !languages.Contains(language, StringComparer.Ordinal))
            {
                return DiffOutcome.Failed(fromLabel, toLabel,
                    $"--lang '{language}' is not one of the register's languages; choose one of: {string.Join(", ", languages)}.", 2);
            }

            var warnings = new[] { (before, fromLabel), (after, toLabel) }
                .Where(s => s.Item1.ErrorCount > 0)
                .Select(s => $"the register at {s.Item2} has {s.Item1.ErrorCount} error(s), so this comparison may be incomplete; run 'register validate' on it.")
                .ToList();
            return new DiffOutcome(fromLabel, toLabel, RegisterComparison.Compare(before.Register!, after.Register!, language)) { Warnings = warnings };
        }
        finally
        {
            foreach (var directory in scratch)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static Snapshot Load(GitRepository repository, string revision, string folder, List<string> scratch, out string label)
    {
        label = revision;
        var commit = repository.ResolveCommit(revision);
        if (commit is null)
        {
            var hint = repository.IsShallow
                ? " This is a shallow clone, which holds only the latest commits: fetch the revision first (e.g. 'git fetch --depth=50 origin main'; in GitHub Actions, use actions/checkout with 'fetch-depth: 0')."
                : " Check the spelling with 'git log --oneline' or 'git branch -a'; a remote branch may need 'git fetch' first.";
            return Snapshot.Failed($"the revision '{revision}' is not in this git repository.{hint}", 2);
        }

        label = $"{revision} ({commit[..7]})";
        var target = Path.Combine(Path.GetTempPath(), "register-diff-" + Path.GetRandomFileName());
        Directory.CreateDirectory(target);
        scratch.Add(target);
        if (repository.Materialise(commit, folder, target) == 0)
        {
            return Snapshot.Failed($"there is no register folder '{folder}' in revision {label}.", 2);
        }

        return Snapshot.Of(RegisterLoader.Load(Path.Combine(target, folder), new LoadOptions { DisplayRoot = target }), label);
    }

    private sealed record Snapshot(RegisterModel? Register, int ErrorCount, string? Problem, int ExitCode)
    {
        public static Snapshot Of(LoadResult load, string label) => load.Register is null
            ? Failed($"the register at {label} cannot be read (its organisation.yaml is missing or broken); run 'register validate' on it.", 1)
            : new Snapshot(load.Register, load.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error), null, 0);

        public static Snapshot Failed(string problem, int exitCode) => new(null, 0, problem, exitCode);
    }
}
