namespace Register.Output;

/// <summary>
/// Where a build puts each file the moment it is rendered (write as you render): the writer's staging area, memory, or
/// only a hash. The build itself keeps nothing but <see cref="Files"/>, the paths and hashes. Every sink takes files from
/// several threads at once (documents rendered in parallel).
/// </summary>
public interface IOutputSink
{
    /// <summary>Every file added or kept so far, in the order they came (from several threads: the order they were finished; sort before use).</summary>
    IReadOnlyList<BuiltFile> Files { get; }

    /// <summary>
    /// Adds the file at <paramref name="path"/> (relative, '/'-separated), its bytes written by <paramref name="write"/> into
    /// a seekable stream. When <paramref name="write"/> throws, nothing of the file is kept and the exception goes on.
    /// </summary>
    void Add(string path, Action<Stream> write);

    /// <summary>Records that the file at <paramref name="path"/> is not rendered again: the output folder already holds it with this hash.</summary>
    void Keep(string path, string sha256);
}
