namespace Register.Output;

/// <summary>
/// What an output folder holds now, each part read at most once per build: the SHA-256 of each file asked about (null
/// when there is none, or it is not a plain file) and the files the manifest says a build owns. The staging of a build,
/// its reuse of kept documents and build --check's comparison share one, so no file is hashed and no manifest parsed twice.
/// </summary>
public sealed class OutputFolderState(string outputDirectory)
{
    private readonly Dictionary<string, string?> _hashes = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string>? _owned;

    /// <summary>The folder, as a full path.</summary>
    public string Root { get; } = Path.GetFullPath(outputDirectory);

    /// <summary>The SHA-256 of the file now at <paramref name="path"/>, or null when there is none or it is not a plain file.</summary>
    public string? CurrentHash(string path)
    {
        if (!_hashes.TryGetValue(path, out var hash))
        {
            var full = OutputPaths.Resolve(Root, path);
            var info = new FileInfo(full);
            hash = info.Exists && info.LinkTarget is null ? OutputManifest.HashOf(full) : null;
            Instrumentation.WorkProbe.Count("output.hash", hash is null ? 0 : 1);
            _hashes[path] = hash;
        }

        return hash;
    }

    /// <summary>The files the manifest lists as written by a build, with their recorded hashes (<see cref="OutputManifest.ReadOwned"/>).</summary>
    public IReadOnlyDictionary<string, string> Owned => _owned ??= OutputManifest.ReadOwned(Root);
}
