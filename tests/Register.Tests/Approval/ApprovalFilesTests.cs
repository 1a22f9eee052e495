using System.Text.RegularExpressions;

namespace Register.Tests.Approval;

/// <summary>Every committed <c>.verified.</c> file belongs to a test that exists, and none merely repeats output/.</summary>
public sealed partial class ApprovalFilesTests
{
    [Fact]
    public void Every_verified_file_names_a_test_method_of_the_class_beside_it()
    {
        var orphans = new List<string>();
        foreach (var file in VerifiedFiles())
        {
            var name = Path.GetFileName(file);
            var stem = name[..name.IndexOf(".verified.", StringComparison.Ordinal)];
            var dot = stem.IndexOf('.', StringComparison.Ordinal);
            var source = dot < 0 ? null : Path.Combine(Path.GetDirectoryName(file)!, stem[..dot] + ".cs");
            if (source is null || !File.Exists(source) || !NamesAMethod(File.ReadAllText(source), stem[(dot + 1)..]))
            {
                orphans.Add(Path.GetRelativePath(Approver.RepoRoot, file).Replace('\\', '/'));
            }
        }

        Assert.True(orphans.Count == 0, "Verified files that no test uses (delete them, or rename them after the test):\n  " + string.Join("\n  ", orphans));
    }

    [Fact]
    public void The_orphan_check_finds_a_file_whose_method_is_gone()
    {
        const string Source = "public sealed class T { [Fact] public void Renders_the_page() { } }";

        Assert.True(NamesAMethod(Source, "Renders_the_page"));
        Assert.True(NamesAMethod(Source, "Renders_the_page_nl"));
        Assert.False(NamesAMethod(Source, "Renders_the_old_page"));
        Assert.False(NamesAMethod(Source, "Renders_the"));
    }

    [Fact]
    public void No_verified_file_is_a_copy_of_a_committed_output_file()
    {
        // CommittedOutputTests already pins every file of output/; a second copy only doubles each review.
        var output = Directory.EnumerateFiles(Path.Combine(Approver.RepoRoot, "output"), "*", SearchOption.AllDirectories)
            .GroupBy(f => new FileInfo(f).Length)
            .ToDictionary(g => g.Key, g => g.ToList());
        var copies = VerifiedFiles()
            .Where(v => output.TryGetValue(new FileInfo(v).Length, out var same) && same.Any(o => File.ReadAllBytes(o).AsSpan().SequenceEqual(File.ReadAllBytes(v))))
            .Select(v => Path.GetRelativePath(Approver.RepoRoot, v).Replace('\\', '/'))
            .ToList();

        Assert.True(copies.Count == 0, "Verified files that copy output/:\n  " + string.Join("\n  ", copies));
    }

    private static IEnumerable<string> VerifiedFiles() =>
        Directory.EnumerateFiles(Path.Combine(Approver.RepoRoot, "tests"), "*.verified.*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    // The stem after the class is the method, or the method, '_' and the name a theory gives (Approver.Verify's name).
    private static bool NamesAMethod(string source, string rest) =>
        MethodName().Matches(source).Select(m => m.Groups[1].Value)
            .Any(method => rest == method || rest.StartsWith(method + "_", StringComparison.Ordinal));

    [GeneratedRegex(@"\b(?:void|Task|async\s+Task)\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(")]
    private static partial Regex MethodName();
}
