using System.Text;
using System.Text.Json;
using Register.FileSystem;

namespace Register.Output;

/// <summary>
/// The swap of a build, written down before its first rename so an interrupted build can be finished. Everything lives in
/// .register-staging inside the output folder (one file system, so every step is a rename): new/N holds the new content
/// of entry N, old/N what it replaces or removes, journal.json the entries. Without journal.json the swap had not begun
/// and the staging folder is simply deleted; with it, every new file is complete and the swap is rolled forward.
/// </summary>
public sealed class OutputJournal
{
    public const string StagingFolder = ".register-staging";
    private const string JournalFile = "journal.json";

    private readonly string _root;

    private OutputJournal(string root, IReadOnlyList<JournalEntry> entries)
    {
        _root = root;
        Entries = entries;
    }

    /// <summary>The renames, in order: written files, then removals, then the manifest.</summary>
    public IReadOnlyList<JournalEntry> Entries { get; }

    public static string StagingOf(string root) => Path.Combine(root, StagingFolder);

    /// <summary>True when the output folder holds the leftovers of an interrupted build.</summary>
    public static bool IsInterrupted(string root) => Directory.Exists(StagingOf(root));

    /// <summary>Writes the journal durably (a temporary file renamed into place) and returns it; the swap may then begin.</summary>
    public static OutputJournal Commit(string root, IReadOnlyList<JournalEntry> entries)
    {
        var staging = StagingOf(root);
        var text = new StringBuilder("{\n  \"entries\": [\n");
        for (var i = 0; i < entries.Count; i++)
        {
            text.Append("    ").Append(JsonSerializer.Serialize(entries[i], OutputJson.Default.JournalEntry)).Append(i + 1 < entries.Count ? ",\n" : "\n");
        }

        text.Append("  ]\n}\n");
        // The staged files' names must be on disk before the journal that points at them.
        DirectorySync.Flush(Path.Combine(staging, "new"));
        var temporary = Path.Combine(staging, JournalFile + ".tmp");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path.Combine(staging, JournalFile));
        DirectorySync.Flush(staging);
        return new OutputJournal(root, entries);
    }

    /// <summary>
    /// Finishes what an interrupted build left: rolls a committed swap forward, or deletes a staging folder whose swap had
    /// not begun. Returns true when there was anything to recover. The caller holds the <see cref="OutputLock"/>.
    /// </summary>
    public static bool Recover(string root)
    {
        var staging = StagingOf(root);
        if (!Directory.Exists(staging))
        {
            return false;
        }

        var journal = Path.Combine(staging, JournalFile);
        if (File.Exists(journal))
        {
            var entries = JsonSerializer.Deserialize(File.ReadAllBytes(journal), OutputJson.Default.JournalFileShape)?.Entries
                ?? throw new OutputWriteException($"The journal {journal} of an interrupted build cannot be read; move {staging} away and build again.");
            new OutputJournal(root, entries).RollForward();
        }
        else
        {
            Directory.Delete(staging, recursive: true);
        }

        return true;
    }

    /// <summary>Applies every entry (each step safe to repeat), flushes the folders it renamed into, then ends the journal.</summary>
    public void RollForward()
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal) { _root };
        foreach (var entry in Entries)
        {
            var target = OutputPaths.Resolve(_root, entry.Path);
            folders.Add(Path.GetDirectoryName(target)!);
            var staged = entry.Staged is null ? null : Path.Combine(StagingOf(_root), entry.Staged);
            var backup = entry.Backup is null ? null : Path.Combine(StagingOf(_root), entry.Backup);
            if (staged is not null)
            {
                if (File.Exists(staged))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Move(staged, target, overwrite: true);
                }
            }
            else if (backup is not null && File.Exists(target) && !File.Exists(backup) && OutputManifest.HashOf(target) == entry.Sha256)
            {
                File.Move(target, backup);
            }
        }

        // Only once the renames are on disk may the journal go: a power cut before this point rolls forward again.
        foreach (var folder in folders.Where(Directory.Exists))
        {
            DirectorySync.Flush(folder);
        }

        End();
    }

    /// <summary>Undoes the entries applied so far, newest first, so the folder is as before; each step leaves a state the journal can still roll forward.</summary>
    public void RollBack()
    {
        foreach (var entry in Entries.Reverse())
        {
            var target = OutputPaths.Resolve(_root, entry.Path);
            var staged = entry.Staged is null ? null : Path.Combine(StagingOf(_root), entry.Staged);
            var backup = entry.Backup is null ? null : Path.Combine(StagingOf(_root), entry.Backup);
            if (staged is not null && !File.Exists(staged) && File.Exists(target))
            {
                File.Move(target, staged);
            }

            if (backup is not null && File.Exists(backup))
            {
                File.Move(backup, target, overwrite: true);
            }
        }

        End();
    }

    /// <summary>Removes the journal first (the swap is then over), then the staging folder with the replaced files.</summary>
    private void End()
    {
        var staging = StagingOf(_root);
        File.Delete(Path.Combine(staging, JournalFile));
        Directory.Delete(staging, recursive: true);
        foreach (var entry in Entries.Where(e => e.Staged is null))
        {
            OutputWriter.RemoveEmptyParents(_root, Path.GetDirectoryName(OutputPaths.Resolve(_root, entry.Path))!);
        }
    }

    internal sealed record JournalFileShape(IReadOnlyList<JournalEntry> Entries);
}

/// <summary>
/// One rename of the swap. A written file has <see cref="Staged"/> (its new content) and, when it replaces one,
/// <see cref="Backup"/>; a removed file has only <see cref="Backup"/> (where it is moved) and the hash it must still have.
/// </summary>
public sealed record JournalEntry(string Path, string? Staged, string? Backup, string? Sha256);
