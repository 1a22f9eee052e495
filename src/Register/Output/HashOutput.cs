namespace Register.Output;

/// <summary>Keeps only each file's hash (build --check): one file is in memory at a time, never the whole output.</summary>
public sealed class HashOutput : IOutputSink
{
    private readonly BuiltFiles _files = new();

    public IReadOnlyList<BuiltFile> Files => _files.Snapshot();

    public void Add(string path, Action<Stream> write) => _files.Add(new BuiltFile(path, OutputManifest.Hash(OutputSinks.Buffer(write))));

    public void Keep(string path, string sha256) => _files.Add(new BuiltFile(path, sha256));
}
