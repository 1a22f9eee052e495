using System.Text;
using Register.Output;

namespace Register.Tests.Output;

public sealed class OutputWriterTests
{
    [Fact]
    public void Writes_every_file_with_a_manifest_and_leaves_unchanged_files_alone()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        OutputFile[] files = [File("notices/a.nl.md", "A"), File("notices/b.nl.md", "B")];

        var first = OutputWriter.Write(output, files);
        var second = OutputWriter.Write(output, files);

        Assert.Equal(["notices/a.nl.md", "notices/b.nl.md"], first.Written);
        Assert.Empty(second.Written);
        Assert.Equal(["notices/a.nl.md", "notices/b.nl.md"], second.Unchanged);
        Assert.Equal("A", System.IO.File.ReadAllText(Path.Combine(output, "notices", "a.nl.md")));
        Assert.Equal(["notices/a.nl.md", "notices/b.nl.md"], OutputManifest.Read(output));
        Assert.False(Directory.Exists(Path.Combine(output, OutputJournal.StagingFolder)));
    }

    [Fact]
    public void Removes_its_own_stale_files_and_never_touches_other_files()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        OutputWriter.Write(output, [File("notices/a.nl.md", "A"), File("old/gone.md", "G")]);
        var someoneElses = scratch.Write("output/notices/README.txt", "keep me");
        var alsoSomeoneElses = scratch.Write("output/old/notes.txt", "keep me too");

        var outcome = OutputWriter.Write(output, [File("notices/a.nl.md", "A2")]);

        Assert.Equal(["old/gone.md"], outcome.Removed);
        Assert.False(System.IO.File.Exists(Path.Combine(output, "old", "gone.md")));
        Assert.Equal("keep me", System.IO.File.ReadAllText(someoneElses));
        Assert.Equal("keep me too", System.IO.File.ReadAllText(alsoSomeoneElses));
        Assert.Equal("A2", System.IO.File.ReadAllText(Path.Combine(output, "notices", "a.nl.md")));
    }

    [Theory]
    [InlineData("../escape.md")]
    [InlineData("notices/../../escape.md")]
    [InlineData("/tmp/escape.md")]
    [InlineData("notices\\..\\..\\escape.md")]
    [InlineData(".hidden")]
    [InlineData("notices//a.md")]
    [InlineData("C:escape.md")]
    [InlineData("notices/a b.md")]
    [InlineData("")]
    public void Refuses_any_path_that_is_not_plainly_inside_the_output_folder_before_writing_anything(string path)
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");

        Assert.Throws<ArgumentException>(() => OutputWriter.Write(output, [File("notices/ok.md", "fine"), File(path, "bad")]));

        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.GetFileSystemEntries(scratch.Path));
    }

    [Fact]
    public void Does_not_write_through_a_folder_link_that_points_elsewhere()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        var elsewhere = Path.Combine(scratch.Path, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        Directory.CreateDirectory(output);
        Directory.CreateSymbolicLink(Path.Combine(output, "notices"), elsewhere);

        Assert.ThrowsAny<IOException>(() => OutputWriter.Write(output, [File("notices/a.nl.md", "A")]));

        Assert.Empty(Directory.GetFileSystemEntries(elsewhere));
        Assert.False(System.IO.File.Exists(Path.Combine(output, OutputManifest.FileName)));
    }

    [Fact]
    public void A_folder_in_the_way_is_a_conflict_even_with_force_and_nothing_is_written()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        OutputWriter.Write(output, [File("notices/a.nl.md", "old A")]);
        Directory.CreateDirectory(Path.Combine(output, "notices", "b.nl.md"));

        var outcome = OutputWriter.Write(output, [File("notices/a.nl.md", "new A"), File("notices/b.nl.md", "B")], new WriteOptions { Force = true });

        Assert.Equal(["notices/b.nl.md"], outcome.Conflicts.Select(c => c.Path));
        Assert.Equal("old A", System.IO.File.ReadAllText(Path.Combine(output, "notices", "a.nl.md")));
        Assert.Equal(["notices/a.nl.md"], OutputManifest.Read(output));
        Assert.False(Directory.Exists(Path.Combine(output, OutputJournal.StagingFolder)));
    }

    [Fact]
    public void A_damaged_manifest_owns_nothing_so_nothing_is_removed()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        OutputWriter.Write(output, [File("notices/a.nl.md", "A")]);
        System.IO.File.WriteAllText(Path.Combine(output, OutputManifest.FileName), "{ not json");

        var outcome = OutputWriter.Write(output, [File("notices/b.nl.md", "B")]);

        Assert.Empty(outcome.Removed);
        Assert.True(System.IO.File.Exists(Path.Combine(output, "notices", "a.nl.md")));
    }

    [Fact]
    public void Comparison_lists_stale_missing_and_extra_files()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        OutputWriter.Write(output, [File("a.md", "A"), File("b.md", "B"), File("c.md", "C")]);
        scratch.Write("output/a.md", "hand edit");
        scratch.Write("output/other.txt", "not ours");

        var comparison = OutputComparison.Compare(output, [File("a.md", "A"), File("b.md", "B"), File("d.md", "D")]);

        Assert.Contains("a.md", comparison.Stale);
        Assert.Equal(["d.md"], comparison.Missing);
        Assert.Equal(["c.md"], comparison.Extra);
        Assert.False(comparison.IsCurrent);

        OutputFile[] rebuilt = [File("a.md", "A"), File("b.md", "B"), File("d.md", "D")];
        // a.md was edited by hand, so only --force replaces it.
        Assert.NotEmpty(OutputWriter.Write(output, rebuilt).Conflicts);
        OutputWriter.Write(output, rebuilt, new WriteOptions { Force = true });
        Assert.True(OutputComparison.Compare(output, rebuilt).IsCurrent);
        Assert.Equal("not ours", System.IO.File.ReadAllText(Path.Combine(output, "other.txt")));
    }

    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
