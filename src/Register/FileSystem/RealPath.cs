namespace Register.FileSystem;

/// <summary>Paths with every symbolic link along them resolved, so "inside this folder" means inside it on disk.</summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>The full path with every link along it resolved, as far as the path exists; null when links loop.</summary>
    public static string? Resolve(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // Resolve the target's own parts one by one too: they may be links themselves.
            var absolute = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
            var targetRoot = Path.GetPathRoot(absolute) ?? "/";
            foreach (var piece in absolute[targetRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(piece);
            }

            current = targetRoot;
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> itself or inside it (both already resolved).</summary>
    public static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || (Path.GetPathRoot(folder) == folder && path.StartsWith(folder, StringComparison.Ordinal));
}
