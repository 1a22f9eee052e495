using System.Collections.Concurrent;
using System.Globalization;

namespace Register.Output;

/// <summary>
/// One build's write into an output folder, open while the build renders: the folder is locked and any interrupted build
/// completed when it opens; every file goes into .register-staging/new the moment it is rendered (<see cref="Add"/>), so
/// the build holds only paths and hashes; <see cref="Commit"/> then plans against the manifest and swaps the staged files
/// in under the journal, exactly as <see cref="OutputWriter"/> describes. Disposed without a commit (errors, conflicts,
/// a failure), it deletes what it staged and leaves the folder as it found it.
/// </summary>
public sealed class OutputStaging : IOutputSink, IDisposable
{
    private readonly string _root;
    private readonly WriteOptions _options;
    private readonly bool _created;
    private readonly bool _lockExisted;
    private readonly OutputLock _lock;
    private readonly string _staging;
    private readonly BuiltFiles _files = new();
    private readonly ConcurrentDictionary<BuiltFile, string> _staged = new(ReferenceEqualityComparer.Instance);
    private int _stagedCount;
    private bool _changed;
    private bool _disposed;

    private OutputStaging(string root, WriteOptions options, bool created, bool lockExisted, OutputLock held, bool recovered)
    {
        _root = root;
        _options = options;
        _created = created;
        _lockExisted = lockExisted;
        _lock = held;
        Recovered = recovered;
        _staging = OutputJournal.StagingOf(root);
        Folder = new OutputFolderState(root);
    }

    /// <summary>What the folder holds now (after any recovery): file hashes and the manifest, each read once.</summary>
    public OutputFolderState Folder { get; }

    /// <summary>True when a build interrupted earlier was completed when this one opened the folder.</summary>
    public bool Recovered { get; }

    public IReadOnlyList<BuiltFile> Files => _files.Snapshot();

    /// <summary>Creates the folder if needed, takes its lock, completes an interrupted build and prepares an empty staging area.</summary>
    /// <exception cref="OutputWriteException">The folder cannot be used (the root of a file system, locked by another build, not writable).</exception>
    public static OutputStaging Open(string outputDirectory, WriteOptions? options = null)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        if (Path.GetPathRoot(root) == root || Path.GetPathRoot(root) == root + Path.DirectorySeparatorChar)
        {
            throw new OutputWriteException($"Refusing to write into {root}: the output folder cannot be the root of a file system.");
        }

        var created = !Directory.Exists(root);
        Attempt(root, "create the output folder", () => Directory.CreateDirectory(root));
        var lockExisted = File.Exists(Path.Combine(root, OutputLock.FileName));
        var held = Attempt(root, "lock the output folder", () => OutputLock.Take(root));
        try
        {
            var recovered = Attempt(root, "finish the interrupted build in", () => OutputJournal.Recover(root));
            var staging = OutputJournal.StagingOf(root);
            Attempt(root, "write into", () => Directory.CreateDirectory(Path.Combine(staging, "new")), cleanUp: staging);
            Attempt(root, "write into", () => Directory.CreateDirectory(Path.Combine(staging, "old")), cleanUp: staging);
            return new OutputStaging(root, options ?? WriteOptions.Default, created, lockExisted, held, recovered);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Writes the file into the staging area now and keeps only its path and hash; from any thread, each file in a staged file of its own.</summary>
    /// <exception cref="OutputWriteException">The staging area cannot be written (e.g. the disk is full); the output is untouched.</exception>
    public void Add(string path, Action<Stream> write)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!OutputPaths.IsSafe(path) && path != OutputManifest.FileName)
        {
            // Never written anywhere: the build reports the path, and Commit refuses it.
            _files.Add(new BuiltFile(path, OutputManifest.Hash(OutputSinks.Buffer(write))));
            return;
        }

        var staged = NextStaged();
        var full = Path.Combine(_staging, staged);
        string hash;
        try
        {
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            write(stream);
            stream.Flush(flushToDisk: true);
            stream.Position = 0;
            hash = OutputManifest.Hash(stream);
        }
        catch (Exception e)
        {
            TryDeleteFile(full);
            if (e is (IOException or UnauthorizedAccessException) and not OutputWriteException)
            {
                throw new OutputWriteException(
                    $"Could not write into {_root}: {e.Message.TrimEnd('.')} (while staging {path}). Nothing was changed; the previous output is intact.", e);
            }

            throw;
        }

        var file = new BuiltFile(path, hash);
        _staged[file] = staged;
        _files.Add(file);
    }

    public void Keep(string path, string sha256) => _files.Add(new BuiltFile(path, sha256));

    /// <summary>
    /// The SHA-256 of the file now at <paramref name="path"/> in the output folder (null when there is none, or it is not a
    /// plain file), read once per build: the plan and an incremental build's decisions share it.
    /// </summary>
    public string? CurrentHash(string path) => Folder.CurrentHash(path);

    /// <summary>
    /// Adds the manifest, plans what to write, replace, leave and remove, and (without conflicts that stop it) swaps the
    /// staged files in under the journal. With such conflicts nothing is written and they are returned.
    /// </summary>
    /// <exception cref="ArgumentException">Two files have the same path, or a path is not safe (the build reports both before it commits).</exception>
    /// <exception cref="OutputWriteException">The swap failed; the message says what state the folder is in.</exception>
    /// <param name="cache">The document cache for the next build (<see cref="DocumentCache"/>), swapped in with the files but never in the manifest; null: none.</param>
    public WriteOutcome Commit(byte[]? cache = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var produced = Files.Where(f => f.Path != OutputManifest.FileName).ToList();
        if (produced.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count() != produced.Count)
        {
            throw new ArgumentException("Two rendered files have the same path.");
        }

        // Resolve every target before touching the output folder, so an unsafe path stops the build with nothing written
        // there (the manifest goes to the staging area only).
        _files.RemoveAll(f => f.Path == OutputManifest.FileName);
        this.Add(OutputManifest.FileName, OutputManifest.For(produced).Content);
        var targets = Files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => (File: f, Full: OutputPaths.Resolve(_root, f.Path))).ToList();

        var plan = OutputPlan.Make(_root, targets, Folder.Owned, _options.Force, CurrentHash);
        if (plan.Conflicts.Any(c => !_options.Force || !c.Forceable))
        {
            return new WriteOutcome([], [], []) { Conflicts = plan.Conflicts, Recovered = Recovered };
        }

        var entries = new List<JournalEntry>();
        for (var i = 0; i < plan.Writes.Count; i++)
        {
            var (file, _, replaces) = plan.Writes[i];
            var staged = _staged.TryGetValue(file, out var name)
                ? name
                : throw new InvalidOperationException($"'{file.Path}' was kept from the last build, but the output folder no longer holds it as recorded.");
            entries.Add(new JournalEntry(file.Path, staged, replaces ? "old/" + i.ToString(CultureInfo.InvariantCulture) : null, null));
        }

        for (var i = 0; i < plan.Removals.Count; i++)
        {
            var (path, hash) = plan.Removals[i];
            entries.Add(new JournalEntry(path, null, "old/r" + i.ToString(CultureInfo.InvariantCulture), hash));
        }

        if (cache is not null && !Directory.Exists(Path.Combine(_root, DocumentCache.FileName)))
        {
            var staged = NextStaged();
            Attempt(_root, "write into", () =>
            {
                File.WriteAllBytes(Path.Combine(_staging, staged), cache);
                return true;
            });
            var replaces = File.Exists(Path.Combine(_root, DocumentCache.FileName)) || new FileInfo(Path.Combine(_root, DocumentCache.FileName)).LinkTarget is not null;
            entries.Add(new JournalEntry(DocumentCache.FileName, staged, replaces ? "old/cache" : null, null));
        }

        // The manifest moves last: until then the old manifest still describes what the folder holds.
        entries = [.. entries.OrderBy(e => e.Path == OutputManifest.FileName ? 1 : 0)];
        var journal = Attempt(_root, "record the swap in", () => OutputJournal.Commit(_root, entries));
        _changed = true;
        try
        {
            foreach (var entry in journal.Entries)
            {
                Apply(entry);
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
                    $"Could not finish writing {_root}: {e.Message} Undoing it failed too ({again.Message}); run the build again to complete the interrupted one.", e);
            }

            throw new OutputWriteException($"Could not finish writing {_root}: {e.Message} The previous output was restored.", e);
        }

        journal.RollForward();
        return new WriteOutcome(
            plan.Writes.Select(w => w.File.Path).Where(p => p != OutputManifest.FileName).ToList(),
            plan.Unchanged.Where(p => p != OutputManifest.FileName).ToList(),
            plan.Removals.Select(r => r.Path).ToList())
        {
            Conflicts = plan.Conflicts,
            Released = plan.Released,
            Recovered = Recovered,
        };
    }

    /// <summary>Deletes whatever is still staged and releases the lock; when nothing was written, the folder is left as it was found.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_changed || Directory.Exists(_staging) && !File.Exists(Path.Combine(_staging, "journal.json")))
        {
            TryDelete(_staging);
        }

        _lock.Dispose();
        if (_changed || _lockExisted)
        {
            return;
        }

        try
        {
            File.Delete(Path.Combine(_root, OutputLock.FileName));
            if (_created && !Directory.EnumerateFileSystemEntries(_root).Any())
            {
                Directory.Delete(_root);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the empty lock file or folder of a build that wrote nothing is left behind: say so, and go on.
            LeftBehind = e.Message;
        }
    }

    /// <summary>Why the lock file or an empty output folder of a build that wrote nothing could not be removed; null when nothing was left.</summary>
    public string? LeftBehind { get; private set; }

    // The staged files are numbered as they are begun, so two threads never write into the same one.
    private string NextStaged() => "new/" + (Interlocked.Increment(ref _stagedCount) - 1).ToString(CultureInfo.InvariantCulture);

    private void Apply(JournalEntry entry)
    {
        var target = OutputPaths.Resolve(_root, entry.Path);
        if (entry.Staged is null)
        {
            File.Move(target, Path.Combine(_staging, entry.Backup!));
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (entry.Backup is not null)
        {
            File.Move(target, Path.Combine(_staging, entry.Backup));
        }

        File.Move(Path.Combine(_staging, entry.Staged), target, overwrite: true);
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

    /// <summary>Deletes a file if it can; false when it stays (the staging folder goes as a whole when the build ends).</summary>
    internal static bool TryDeleteFile(string file)
    {
        try
        {
            File.Delete(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
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
}
