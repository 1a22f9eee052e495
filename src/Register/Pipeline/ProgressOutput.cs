using Register.Output;

namespace Register.Pipeline;

/// <summary>Passes each file on to another output and tells <see cref="BuildOptions.Progress"/> its path.</summary>
internal sealed class ProgressOutput(IOutputSink inner, IProgress<string> progress) : IOutputSink
{
    public IReadOnlyList<BuiltFile> Files => inner.Files;

    public void Add(string path, Action<Stream> write)
    {
        inner.Add(path, write);
        progress.Report(path);
    }

    public void Keep(string path, string sha256)
    {
        inner.Keep(path, sha256);
        progress.Report(path);
    }
}
