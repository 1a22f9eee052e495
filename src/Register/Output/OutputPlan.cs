namespace Register.Output;

/// <summary>What a build would do to an output folder: which files it writes, leaves, removes, and which it may not touch.</summary>
internal sealed record OutputPlan(
    IReadOnlyList<(BuiltFile File, string Full, bool Replaces)> Writes,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<(string Path, string Sha256)> Removals,
    IReadOnlyList<OutputConflict> Conflicts,
    IReadOnlyList<string> Released)
{
    /// <summary>The plan for <paramref name="targets"/>; <paramref name="currentHash"/> gives the hash of a file now in the folder (by path).</summary>
    public static OutputPlan Make(
        string root, IReadOnlyList<(BuiltFile File, string Full)> targets, IReadOnlyDictionary<string, string> owned, bool force, Func<string, string?> currentHash)
    {
        var writes = new List<(BuiltFile, string, bool)>();
        var unchanged = new List<string>();
        var conflicts = new List<OutputConflict>();
        foreach (var (file, full) in targets)
        {
            RefuseLinkedFolders(root, full);
            var info = new FileInfo(full);
            if (Directory.Exists(full))
            {
                conflicts.Add(new OutputConflict(file.Path, "a folder is in the way (never replaced, not even with --force)", Forceable: false));
                continue;
            }

            if (!info.Exists && info.LinkTarget is null)
            {
                writes.Add((file, full, false));
                continue;
            }

            if (info.LinkTarget is not null)
            {
                // A link is never written through; --force replaces the link itself, not what it points to.
                conflicts.Add(new OutputConflict(file.Path, "is a symbolic link the build did not make"));
                writes.Add((file, full, true));
                continue;
            }

            var current = currentHash(file.Path) ?? OutputManifest.HashOf(full);
            if (current == file.Sha256)
            {
                unchanged.Add(file.Path);
            }
            else if (file.Path == OutputManifest.FileName || (owned.TryGetValue(file.Path, out var recorded) && recorded == current))
            {
                writes.Add((file, full, true));
            }
            else
            {
                conflicts.Add(new OutputConflict(file.Path, owned.ContainsKey(file.Path)
                    ? "was changed since the build wrote it"
                    : "was not made by the build (it is not in .register-manifest.json)"));
                writes.Add((file, full, true));
            }
        }

        var produced = targets.Select(t => t.File.Path).ToHashSet(StringComparer.Ordinal);
        var removals = new List<(string, string)>();
        var released = new List<string>();
        foreach (var (path, recorded) in owned.Where(o => !produced.Contains(o.Key)).OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var full = OutputPaths.Resolve(root, path);
            var info = new FileInfo(full);
            if (!info.Exists || Directory.Exists(full))
            {
                continue;
            }

            RefuseLinkedFolders(root, full);
            if (info.LinkTarget is null && OutputManifest.HashOf(full) == recorded)
            {
                removals.Add((path, recorded));
            }
            else
            {
                conflicts.Add(new OutputConflict(path, "is no longer produced, but was changed since the build wrote it (with --force it is kept and no longer owned)"));
                released.Add(path);
            }
        }

        var blocked = conflicts.Where(c => !c.Forceable).Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        return new OutputPlan(writes.Where(w => !blocked.Contains(w.Item1.Path)).ToList(), unchanged, removals, conflicts, released);
    }

    /// <summary>Throws when a folder between the root and the path is a symbolic link: it could point anywhere.</summary>
    private static void RefuseLinkedFolders(string root, string full)
    {
        for (var current = new DirectoryInfo(Path.GetDirectoryName(full)!); current.FullName.Length > root.Length; current = current.Parent!)
        {
            if (current.Exists && current.LinkTarget is not null)
            {
                throw new OutputWriteException($"Refusing to write into '{current.FullName}': it is a link to a folder elsewhere. Nothing was changed.");
            }
        }
    }
}
