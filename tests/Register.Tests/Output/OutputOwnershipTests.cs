using System.Text;
using Register.Output;

namespace Register.Tests.Output;

/// <summary>Issue 9 item 1: the build replaces or removes only files its manifest lists with their current content.</summary>
public sealed class OutputOwnershipTests
{
    [Fact]
    public void A_crafted_manifest_listing_a_hand_written_file_does_not_get_it_removed()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        var precious = scratch.Write("output/notes/precious.md", "hand-written");
        scratch.Write("output/" + OutputManifest.FileName,
            "{ \"files\": [ { \"path\": \"notes/precious.md\", \"sha256\": \"" + new string('0', 64) + "\" } ] }");

        var outcome = OutputWriter.Write(output, [File("notices/a.nl.md", "A")]);

        Assert.Equal(["notes/precious.md"], outcome.Conflicts.Select(c => c.Path));
        Assert.Equal("hand-written", System.IO.File.ReadAllText(precious));
        Assert.False(System.IO.File.Exists(Path.Combine(output, "notices", "a.nl.md")));
    }

    [Fact]
    public void A_manifest_entry_without_a_hash_owns_nothing()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        var precious = scratch.Write("output/notes/precious.md", "hand-written");
        scratch.Write("output/" + OutputManifest.FileName, "{ \"files\": [ { \"path\": \"notes/precious.md\" } ] }");

        var outcome = OutputWriter.Write(output, [File("notices/a.nl.md", "A")]);

        Assert.Empty(outcome.Conflicts);
        Assert.Empty(outcome.Removed);
        Assert.Equal("hand-written", System.IO.File.ReadAllText(precious));
    }

    [Fact]
    public void A_file_changed_since_the_build_is_neither_replaced_nor_removed()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        OutputWriter.Write(output, [File("a.md", "A"), File("gone.md", "G")]);
        scratch.Write("output/a.md", "edited by hand");
        scratch.Write("output/gone.md", "also edited");

        var outcome = OutputWriter.Write(output, [File("a.md", "A2")]);

        Assert.Equal(["a.md", "gone.md"], outcome.Conflicts.Select(c => c.Path).Order(StringComparer.Ordinal));
        Assert.Contains("changed since", outcome.Conflicts[0].Reason, StringComparison.Ordinal);
        Assert.Equal("edited by hand", System.IO.File.ReadAllText(Path.Combine(output, "a.md")));
        Assert.Equal("also edited", System.IO.File.ReadAllText(Path.Combine(output, "gone.md")));
        Assert.Equal(["a.md", "gone.md"], OutputManifest.Read(output));
    }

    [Fact]
    public void A_first_build_into_a_folder_with_other_files_refuses_to_overwrite_them()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        var mine = scratch.Write("output/site/index.html", "<p>my own page</p>");

        var outcome = OutputWriter.Write(output, [File("site/index.html", "generated"), File("site/other.html", "x")]);

        Assert.Equal(["site/index.html"], outcome.Conflicts.Select(c => c.Path));
        Assert.Equal("<p>my own page</p>", System.IO.File.ReadAllText(mine));
        Assert.Equal(["site/index.html"], Directory.EnumerateFileSystemEntries(output, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(output, p).Replace('\\', '/')).Where(p => p != "site"));
    }

    [Fact]
    public void Identical_content_is_not_a_conflict_and_becomes_owned()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        scratch.Write("output/a.md", "A");

        var outcome = OutputWriter.Write(output, [File("a.md", "A")]);

        Assert.Empty(outcome.Conflicts);
        Assert.Equal(["a.md"], OutputManifest.Read(output));
    }

    [Fact]
    public void Force_takes_over_foreign_files_and_keeps_changed_ones_it_would_remove()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        OutputWriter.Write(output, [File("gone.md", "G")]);
        scratch.Write("output/gone.md", "edited");
        scratch.Write("output/site/index.html", "mine");

        var outcome = OutputWriter.Write(output, [File("site/index.html", "generated")], new WriteOptions { Force = true });

        Assert.Equal(["site/index.html"], outcome.Written);
        Assert.Equal(["gone.md"], outcome.Released);
        Assert.Equal("generated", System.IO.File.ReadAllText(Path.Combine(output, "site", "index.html")));
        Assert.Equal("edited", System.IO.File.ReadAllText(Path.Combine(output, "gone.md")));
        Assert.Equal(["site/index.html"], OutputManifest.Read(output));
    }

    [Fact]
    public void A_link_in_place_of_an_output_file_is_never_written_through()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        var elsewhere = scratch.Write("elsewhere.txt", "not yours");
        Directory.CreateDirectory(output);
        System.IO.File.CreateSymbolicLink(Path.Combine(output, "a.md"), elsewhere);

        var refused = OutputWriter.Write(output, [File("a.md", "A")]);
        var forced = OutputWriter.Write(output, [File("a.md", "A")], new WriteOptions { Force = true });

        Assert.Equal(["a.md"], refused.Conflicts.Select(c => c.Path));
        Assert.Equal(["a.md"], forced.Written);
        Assert.Equal("not yours", System.IO.File.ReadAllText(elsewhere));
        Assert.Null(new FileInfo(Path.Combine(output, "a.md")).LinkTarget);
    }

    [Fact]
    public void A_second_build_while_one_holds_the_lock_stops_with_the_path()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        OutputWriter.Write(output, [File("a.md", "A")]);

        using (OutputLock.Take(output))
        {
            var e = Assert.Throws<OutputWriteException>(() => OutputWriter.Write(output, [File("a.md", "B")]));
            Assert.Contains("Another build is writing " + output, e.Message, StringComparison.Ordinal);
            Assert.False(OutputComparison.Compare(output, [File("a.md", "A")]).IsCurrent);
        }

        Assert.Equal("A", System.IO.File.ReadAllText(Path.Combine(output, "a.md")));
        Assert.True(OutputComparison.Compare(output, [File("a.md", "A")]).IsCurrent);
    }

    [Fact]
    public void A_staging_folder_without_a_journal_is_discarded_and_check_does_not_pass_while_it_is_there()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        OutputWriter.Write(output, [File("a.md", "A")]);
        scratch.Write("output/" + OutputJournal.StagingFolder + "/new/0", "half");

        Assert.False(OutputComparison.Compare(output, [File("a.md", "A")]).IsCurrent);
        var outcome = OutputWriter.Write(output, [File("a.md", "A")]);

        Assert.True(outcome.Recovered);
        Assert.False(Directory.Exists(Path.Combine(output, OutputJournal.StagingFolder)));
        Assert.True(OutputComparison.Compare(output, [File("a.md", "A")]).IsCurrent);
    }

    [Fact]
    public void A_committed_journal_is_rolled_forward_to_the_complete_new_output()
    {
        using var scratch = new ScratchFolder();
        var output = Path.Combine(scratch.Path, "output");
        OutputFile[] before = [File("a.md", "A"), File("b.md", "B"), File("gone.md", "G")];
        OutputFile[] after = [File("a.md", "A2"), File("b.md", "B2"), File("c.md", "C")];
        OutputWriter.Write(output, before);
        var manifest = OutputComparison.WithManifest(after).Single(f => f.Path == OutputManifest.FileName);
        // An interrupted swap: everything staged and journaled, a.md already moved in, the rest not.
        var staging = OutputJournal.StagingOf(output);
        scratch.Write("output/" + OutputJournal.StagingFolder + "/new/1", "B2");
        scratch.Write("output/" + OutputJournal.StagingFolder + "/new/2", "C");
        System.IO.File.WriteAllBytes(Path.Combine(staging, "new", "3"), manifest.Content);
        Directory.CreateDirectory(Path.Combine(staging, "old"));
        System.IO.File.Move(Path.Combine(output, "a.md"), Path.Combine(staging, "old", "0"));
        scratch.Write("output/a.md", "A2");
        OutputJournal.Commit(output,
        [
            new JournalEntry("a.md", "new/0", "old/0", null), new JournalEntry("b.md", "new/1", "old/1", null),
            new JournalEntry("c.md", "new/2", null, null), new JournalEntry("gone.md", null, "old/r0", OutputManifest.Hash("G"u8)),
            new JournalEntry(OutputManifest.FileName, "new/3", "old/3", null),
        ]);

        Assert.False(OutputComparison.Compare(output, after).IsCurrent);
        Assert.True(OutputJournal.Recover(output));

        Assert.True(OutputComparison.Compare(output, after).IsCurrent);
        Assert.False(System.IO.File.Exists(Path.Combine(output, "gone.md")));
        Assert.False(Directory.Exists(staging));
    }

    private static OutputFile File(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
