using Register.Output;

namespace Register.Pipeline;

/// <summary>
/// Passes each file on to another output and tells <see cref="BuildOptions.Progress"/> its path, one path at a time: with
/// documents rendered in parallel, in the order the files are finished (the progress line shows the latest; nothing a
/// build records depends on that order).
/// </summary>
internal sealed class ProgressOutput(IOutputSink inner, IProgress<string> progress) : IOutputSink
{
    private readonly Lock _reporting = new();

    public IReadOnlyList<BuiltFile> Files => inner.Files;

    public void Add(string path, Action<Stream> write)
    {
        inner.Add(path, write);
        Report(path);
    }

    public void Keep(string path, string sha256)
    {
        inner.Keep(path, sha256);
        Report(path);
    }

    private void Report(string path)
    {
        lock (_reporting)
        {
            progress.Report(path);
        }
    }
}
