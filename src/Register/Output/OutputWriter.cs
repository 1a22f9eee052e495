namespace Register.Output;

/// <summary>
/// Writes rendered files into an output folder it owns through its manifest. A file is replaced or removed only when the
/// manifest lists it and it still holds the content recorded there; anything else is a conflict, and with a conflict
/// nothing is written (unless <see cref="WriteOptions.Force"/>). New content is staged in full inside the output folder,
/// then swapped in by renames under a journal (<see cref="OutputJournal"/>), so a build that fails or is killed leaves
/// the complete old output, or one the next build completes. One build at a time (<see cref="OutputLock"/>).
/// A build stages each file as it renders it (<see cref="Begin"/>); <see cref="Write"/> does the same for files in memory.
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes files already in memory: stages them all, then commits (see <see cref="OutputStaging"/>).</summary>
    public static WriteOutcome Write(string outputDirectory, IReadOnlyList<OutputFile> files, WriteOptions? options = null)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var produced = files.Where(f => f.Path != OutputManifest.FileName).ToList();
        if (produced.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count() != produced.Count)
        {
            throw new ArgumentException("Two rendered files have the same path.", nameof(files));
        }

        // Resolve every target before touching anything, so an unsafe path stops the build with nothing written.
        foreach (var file in produced)
        {
            OutputPaths.Resolve(root, file.Path);
        }

        using var staging = Begin(outputDirectory, options);
        foreach (var file in produced)
        {
            staging.Add(file.Path, file.Content);
        }

        return staging.Commit();
    }

    /// <summary>Opens the output folder for a build that stages its files as it renders them; commit it, or dispose it to write nothing.</summary>
    public static OutputStaging Begin(string outputDirectory, WriteOptions? options = null) => OutputStaging.Open(outputDirectory, options);

    internal static void RemoveEmptyParents(string root, string directory)
    {
        for (var current = directory; current.Length > root.Length && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any();
             current = Path.GetDirectoryName(current)!)
        {
            Directory.Delete(current);
        }
    }
}
