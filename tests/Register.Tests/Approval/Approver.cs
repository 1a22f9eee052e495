using System.Runtime.CompilerServices;
using System.Text;

namespace Register.Tests.Approval;

/// <summary>
/// Approval testing in Verify's file convention: <c>{Class}.{Method}.verified.{ext}</c> beside the test file.
/// A mismatch writes <c>.received.</c> and fails with a diff; set REGISTER_ACCEPT=1 to accept the received output.
/// Line endings are normalised to LF and the repository root is scrubbed to <c>{RepoRoot}</c>.
/// </summary>
public static class Approver
{
    private const string AcceptVariable = "REGISTER_ACCEPT";

    /// <summary>Compares text with the approved file; <paramref name="name"/> distinguishes several files per test.</summary>
    public static void Verify(
        string received,
        string extension = "txt",
        string? name = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "") =>
        Verify(received, extension, name, sourceFile, method, Environment.GetEnvironmentVariable(AcceptVariable) == "1");

    /// <summary>The comparison itself, with accepting decided by the caller (so the helper's own tests can run in accept mode).</summary>
    internal static void Verify(string received, string extension, string? name, string sourceFile, string method, bool accept)
    {
        var directory = Path.GetDirectoryName(sourceFile)!;
        var typeName = Path.GetFileNameWithoutExtension(sourceFile);
        var stem = name is null ? $"{typeName}.{method}" : $"{typeName}.{method}_{name}";
        var verifiedPath = Path.Combine(directory, $"{stem}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{stem}.received.{extension}");
        var text = Scrub(received);

        var verified = File.Exists(verifiedPath) ? Normalise(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;
        if (verified == text)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, text, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, text, new UTF8Encoding(false));
        Assert.Fail(verified is null
            ? $"No approved file yet: {verifiedPath}\nReview {receivedPath} and rerun with {AcceptVariable}=1 to accept it."
            : $"Output differs from {verifiedPath}:\n{TextDiff.Describe(verified, text)}\nRerun with {AcceptVariable}=1 to accept the new output.");
    }

    /// <summary>The repository root: the folder holding Register.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string Scrub(string text) => Normalise(text).Replace(RepoRoot.Replace('\\', '/'), "{RepoRoot}", StringComparison.Ordinal);

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Register.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Register.sln not found above the test binaries.");
    }
}
