namespace Register.Output;

/// <summary>
/// Writes rendered files into an output folder it owns through its manifest. A file is replaced or removed only when the
/// manifest lists it and it still holds the content recorded there; anything else is a conflict, and with a conflict
/// nothing is written (unless <see cref="WriteOptions.Force"/>). New content is staged in full inside the output folder,
/// then swapped in by renames under a journal (<see cref="OutputJournal"/>), so a build that fails or is killed leaves
/// the complete old output, or one the next build completes. One build at a time (<see cref="OutputLock"/>).
/// </summary>
public static class OutputWriter
{
    public static WriteOutcome Write(string outputDirectory, IReadOnlyList<OutputFile> files, WriteOptions? options = null)
    {
        options ??= WriteOptions.Default;
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var all = OutputComparison.WithManifest(files);
        if (all.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count() != all.Count)
        {
            throw new ArgumentException("Two rendered files have the same path.", nameof(files));
        }

        // Resolve every target before touching anything, so an unsafe path stops the build with nothing written.
        var targets = all.Select(f => (File: f, Full: OutputPaths.Resolve(root, f.Path))).ToList();
        if (Path.GetPathRoot(root) == root || Path.GetPathRoot(root) == root + Path.DirectorySeparatorChar)
        {
            throw new OutputWriteException($"Refusing to write into {root}: the output folder cannot be the root of a file system.");
        }

        var created = !Directory.Exists(root);
        Attempt(root, "create the output folder", () => Directory.CreateDirectory(root));
        var lockExisted = File.Exists(Path.Combine(root, OutputLock.FileName));
        var outcome = WithLock(root, () => WriteLocked(root, targets, options));
        if (outcome.Conflicts.Count > 0 && !lockExisted)
        {
            // Nothing was written: leave the folder exactly as it was found.
            File.Delete(Path.Combine(root, OutputLock.FileName));
            if (created)
            {
                Directory.Delete(root);
            }
        }

        return outcome;
    }

    private static WriteOutcome WithLock(string root, Func<WriteOutcome> write)
    {
        using var held = Attempt(root, "lock the output folder", () => OutputLock.Take(root));
        return write();
    }

    private static WriteOutcome WriteLocked(string root, List<(OutputFile File, string Full)> targets, WriteOptions options)
    {
        var recovered = Attempt(root, "finish the interrupted build in", () => OutputJournal.Recover(root));
        var owned = OutputManifest.ReadOwned(root);
        var plan = OutputPlan.Make(root, targets, owned, options.Force);
        if (plan.Conflicts.Any(c => !options.Force || !c.Forceable))
        {
            return new WriteOutcome([], [], []) { Conflicts = plan.Conflicts, Recovered = recovered };
        }

        var staging = OutputJournal.StagingOf(root);
        var entries = new List<JournalEntry>();
        try
        {
            Directory.CreateDirectory(Path.Combine(staging, "new"));
            Directory.CreateDirectory(Path.Combine(staging, "old"));
            for (var i = 0; i < plan.Writes.Count; i++)
            {
                var (file, full, replaces) = plan.Writes[i];
                var staged = "new/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Stage(Path.Combine(staging, staged), file.Content, file.Path);
                entries.Add(new JournalEntry(file.Path, staged, replaces ? "old/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, null));
            }

            for (var i = 0; i < plan.Removals.Count; i++)
            {
                var (path, hash) = plan.Removals[i];
                entries.Add(new JournalEntry(path, null, "old/r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), hash));
            }

            // The manifest moves last: until then the old manifest still describes what the folder holds.
            entries = [.. entries.OrderBy(e => e.Path == OutputManifest.FileName ? 1 : 0)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            throw new OutputWriteException($"Could not write into {root}: {e.Message} Nothing was changed; the previous output is intact.", e);
        }

        var journal = Attempt(root, "record the swap in", () => OutputJournal.Commit(root, entries), cleanUp: staging);
        try
        {
            foreach (var entry in journal.Entries)
            {
                Apply(root, staging, entry);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                journal.RollBack();
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                throw new OutputWriteException(
                    $"Could not finish writing {root}: {e.Message} Undoing it failed too ({again.Message}); run the build again to complete the interrupted one.", e);
            }

            throw new OutputWriteException($"Could not finish writing {root}: {e.Message} The previous output was restored.", e);
        }

        journal.RollForward();
        return new WriteOutcome(
            plan.Writes.Select(w => w.File.Path).Where(p => p != OutputManifest.FileName).ToList(),
            plan.Unchanged.Where(p => p != OutputManifest.FileName).ToList(),
            plan.Removals.Select(r => r.Path).ToList())
        {
            Conflicts = plan.Conflicts,
            Released = plan.Released,
            Recovered = recovered,
        };
    }

    private static void Apply(string root, string staging, JournalEntry entry)
    {
        var target = OutputPaths.Resolve(root, entry.Path);
        if (entry.Staged is null)
        {
            File.Move(target, Path.Combine(staging, entry.Backup!));
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (entry.Backup is not null)
        {
            File.Move(target, Path.Combine(staging, entry.Backup));
        }

        File.Move(Path.Combine(staging, entry.Staged), target, overwrite: true);
    }

    private static void Stage(string staged, byte[] content, string path)
    {
        try
        {
            using var stream = new FileStream(staged, FileMode.CreateNew, FileAccess.Write);
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }
        catch (IOException e)
        {
            throw new IOException($"{e.Message.TrimEnd('.')} (while staging {path}).", e);
        }
    }

    private static T Attempt<T>(string root, string what, Func<T> action, string? cleanUp = null)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is (IOException or UnauthorizedAccessException) and not OutputWriteException)
        {
            if (cleanUp is not null)
            {
                TryDelete(cleanUp);
            }

            throw new OutputWriteException($"Could not {what} {root}: {e.Message} Nothing was changed; the previous output is intact.", e);
        }
    }

    // False when the folder stays: the next build removes a staging folder without a journal, and the output itself
    // was not touched, so the caller goes on.
    private static bool TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    internal static void RemoveEmptyParents(string root, string directory)
    {
        for (var current = directory; current.Length > root.Length && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any();
             current = Path.GetDirectoryName(current)!)
        {
            Directory.Delete(current);
        }
    }
}
