using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Register.Workflow.Diff;

/// <summary>Reads revisions of a git repository with the git binary itself, so shallow clones and any hosting work alike.</summary>
public sealed class GitRepository
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private GitRepository(string top) => Top = top;

    /// <summary>The repository's top folder (the one holding .git).</summary>
    public string Top { get; }

    /// <summary>The repository holding <paramref name="directory"/>, or null when it is not inside one.</summary>
    public static GitRepository? Find(string directory)
    {
        var result = Run(directory, "rev-parse", "--show-toplevel");
        return result.ExitCode == 0 ? new GitRepository(Path.GetFullPath(Encoding.UTF8.GetString(result.Output).Trim())) : null;
    }

    /// <summary>The commit id a revision names, or null when this clone does not have it.</summary>
    public string? ResolveCommit(string revision)
    {
        if (revision.StartsWith('-'))
        {
            return null;
        }

        var result = Run(Top, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
        return result.ExitCode == 0 ? Encoding.UTF8.GetString(result.Output).Trim() : null;
    }

    /// <summary>True in a shallow clone, where older commits are missing.</summary>
    public bool IsShallow => Encoding.UTF8.GetString(Run(Top, "rev-parse", "--is-shallow-repository").Output).Trim() == "true";

    /// <summary>The files under <paramref name="folder"/> (repository-relative, '/') in a commit.</summary>
    public IReadOnlyList<string> ListFiles(string commit, string folder)
    {
        var result = Check(Run(Top, "ls-tree", "-r", "-z", "--name-only", "--full-tree", commit, "--", folder), "ls-tree");
        return Encoding.UTF8.GetString(result.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The bytes of one file in a commit.</summary>
    public byte[] ReadFile(string commit, string path) => Check(Run(Top, "cat-file", "blob", $"{commit}:{path}"), "cat-file").Output;

    /// <summary>Writes the files under <paramref name="folder"/> in a commit into <paramref name="target"/>, keeping their paths.</summary>
    public int Materialise(string commit, string folder, string target)
    {
        var files = ListFiles(commit, folder);
        foreach (var file in files)
        {
            var path = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, ReadFile(commit, file));
        }

        return files.Count;
    }

    private static GitResult Check(GitResult result, string what) => result.ExitCode == 0
        ? result
        : throw new IOException($"git {what} failed: {result.Error.Trim()}");

    private static GitResult Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Never prompt for credentials or a pager from a tool that may run in CI.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["LC_ALL"] = "C";
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=off");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new IOException("git could not be started.");
        }
        catch (Win32Exception ex)
        {
            throw new IOException($"git is needed to read earlier versions of the register but could not be run ({ex.Message}); install git and make sure it is on the PATH.", ex);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new IOException($"git {arguments[0]} did not finish within {Timeout.TotalSeconds:0} seconds.");
            }

            return new GitResult(process.ExitCode, output.ToArray(), error.GetAwaiter().GetResult());
        }
    }

    private sealed record GitResult(int ExitCode, byte[] Output, string Error);
}
