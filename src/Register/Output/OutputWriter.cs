namespace Register.Output;

/// <summary>
/// Writes rendered files into an output folder so that no file is ever half-written: every new or changed file is first
/// written in full to a staging folder beside the output folder, then moved over its target (an atomic rename on one
/// volume). Files the previous build owned (its manifest) and this one no longer produces are removed; other files are never touched.
/// </summary>
public static class OutputWriter
{
    public static WriteOutcome Write(string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var all = OutputComparison.WithManifest(files);
        if (all.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count() != all.Count)
        {
            throw new ArgumentException("Two rendered files have the same path.", nameof(files));
        }

        // Resolve every target before writing anything, so an unsafe path stops the build with nothing written.
        var targets = all.Select(f => (File: f, Full: OutputPaths.Resolve(root, f.Path))).ToList();
        var previous = OutputManifest.Read(root);
        var changed = targets.Where(t => !File.Exists(t.Full) || !File.ReadAllBytes(t.Full).AsSpan().SequenceEqual(t.File.Content)).ToList();
        var unchanged = targets.Except(changed).Select(t => t.File.Path).ToList();

        var parent = Path.GetDirectoryName(root) ?? throw new IOException($"The output folder '{root}' has no parent folder.");
        var staging = Path.Combine(parent, "." + Path.GetFileName(root) + ".register-staging");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        try
        {
            var staged = new List<(string Staged, string Full, string Path)>();
            for (var i = 0; i < changed.Count; i++)
            {
                // Flat numbered names: the staging folder never mirrors paths, so nothing in it can escape either.
                var stagedPath = Path.Combine(staging, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                using (var stream = new FileStream(stagedPath, FileMode.CreateNew, FileAccess.Write))
                {
                    stream.Write(changed[i].File.Content);
                    stream.Flush(flushToDisk: true);
                }

                staged.Add((stagedPath, changed[i].Full, changed[i].File.Path));
            }

            // Every folder is made and checked before the first move, so a link to elsewhere stops the build with nothing replaced.
            foreach (var folder in staged.Select(s => Path.GetDirectoryName(s.Full)!).Distinct(StringComparer.Ordinal))
            {
                EnsureDirectory(root, folder);
            }

            // The manifest moves last: if anything fails before, the old manifest still lists what the folder holds.
            foreach (var (stagedPath, full, _) in staged.OrderBy(s => s.Path == OutputManifest.FileName ? 1 : 0))
            {
                File.Move(stagedPath, full, overwrite: true);
            }
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }

        var produced = all.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var path in previous.Where(p => !produced.Contains(p)))
        {
            var full = OutputPaths.Resolve(root, path);
            if (File.Exists(full) && !IsLinkedOutside(root, full))
            {
                File.Delete(full);
                removed.Add(path);
                RemoveEmptyParents(root, Path.GetDirectoryName(full)!);
            }
        }

        // The manifest is bookkeeping, not a document: the outcome lists documents only.
        return new WriteOutcome(
            changed.Select(c => c.File.Path).Where(p => p != OutputManifest.FileName).ToList(),
            unchanged.Where(p => p != OutputManifest.FileName).ToList(),
            removed);
    }

    private static void EnsureDirectory(string root, string directory)
    {
        Directory.CreateDirectory(directory);
        if (IsLinkedOutside(root, directory))
        {
            throw new IOException($"Refusing to write into '{directory}': it is a link to a folder outside the output folder.");
        }
    }

    /// <summary>True when a folder between the root and the path is a symbolic link (it could point anywhere).</summary>
    private static bool IsLinkedOutside(string root, string path)
    {
        for (var current = new DirectoryInfo(File.Exists(path) ? Path.GetDirectoryName(path)! : path);
             current is not null && current.FullName.Length > root.Length;
             current = current.Parent)
        {
            if (current.LinkTarget is not null)
            {
                return true;
            }
        }

        return File.Exists(path) && new FileInfo(path).LinkTarget is not null;
    }

    private static void RemoveEmptyParents(string root, string directory)
    {
        for (var current = directory; current.Length > root.Length && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any();
             current = Path.GetDirectoryName(current)!)
        {
            Directory.Delete(current);
        }
    }
}
