namespace Register.Output;

/// <summary>How an output folder differs from what the register produces: files whose content differs, files not there yet, and owned files no longer produced.</summary>
public sealed record OutputComparison(IReadOnlyList<string> Stale, IReadOnlyList<string> Missing, IReadOnlyList<string> Extra)
{
    /// <summary>True when an interrupted build's staging folder is still there, or a build is writing right now: the folder may be a mix.</summary>
    public bool Interrupted { get; init; }

    public bool IsCurrent => !Interrupted && Stale.Count == 0 && Missing.Count == 0 && Extra.Count == 0;

    /// <summary>Compares rendered files (including the manifest) with the folder; reads, never writes.</summary>
    public static OutputComparison Compare(string outputDirectory, IReadOnlyList<BuiltFile> files) =>
        Compare(new OutputFolderState(outputDirectory), files);

    /// <summary>The same with what the build already read of the folder (hashes of kept files, the manifest): nothing is read twice.</summary>
    public static OutputComparison Compare(OutputFolderState folder, IReadOnlyList<BuiltFile> files)
    {
        var root = folder.Root;
        var all = WithManifest(files);
        var stale = new List<string>();
        var missing = new List<string>();
        foreach (var file in all)
        {
            var full = OutputPaths.Resolve(root, file.Path);
            if (!File.Exists(full))
            {
                missing.Add(file.Path);
            }
            else if (folder.CurrentHash(file.Path) != file.Sha256)
            {
                stale.Add(file.Path);
            }
        }

        var produced = all.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var extra = folder.Owned.Keys.Order(StringComparer.Ordinal)
            .Where(p => !produced.Contains(p) && File.Exists(OutputPaths.Resolve(root, p)))
            .ToList();
        return new OutputComparison(stale, missing, extra)
        {
            Interrupted = Directory.Exists(root) && (OutputJournal.IsInterrupted(root) || OutputLock.IsHeldOn(root)),
        };
    }

    /// <summary>Compares rendered files with their bytes (including the manifest) with the folder.</summary>
    public static OutputComparison Compare(string outputDirectory, IReadOnlyList<OutputFile> files) =>
        Compare(outputDirectory, files.Select(f => new BuiltFile(f.Path, OutputManifest.Hash(f.Content))).ToList());

    /// <summary>The files with their bytes plus their manifest, sorted by path.</summary>
    public static IReadOnlyList<OutputFile> WithManifest(IReadOnlyList<OutputFile> files) =>
        files.Where(f => f.Path != OutputManifest.FileName)
            .Append(OutputManifest.For(files.Where(f => f.Path != OutputManifest.FileName).Select(f => new BuiltFile(f.Path, OutputManifest.Hash(f.Content))).ToList()))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    /// <summary>The files plus their manifest, sorted by path.</summary>
    public static IReadOnlyList<BuiltFile> WithManifest(IReadOnlyList<BuiltFile> files)
    {
        var produced = files.Where(f => f.Path != OutputManifest.FileName).ToList();
        var manifest = OutputManifest.For(produced);
        return produced.Append(new BuiltFile(manifest.Path, OutputManifest.Hash(manifest.Content))).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }
}
