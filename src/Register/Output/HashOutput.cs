namespace Register.Output;

/// <summary>Keeps only each file's hash (build --check): one file is in memory at a time, never the whole output.</summary>
public sealed class HashOutput : IOutputSink
{
    private readonly List<BuiltFile> _files = [];

    public IReadOnlyList<BuiltFile> Files => _files;

    public void Add(string path, Action<Stream> write) => _files.Add(new BuiltFile(path, OutputManifest.Hash(OutputSinks.Buffer(write))));

    public void Keep(string path, string sha256) => _files.Add(new BuiltFile(path, sha256));
}
