namespace Register.Tests.Cli;

/// <summary>register export writes through the library's single-file writer: the output folder's rules for one file.</summary>
public sealed class ExportWriteTests
{
    private static string ExampleRegister => Path.Combine(Approval.Approver.RepoRoot, "register");

    [Fact]
    public void An_existing_file_with_other_content_is_kept_unless_forced()
    {
        using var scratch = new ScratchFolder();
        var target = scratch.Write("record.csv", "someone else's spreadsheet\n");

        var refused = CliRun.Of("export", "art30", ExampleRegister, "--lang", "en", "--format", "csv", "--out", target);

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal($"register: nothing was written: {target} exists with other content (the export keeps no record of the files it wrote). Choose another --out, or add --force to replace it.\n", refused.Error);
        Assert.Equal("someone else's spreadsheet\n", File.ReadAllText(target));

        var forced = CliRun.Of("export", "art30", ExampleRegister, "--lang", "en", "--format", "csv", "--out", target, "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.Equal($"Wrote {target}\n", forced.Output);
        Assert.Contains("Reference,Processing activity", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(["record.csv"], Directory.EnumerateFileSystemEntries(scratch.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Exporting_the_same_record_again_leaves_the_file_as_it_is()
    {
        using var scratch = new ScratchFolder();
        var target = Path.Combine(scratch.Path, "record.xlsx");
        Assert.Equal(0, CliRun.Of("export", "art30", ExampleRegister, "--lang", "nl", "--format", "xlsx", "--out", target).ExitCode);
        var written = File.GetLastWriteTimeUtc(target);
        File.SetLastWriteTimeUtc(target, written.AddHours(-1));

        var again = CliRun.Of("export", "art30", ExampleRegister, "--lang", "nl", "--format", "xlsx", "--out", target);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal($"{target} is already current\n", again.Output);
        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(target));
    }

    [Fact]
    public void A_file_inside_the_register_folder_is_refused()
    {
        using var scratch = new ScratchFolder();
        var register = scratch.Copy(ExampleRegister, "register");
        var target = Path.Combine(register, "record.md");

        var run = CliRun.Of("export", "art30", register, "--lang", "en", "--format", "md", "--out", target, "--force");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("inside the register folder", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void A_link_is_never_written_through_even_with_force()
    {
        using var scratch = new ScratchFolder();
        var elsewhere = scratch.Write("elsewhere.txt", "keep me\n");
        var link = Path.Combine(scratch.Path, "record.md");
        File.CreateSymbolicLink(link, elsewhere);

        var run = CliRun.Of("export", "art30", ExampleRegister, "--lang", "en", "--format", "md", "--out", link, "--force");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"register: nothing was written: {link} is a link; the export never writes through one.\n", run.Error);
        Assert.Equal("keep me\n", File.ReadAllText(elsewhere));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void A_folder_as_target_is_refused()
    {
        using var scratch = new ScratchFolder();

        var run = CliRun.Of("export", "art30", ExampleRegister, "--lang", "en", "--format", "md", "--out", scratch.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("it is a folder", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.Path));
    }
}
